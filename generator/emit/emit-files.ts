import { readFileSync } from 'node:fs';
import type { CodeBlockWriter, PrintStructureOptions, StatementStructures } from 'ts-morph';
import { compareText, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Model, ModelDocument } from '../model/types.js';
import { escapeBidiControls } from '../text/bidi-controls.js';
import { bannerFor, type BannerOptions } from './banner.js';
import type { EmitContext, RuntimeOptions } from './emit-context.js';
import { enumModelStatements } from './enum-model.js';
import { ImportCollector } from './imports.js';
import { EmitKeys } from './emit-key.js';
import { assignTypeNames, type NameOptions, type TypeNames } from './names.js';
import { objectModelStatements } from './object-model.js';
import { unionModelStatements } from './union-model.js';
import { tsMorph } from './ts-morph.js';

/** One file of generated output, with its path relative to the output folder. */
export interface GeneratedFile {
  path: string;
  content: string;
  /** The doc the file was generated from; undefined for shared files. */
  doc?: string;
}

export interface EmitOptions {
  banner: BannerOptions;
  /** Prepended to doc paths in banners, so they name the doc as the user sees it (`spec/Models/...`). */
  docsFolder?: string;
  /** Whether models keep input properties the docs do not list (and write them back); `keep` by default, because APIs add fields. */
  unknownProperties?: 'keep' | 'drop';
  /** Whether enums accept values they do not list: all (`true`), none (`false`, the default), or the enums named. Enums the docs mark open always do. */
  openEnums?: boolean | readonly string[];
  /** Names kept from the previous run, the names of docs left out, and the file naming scheme. */
  names?: NameOptions;
  /**
   * Tells whether the output folder contains a generated file at `path`. The index exports the old
   * file of a doc in `names.leftOut` only when this returns true, so it never names a missing module.
   */
  hasGeneratedFile?: (path: string) => boolean;
  /** The `enums` settings of the configuration file, for the enum emitter. */
  enums?: EnumEmitOptions;
  /** Files emitted by earlier runs, reused when nothing they were built from has changed. */
  cache?: EmitCache;
  /** Called after each model file, for a progress display. */
  onModel?: (done: number, total: number) => void;
}

/**
 * How enums are generated, from the `enums` key of the configuration file. `shape` is
 * `const-object` (a const object and a union type of its values) or `union` (the union type alone).
 * `open` makes all enums (`true`), none (`false`) or the listed enum models accept unknown values.
 */
export interface EnumEmitOptions {
  shape: 'const-object' | 'union';
  open: boolean | string[];
}

/** A model file and the notes its emission reported, as kept by the cache. */
export interface CachedEmit {
  content: string;
  notes: Diagnostic[];
}

/** A store of emitted model files keyed by a hash of everything the emission reads. */
export interface EmitCache {
  /** A hash of the emitter's code, so a changed emitter does not reuse old files. */
  fingerprint: string;
  get(key: string): CachedEmit | undefined;
  set(key: string, value: CachedEmit): void;
}

export interface EmitResult {
  files: GeneratedFile[];
  names: TypeNames;
  /** What the emitter renamed, as info diagnostics. */
  notes: Diagnostic[];
  /** How many model files came from the cache. */
  reused: number;
}

const RUNTIME_SOURCE = new URL('./runtime/runtime.ts', import.meta.url);

/**
 * Emits one TypeScript file per model, the shared runtime module and an index that exports them
 * all. Each file is built from ts-morph structures in one call and printed to text.
 */
export function emitTypeScript(document: ModelDocument, options: EmitOptions): EmitResult {
  const names = assignTypeNames(document.models, options.names);
  const modelsByDoc = new Map(document.models.map((model) => [model.source.file, model]));
  const notes: Diagnostic[] = [...names.renames];
  const files: GeneratedFile[] = [];
  const runtime: RuntimeOptions = { unknownProperties: options.unknownProperties ?? 'keep', openEnums: options.openEnums ?? options.enums?.open ?? false, enumShape: options.enums?.shape ?? 'const-object' };
  // Everything the emitted text depends on besides the models themselves, so a changed setting never reuses a cached file.
  const settings = JSON.stringify([options.cache?.fingerprint, options.banner, options.docsFolder, runtime, options.names?.fileNames]);
  const keys = new EmitKeys(modelsByDoc, names, settings);
  let reused = 0;

  for (const [index, model] of document.models.entries()) {
    options.onModel?.(index + 1, document.models.length);
    const fileName = `${names.fileName(model.source.file)}.ts`;
    const key = options.cache ? keys.keyOf(model) : '';
    const cached = options.cache?.get(key);
    if (cached) {
      files.push({ path: fileName, content: cached.content, doc: model.source.file });
      notes.push(...cached.notes);
      reused += 1;
      continue;
    }

    const modelNotes: Diagnostic[] = [];
    const imports = new ImportCollector();
    const context: EmitContext = { names, modelsByDoc, imports, currentDoc: model.source.file, notes: modelNotes, runtime };
    const statements = modelStatements(model, context).map((statement) => (typeof statement === 'string' ? (writer: CodeBlockWriter) => writer.blankLineIfLastNot().write(statement) : { ...statement, leadingTrivia: separateStatement }));
    const docPath = joinDocPath(options.docsFolder, model.source.file);
    const { printStructure, StructureKind } = tsMorph();
    const text = printStructure({
      kind: StructureKind.SourceFile,
      leadingTrivia: bannerFor(docPath, options.banner) + '\n',
      statements: [...imports.toStructures().map((structure) => ({ kind: StructureKind.ImportDeclaration, ...structure }) as const), ...statements],
    }, PRINT_OPTIONS);
    // Doc text with bidirectional formatting characters would reorder the code on screen.
    const content = escapeBidiControls(finish(text));
    files.push({ path: fileName, content, doc: model.source.file });
    notes.push(...modelNotes);
    options.cache?.set(key, { content, notes: modelNotes });
  }

  files.push({ path: 'runtime.ts', content: bannerFor(undefined, options.banner) + '\n' + readFileSync(RUNTIME_SOURCE, 'utf8') });
  const keptModules = names.leftOutDocs.map((doc) => names.fileName(doc)).filter((module) => options.hasGeneratedFile?.(`${module}.ts`) === true);
  files.push({ path: 'index.ts', content: indexFile(document.models, keptModules, names, options.banner) });
  files.sort((a, b) => compareText(a.path, b.path));
  return { files, names, notes, reused };
}

/** Two-space indentation, double quotes and LF line ends, whatever the machine's defaults. */
const PRINT_OPTIONS: PrintStructureOptions = { indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: false };

/** Puts a blank line before each top-level declaration, as ts-morph does only for some kinds. */
function separateStatement(writer: CodeBlockWriter): void {
  writer.blankLineIfLastNot();
}

function modelStatements(model: Model, context: EmitContext): (string | StatementStructures)[] {
  switch (model.kind) {
    case 'object':
      return objectModelStatements(model, context);
    case 'enum':
      return enumModelStatements(model, context);
    case 'union':
      return unionModelStatements(model, context);
  }
}

/** Builds the index, which exports the runtime, every model file and the old model files kept in `keptModules`. */
function indexFile(models: readonly Model[], keptModules: readonly string[], names: TypeNames, banner: BannerOptions): string {
  const modules = [...models.map((model) => names.fileName(model.source.file)), ...keptModules].sort(compareText);
  const lines = ['export * from "./runtime.js";', ...modules.map((module) => `export * from "./${module}.js";`)];
  return bannerFor(undefined, banner) + '\n' + lines.join('\n') + '\n';
}

function joinDocPath(folder: string | undefined, file: string): string {
  if (!folder || folder === '.') return file;
  return `${folder.replace(/\/+$/, '')}/${file}`;
}

/** Ends the text with exactly one newline. `trimEnd` runs in linear time, unlike the pattern `/\s*$/`. */
function finish(text: string): string {
  return text.trimEnd() + '\n';
}
