import { relative, resolve, sep, posix } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { emitTypeScript, type GeneratedFile } from './emit/emit-files.js';
import { loadModelDocument, type LoadOptions } from './model/load-model-document.js';
import type { ModelDocument } from './model/types.js';

export interface GenerateOptions extends LoadOptions {
  /** The docs folder. */
  input: string;
  /** The output folder, used in banners only; nothing is written here. */
  out: string;
  /** The folder paths in banners are relative to; the current directory by default. */
  cwd?: string;
  /** The regenerate command shown in banners; built from the folders when not given. */
  command?: string;
  bannerText?: string;
}

export interface GenerateResult {
  document: ModelDocument;
  files: GeneratedFile[];
  diagnostics: Diagnostic[];
  hasErrors: boolean;
  timings: StageTimings;
}

/** Milliseconds spent in each stage of a run, measured with `performance.now()`. */
export interface StageTimings {
  /** Reading the doc files. */
  read: number;
  /** Parsing the markdown and reading each doc into a model. */
  parse: number;
  /** Resolving references and wire names across docs. */
  model: number;
  /** Emitting the TypeScript files in memory. */
  emit: number;
}

export const DEFAULT_INPUT = 'spec';
export const DEFAULT_OUT = 'generated';

/**
 * Reads a docs folder and returns the generated TypeScript files in memory with every diagnostic.
 * Writing is left to the caller, so the drift check and the generator share this one path.
 */
export function generate(options: GenerateOptions): GenerateResult {
  const cwd = options.cwd ?? process.cwd();
  const loaded = loadModelDocument(resolve(cwd, options.input), options);
  const docsFolder = displayPath(cwd, options.input);
  const command = options.command ?? regenerateCommand(docsFolder, displayPath(cwd, options.out));
  const emitStart = performance.now();
  const emitted = emitTypeScript(loaded.document, { banner: { command, text: options.bannerText }, docsFolder });
  const emit = performance.now() - emitStart;
  for (const note of emitted.notes) loaded.diagnostics.add(note);

  return {
    document: loaded.document,
    files: emitted.files,
    diagnostics: loaded.diagnostics.sorted(),
    hasErrors: loaded.diagnostics.hasErrors,
    timings: { ...loaded.timings, emit },
  };
}

/** Shows a folder relative to the working directory with `/` separators, so banners are the same on every machine. */
export function displayPath(cwd: string, folder: string): string {
  const shown = relative(cwd, resolve(cwd, folder)).split(sep).join(posix.sep);
  return shown === '' ? '.' : shown;
}

function regenerateCommand(input: string, out: string): string {
  if (input === DEFAULT_INPUT && out === DEFAULT_OUT) return 'npm run generate';
  return `npm run generate -- --input ${input} --out ${out}`;
}
