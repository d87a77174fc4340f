import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep, posix } from 'node:path';
import picomatch from 'picomatch';
import type { RunCache } from './cache/run-cache.js';
import { CONFIG_FILE_NAME } from './config/load-config.js';
import { unmatchedSettingDiagnostics, type SettingPositions } from './config/setting-diagnostics.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';
import { emitTypeScript, type EmitOptions, type EnumEmitOptions, type GeneratedFile } from './emit/emit-files.js';
import type { FileNameScheme, NamesManifest } from './emit/names.js';
import { dropBrokenModels } from './model/drop-broken-models.js';
import type { DocReader } from './model/build-model-document.js';
import { loadModelDocument, type LoadOptions } from './model/load-model-document.js';
import type { ModelDocument } from './model/types.js';
import { isGeneratedFile } from './write/generated-marker.js';

export interface GenerateOptions extends LoadOptions, Pick<EmitOptions, 'unknownProperties'> {
  /** The docs folder. */
  input: string;
  /** The output folder, used in banners and, with `keepGoing`, to find the old files of docs left out; nothing is written here. */
  out: string;
  /** The folder paths in banners are relative to; the current directory by default. */
  cwd?: string;
  /** The regenerate command shown in banners; built from the folders and `configFile` when not given. */
  command?: string;
  /** The `--dialect` given on the command line, which the regenerate command repeats; undefined when the dialect is detected or set in the configuration file. */
  dialectOption?: string;
  /** The configuration file the run read, if any, relative to `cwd`. The regenerate command names it when the command would not find it without `--config`. */
  configFile?: string;
  bannerText?: string;
  /** Whether warnings (such as an example that does not fit its field) fail the run like errors; false by default. */
  warningsAsErrors?: boolean;
  /** Whether the models of docs without errors are still emitted when other docs have errors (`--keep-going`); false by default. */
  keepGoing?: boolean;
  /** Globs (picomatch) of the docs that take part, relative to the docs folder; all `.md` files by default. */
  includeGlobs?: readonly string[];
  /** Globs of docs left out even when `includeGlobs` matches them. */
  excludeGlobs?: readonly string[];
  /** The positions of the `nullableFields` entries and wire-name overrides in the configuration file, for warnings about entries that match no field. */
  settingPositions?: SettingPositions;
  enums?: EnumEmitOptions;
  fileNames?: FileNameScheme;
  /** The names manifest of the previous run, so each doc keeps the type name it was given. */
  previousNames?: NamesManifest;
  /** Reuses doc readings and emitted files of earlier runs. */
  cache?: RunCache;
  /** Called as docs are read (`total` unknown) and as model files are emitted, for a progress display. */
  onProgress?: (stage: 'reading docs' | 'emitting models', done: number, total: number | undefined) => void;
}

export interface GenerateResult {
  document: ModelDocument;
  /**
   * Every generated TypeScript file, sorted by path. None when there are errors, unless `keepGoing`
   * is set: then the files of every model without errors that refers only to such models.
   */
  files: GeneratedFile[];
  /**
   * Docs left out of `files` because of errors, sorted: docs with errors, including those that give no
   * model, and docs whose models refer to them. Empty unless `keepGoing` is set.
   */
  droppedDocs: string[];
  /** The number of models in `files`. */
  generatedModels: number;
  /**
   * The type name given to each doc, for the names manifest. It is empty when there are errors,
   * unless `keepGoing` is set. Then the docs left out keep their names from `previousNames`.
   */
  names: NamesManifest;
  /** The command that regenerates the output, as the banners show it; run from anywhere in the project. */
  command: string;
  /** Problems in the docs; their paths are relative to the docs folder. */
  diagnostics: Diagnostic[];
  /** Problems in the configuration; their paths are relative to `cwd`. */
  setupDiagnostics: Diagnostic[];
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
  const include = options.include ?? docFilter(options.includeGlobs, options.excludeGlobs);
  const readDoc = withProgress(options.readDoc ?? options.cache?.readDoc, options.onProgress);
  const hasReading = options.readDoc === undefined ? options.cache?.hasReading : undefined;
  const loaded = loadModelDocument(resolve(cwd, options.input), {
    ...options,
    ...(include === undefined ? {} : { include }),
    ...(readDoc === undefined ? {} : { readDoc }),
    ...(hasReading === undefined ? {} : { hasReading }),
  });
  const setupDiagnostics = unmatchedSettingDiagnostics(loaded.unmatchedSettings, options.settingPositions);
  if (loaded.document.models.length === 0 && !loaded.diagnostics.hasErrors) {
    // Writing an empty output would remove every generated file, which a wrong --input makes likely.
    const message = `the docs folder ${displayPath(cwd, options.input)} contains no model docs; pass the folder of your model docs with --input`;
    setupDiagnostics.push({ code: 'no-model-docs', severity: 'error', message });
  }

  const outFolder = resolve(cwd, options.out);

  // Banner paths are relative to the project that contains the output, not to the working directory,
  // so the same docs give the same files whichever folder the command runs from.
  // The search starts above the output folder, so a package.json inside it changes nothing, and
  // without a project the folder above the output stands in for one.
  const outParent = dirname(outFolder);
  const projectRoot = findProjectRoot(outParent) ?? outParent;
  const docsFolder = displayPath(projectRoot, resolve(cwd, options.input));
  const configFile = options.configFile === undefined ? undefined : configFileForCommand(resolve(cwd, options.configFile), resolve(cwd, options.input), projectRoot);
  const command = options.command ?? regenerateCommand(docsFolder, displayPath(projectRoot, outFolder), configFile, options.dialectOption);

  const hasErrors = loaded.diagnostics.hasErrors || setupDiagnostics.some((diagnostic) => diagnostic.severity === 'error');
  // Errors such as unresolved references leave the model incomplete, so nothing is emitted, unless
  // `keepGoing` requests the rest: the models of docs with errors, and the models that refer to
  // them, are then left out, so the emitter never meets an unresolved reference.
  if (hasErrors && options.keepGoing !== true) {
    return { document: loaded.document, files: [], droppedDocs: [], generatedModels: 0, names: { names: {} }, command, diagnostics: loaded.diagnostics.sorted(), setupDiagnostics, hasErrors, timings: { ...loaded.timings, emit: 0 } };
  }
  const emittable = hasErrors ? dropBrokenModels(loaded.document, loaded.diagnostics) : { document: loaded.document, dropped: [] };
  // The old files of the docs left out stay in the output folder, so they keep their names and the
  // index goes on exporting them.
  const droppedDocs = [...new Set([...emittable.dropped, ...docsWithErrors(loaded.diagnostics.items)])].sort();
  const leftOut = hasErrors ? previousNamesOf(options.previousNames, droppedDocs) : {};
  const emitStart = performance.now();
  const emitted = emitTypeScript(emittable.document, {
    banner: { command, text: options.bannerText },
    docsFolder,
    unknownProperties: options.unknownProperties,
    openEnums: options.openEnums ?? options.enums?.open,
    names: { leftOut, ...(options.previousNames ? { previous: options.previousNames } : {}), ...(options.fileNames ? { fileNames: options.fileNames } : {}) },
    hasGeneratedFile: (path) => isGeneratedFile(join(outFolder, path)),
    ...(options.enums ? { enums: options.enums } : {}),
    ...(options.cache ? { cache: options.cache.emitCache } : {}),
    ...(options.onProgress ? { onModel: (done: number, total: number) => options.onProgress!('emitting models', done, total) } : {}),
  });
  const emit = performance.now() - emitStart;
  for (const note of emitted.notes) loaded.diagnostics.add(note);

  const diagnostics = loaded.diagnostics.sorted();
  const failsOnWarnings = options.warningsAsErrors === true && diagnostics.some((diagnostic) => diagnostic.severity === 'warning');
  return {
    document: loaded.document,
    files: failsOnWarnings && options.keepGoing !== true ? [] : emitted.files,
    droppedDocs,
    generatedModels: emittable.document.models.length,
    names: emitted.names.manifest,
    command,
    diagnostics,
    setupDiagnostics,
    hasErrors: hasErrors || failsOnWarnings,
    timings: { ...loaded.timings, emit },
  };
}

function docsWithErrors(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((diagnostic) => diagnostic.severity === 'error' && diagnostic.source !== undefined).map((diagnostic) => diagnostic.source!.file);
}

/** Returns the entries of `previous` for the given docs. */
function previousNamesOf(previous: NamesManifest | undefined, docs: readonly string[]): NamesManifest['names'] {
  const names: NamesManifest['names'] = {};
  for (const doc of docs) {
    const entry = previous?.names[doc];
    if (entry !== undefined) names[doc] = entry;
  }
  return names;
}

/** Wraps a doc reader so it reports each doc read; returns the reader unchanged without a progress callback. */
function withProgress(read: DocReader | undefined, onProgress: GenerateOptions['onProgress']): DocReader | undefined {
  if (!onProgress) return read;
  const inner: DocReader = read ?? ((file, text, dialect, diagnostics, parse) => parse(file, text, dialect, diagnostics));
  let done = 0;
  return (...args) => {
    done += 1;
    onProgress('reading docs', done, undefined);
    return inner(...args);
  };
}

/** Builds the doc filter of the include and exclude globs, or undefined when every doc takes part. */
function docFilter(includeGlobs: readonly string[] | undefined, excludeGlobs: readonly string[] | undefined): ((file: string) => boolean) | undefined {
  // The default include matches every doc the reader accepts, `.MD` files too, which the glob would miss.
  const includesAll = includeGlobs === undefined || (includeGlobs.length === 1 && includeGlobs[0] === '**/*.md');
  if (includesAll && (excludeGlobs === undefined || excludeGlobs.length === 0)) return undefined;
  const included = includesAll ? () => true : picomatch([...includeGlobs]);
  const excluded = excludeGlobs && excludeGlobs.length > 0 ? picomatch([...excludeGlobs]) : () => false;
  return (file) => included(file) && !excluded(file);
}

/** Finds the nearest folder at or above `folder` that contains a package.json. */
function findProjectRoot(folder: string): string | undefined {
  let current = folder;
  for (;;) {
    if (existsSync(join(current, 'package.json'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Shows a folder relative to the working directory with `/` separators, so banners are the same on every machine. */
export function displayPath(cwd: string, folder: string): string {
  const shown = relative(cwd, resolve(cwd, folder)).split(sep).join(posix.sep);
  return shown === '' ? '.' : shown;
}

/**
 * Returns the configuration file (absolute) relative to the project root, or undefined when the
 * regenerate command finds it without `--config`. The command names the docs folder, and without
 * `--config` the tool reads `codegen.yaml` in that folder.
 */
function configFileForCommand(configFile: string, docsFolder: string, projectRoot: string): string | undefined {
  if (configFile === join(docsFolder, CONFIG_FILE_NAME)) return undefined;
  return displayPath(projectRoot, configFile);
}

/**
 * Builds the command that regenerates the output from the project root, where `npm run` runs.
 * With a configuration file it names the folders too, because the file's `input` and `out` would
 * otherwise replace the defaults.
 */
function regenerateCommand(input: string, out: string, configFile: string | undefined, dialect: string | undefined): string {
  if (configFile === undefined && dialect === undefined && input === DEFAULT_INPUT && out === DEFAULT_OUT) return 'npm run generate';
  const args = ['--input', input, '--out', out, ...(configFile === undefined ? [] : ['--config', configFile]), ...(dialect === undefined ? [] : ['--dialect', dialect])];
  return `npm run generate -- ${args.map(quoteForShell).join(' ')}`;
}

/** Quotes a word for a POSIX shell when it contains characters the shell would interpret, such as spaces. */
function quoteForShell(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
