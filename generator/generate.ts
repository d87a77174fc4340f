import { relative, resolve, sep, posix } from 'node:path';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { emitTypeScript, type EmitOptions, type GeneratedFile } from './emit/emit-files.js';
import { dropBrokenModels } from './model/drop-broken-models.js';
import { loadModelDocument, type LoadOptions } from './model/load-model-document.js';
import type { ModelDocument } from './model/types.js';

export interface GenerateOptions extends LoadOptions, Pick<EmitOptions, 'unknownProperties'> {
  /** The docs folder. */
  input: string;
  /** The output folder, used in banners only; nothing is written here. */
  out: string;
  /** The folder paths in banners are relative to; the current directory by default. */
  cwd?: string;
  /** The regenerate command shown in banners; built from the folders when not given. */
  command?: string;
  bannerText?: string;
  /** Whether warnings (such as an example that does not fit its field) fail the run like errors; false by default. */
  warningsAsErrors?: boolean;
}

export interface GenerateResult {
  document: ModelDocument;
  /** Files for every model that has no errors and refers only to such models. */
  files: GeneratedFile[];
  /** Docs whose models are left out of `files` because of errors. */
  droppedDocs: string[];
  diagnostics: Diagnostic[];
  hasErrors: boolean;
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
  // Models of docs with errors, and models that refer to them, are left out, so the emitter never
  // meets an unresolved reference and `--keep-going` can write the rest.
  const emittable = dropBrokenModels(loaded.document, loaded.diagnostics);
  const emitted = emitTypeScript(emittable.document, {
    banner: { command, text: options.bannerText },
    docsFolder,
    unknownProperties: options.unknownProperties,
    openEnums: options.openEnums,
  });
  for (const note of emitted.notes) loaded.diagnostics.add(note);

  const diagnostics = loaded.diagnostics.sorted();
  const failsOnWarnings = options.warningsAsErrors === true && diagnostics.some((diagnostic) => diagnostic.severity === 'warning');
  return {
    document: loaded.document,
    files: emitted.files,
    droppedDocs: emittable.dropped,
    diagnostics,
    hasErrors: loaded.diagnostics.hasErrors || failsOnWarnings,
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
