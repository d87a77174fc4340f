import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { compareText } from '../diagnostics/diagnostic.js';
import { hasBanner } from '../emit/banner.js';
import type { GeneratedFile } from '../emit/emit-files.js';

export interface WriteSummary {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Files in the output folder without the generated-file banner, which the tool leaves alone. */
  foreign: string[];
}

/** How the output folder differs from the files a run generates. */
export interface OutputComparison {
  changed: string[];
  missing: string[];
  /** Generated files (with the banner) that no doc produces any more. */
  stale: string[];
  unchanged: string[];
  foreign: string[];
}

/** Compares generated files with the output folder without writing anything. */
export function compareOutput(outFolder: string, files: readonly GeneratedFile[]): OutputComparison {
  const result: OutputComparison = { changed: [], missing: [], stale: [], unchanged: [], foreign: [] };
  const wanted = new Set(files.map((file) => file.path));
  for (const file of files) {
    const target = join(outFolder, file.path);
    if (!existsSync(target)) result.missing.push(file.path);
    else if (readFileSync(target, 'utf8') === file.content) result.unchanged.push(file.path);
    else result.changed.push(file.path);
  }
  for (const existing of listTypeScriptFiles(outFolder)) {
    if (wanted.has(existing)) continue;
    if (hasBanner(readFileSync(join(outFolder, existing), 'utf8'))) result.stale.push(existing);
    else result.foreign.push(existing);
  }
  return result;
}

/**
 * Writes generated files so that a failure at any point leaves the output folder as it was or
 * complete. Every changed file is first written to a temporary file beside its target and then
 * renamed over it, so no file is ever half written. Unchanged files are not touched, so their
 * modification time stays. Stale files are removed only when they carry the generated-file banner;
 * any other file is left alone and reported. `removeStale: false` keeps stale files too.
 */
export function writeOutput(outFolder: string, files: readonly GeneratedFile[], options: { removeStale?: boolean } = {}): WriteSummary {
  const comparison = compareOutput(outFolder, files);
  mkdirSync(outFolder, { recursive: true });

  const toWrite = new Set([...comparison.changed, ...comparison.missing]);
  const staged: { temporary: string; target: string }[] = [];
  try {
    for (const file of files) {
      if (!toWrite.has(file.path)) continue;
      const target = join(outFolder, file.path);
      mkdirSync(dirname(target), { recursive: true });
      const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
      writeFileSync(temporary, file.content);
      staged.push({ temporary, target });
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw error;
  }

  for (const { temporary, target } of staged) renameSync(temporary, target);
  const removed = options.removeStale === false ? [] : comparison.stale;
  for (const stale of removed) rmSync(join(outFolder, stale), { force: true });

  return {
    written: [...toWrite].sort(compareText),
    unchanged: comparison.unchanged,
    removed,
    foreign: comparison.foreign,
  };
}

function listTypeScriptFiles(folder: string): string[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && statSync(join(folder, name)).isFile())
    .sort(compareText);
}
