import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compareText } from '../diagnostics/diagnostic.js';
import type { GeneratedFile } from '../emit/emit-files.js';
import { CACHE_FILE_NAME } from '../cache/run-cache.js';
import { isGeneratedText } from './generated-marker.js';

export interface WriteSummary {
  written: string[];
  unchanged: string[];
  removed: string[];
  /** Files in the output folder that the tool did not generate, which it leaves alone. */
  foreign: string[];
  /** The outcome for the staging folder an interrupted run left behind. */
  recovery: Recovery;
}

/** The differences between the output folder and the files a run generates. */
export interface OutputComparison {
  changed: string[];
  missing: string[];
  /** Generated files (with the banner) that no doc produces any more. */
  stale: string[];
  unchanged: string[];
  foreign: string[];
  /** Files a run would overwrite that the tool did not generate; a run with conflicts writes nothing. */
  conflicts: string[];
}

/** The outcome for a staging folder left by an interrupted run. */
export type Recovery =
  | { kind: 'none' }
  /** The run had staged every file and started moving them, so its changes were completed. */
  | { kind: 'completed'; files: number }
  /** The run stopped while staging, before the output folder was touched, so the staging folder was removed. */
  | { kind: 'discarded' };

/** Points in a write where the `onStep` hook is called; tests stop the process there to simulate a kill. */
export type WriteStep = 'staged-file' | 'committed' | 'moved-file';

export interface WriteOptions {
  /** Called at each step of the write, with a count of the steps of that kind so far. */
  onStep?: (step: WriteStep, count: number) => void;
  /** Whether generated files that no doc produces any more are removed; true by default. `--keep-going` keeps them. */
  removeStale?: boolean;
}

/** The list of changes a run applies, written to the staging folder once every new file is staged. */
interface Journal {
  write: string[];
  remove: string[];
}

/** Raised before anything is written when a generated file would overwrite a file the tool did not generate. */
export class OutputConflictError extends Error {
  constructor(readonly files: string[]) {
    super(`generated files would overwrite files that md-models-ts did not generate: ${files.join(', ')}`);
    this.name = 'OutputConflictError';
  }
}

/** Raised when the staging folder belongs to another running process or was not made by the tool. */
export class StagingFolderError extends Error {
  constructor(
    /** The diagnostic code: `staging-folder-busy` or `staging-folder-foreign`. */
    readonly code: 'staging-folder-busy' | 'staging-folder-foreign',
    message: string,
  ) {
    super(message);
    this.name = 'StagingFolderError';
  }
}

const STAGING_MARKER = 'md-models-ts-staging';
const JOURNAL_FILE = 'journal.json';
const STAGED_FILES = 'files';

/**
 * Returns the staging folder of an output folder: a hidden folder in the same parent, so renames
 * between them stay on one file system unless the output folder is itself a mount point.
 */
export function stagingFolderFor(outFolder: string): string {
  return join(dirname(outFolder), `.${basename(outFolder)}.md-models-ts-staging`);
}

/** Compares generated files with the output folder without writing anything. */
export function compareOutput(outFolder: string, files: readonly GeneratedFile[]): OutputComparison {
  const result: OutputComparison = { changed: [], missing: [], stale: [], unchanged: [], foreign: [], conflicts: [] };
  const wanted = new Set(files.map((file) => file.path));
  for (const file of files) {
    const target = join(outFolder, file.path);
    if (!existsSync(target)) {
      result.missing.push(file.path);
      continue;
    }
    const current = readFileSync(target, 'utf8');
    if (current === file.content) {
      result.unchanged.push(file.path);
      continue;
    }
    result.changed.push(file.path);
    if (!isGeneratedText(file.path, current)) result.conflicts.push(file.path);
  }
  for (const existing of listFiles(outFolder)) {
    if (wanted.has(existing)) continue;
    if (isGeneratedText(existing, readFileSync(join(outFolder, existing), 'utf8'))) result.stale.push(existing);
    else result.foreign.push(existing);
  }
  return result;
}

/**
 * Writes generated files so that the output folder ends up either as it was or with every change,
 * even when the process is killed half-way:
 *
 * 1. Every new or changed file is written to a staging folder beside the output folder.
 * 2. A journal that lists the files to move in and the stale files to remove is written to the
 *    staging folder by a rename, which commits the run.
 * 3. The staged files are renamed into the output folder and the stale files are removed.
 * 4. The staging folder is removed.
 *
 * A run that finds a staging folder first recovers it: with a journal it completes steps 3 and 4,
 * without one it removes the staging folder, which the output folder never saw. Unchanged files are
 * not touched, so their modification time stays. Only files that carry the generated-file marker
 * are overwritten or removed: a run that would overwrite another file raises `OutputConflictError`
 * before it writes anything.
 */
export function writeOutput(outFolder: string, files: readonly GeneratedFile[], options: WriteOptions = {}): WriteSummary {
  const recovery = recoverOutput(outFolder);
  const comparison = compareOutput(outFolder, files);
  if (comparison.conflicts.length > 0) throw new OutputConflictError(comparison.conflicts);
  const summary: WriteSummary = {
    written: [...comparison.changed, ...comparison.missing].sort(compareText),
    unchanged: comparison.unchanged,
    removed: options.removeStale === false ? [] : comparison.stale,
    foreign: comparison.foreign,
    recovery,
  };
  if (summary.written.length === 0 && summary.removed.length === 0) {
    mkdirSync(outFolder, { recursive: true });
    return summary;
  }

  const staging = stagingFolderFor(outFolder);
  createStagingFolder(staging);
  const byPath = new Map(files.map((file) => [file.path, file]));
  summary.written.forEach((path, index) => {
    const target = join(staging, STAGED_FILES, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, byPath.get(path)!.content);
    options.onStep?.('staged-file', index + 1);
  });

  const journal: Journal = { write: summary.written, remove: summary.removed };
  writeFileSync(join(staging, `${JOURNAL_FILE}.tmp`), JSON.stringify(journal));
  renameSync(join(staging, `${JOURNAL_FILE}.tmp`), join(staging, JOURNAL_FILE));
  options.onStep?.('committed', 1);

  applyJournal(outFolder, staging, journal, options);
  return summary;
}

/**
 * Finishes or discards the staging folder an interrupted run left beside the output folder. A
 * folder of that name that the tool did not create is an error, and is left alone.
 */
export function recoverOutput(outFolder: string): Recovery {
  const staging = stagingFolderFor(outFolder);
  if (!existsSync(staging)) return { kind: 'none' };
  const marker = join(staging, STAGING_MARKER);
  if (!existsSync(marker)) {
    throw new StagingFolderError('staging-folder-foreign', `the folder ${staging} is in the way of the staging folder and was not made by md-models-ts; move or remove it`);
  }
  const owner = Number(/pid (\d+)/.exec(readFileSync(marker, 'utf8'))?.[1]);
  if (owner !== process.pid && isRunning(owner)) {
    throw new StagingFolderError('staging-folder-busy', `another md-models-ts run (process ${owner}) is writing to ${outFolder}; wait for it to finish`);
  }
  const journalFile = join(staging, JOURNAL_FILE);
  if (!existsSync(journalFile)) {
    rmSync(staging, { recursive: true, force: true });
    return { kind: 'discarded' };
  }
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal;
  applyJournal(outFolder, staging, journal, {});
  return { kind: 'completed', files: journal.write.length + journal.remove.length };
}

/** Tells whether an interrupted run committed changes that are not yet in the output folder. */
export function hasUnfinishedWrite(outFolder: string): boolean {
  const staging = stagingFolderFor(outFolder);
  return existsSync(join(staging, STAGING_MARKER)) && existsSync(join(staging, JOURNAL_FILE));
}

/** Moves the staged files in and removes the stale ones; safe to repeat after a kill at any point. */
function applyJournal(outFolder: string, staging: string, journal: Journal, options: WriteOptions): void {
  mkdirSync(outFolder, { recursive: true });
  journal.write.forEach((path, index) => {
    const staged = join(staging, STAGED_FILES, path);
    if (!existsSync(staged)) return; // moved before the interruption
    const target = join(outFolder, path);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(staged, target);
    options.onStep?.('moved-file', index + 1);
  });
  for (const path of journal.remove) {
    const target = join(outFolder, path);
    if (existsSync(target) && isGeneratedText(path, readFileSync(target, 'utf8'))) rmSync(target);
  }
  rmSync(staging, { recursive: true, force: true });
}

/** Creates the staging folder; `mkdir` fails when another run created it since this run's recovery. */
function createStagingFolder(staging: string): void {
  mkdirSync(dirname(staging), { recursive: true });
  mkdirSync(staging);
  writeFileSync(join(staging, STAGING_MARKER), `A run of md-models-ts (pid ${process.pid}) stages its output here; the next run finishes or removes it.\n`);
  mkdirSync(join(staging, STAGED_FILES));
}

/**
 * Tells whether a process is running. NOTE: a process id reused by an unrelated process counts as
 * running, so a staging folder of a killed run is then kept until that process ends.
 */
function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Lists the files directly in the output folder, leaving out the cache file. The tool writes no
 * subfolders, so it does not read them, because they may contain another run's output folder.
 */
function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .filter((name) => name !== CACHE_FILE_NAME && !name.startsWith(`${CACHE_FILE_NAME}.`))
    .sort(compareText);
}
