import { readFileSync } from 'node:fs';
import { type CodeBlockWriter, IndentationText, NewLineKind, Project, QuoteKind, StructureKind, type StatementStructures } from 'ts-morph';
import { compareText, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Model, ModelDocument } from '../model/types.js';
import { bannerFor, type BannerOptions } from './banner.js';
import type { EmitContext, RuntimeOptions } from './emit-context.js';
import { enumModelStatements } from './enum-model.js';
import { ImportCollector } from './imports.js';
import { assignTypeNames, type TypeNames } from './names.js';
import { objectModelStatements } from './object-model.js';
import { unionModelStatements } from './union-model.js';

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
}

export interface EmitResult {
  files: GeneratedFile[];
  names: TypeNames;
  /** What the emitter renamed, as info diagnostics. */
  notes: Diagnostic[];
}

const RUNTIME_SOURCE = new URL('./runtime/runtime.ts', import.meta.url);

/**
 * Emits one TypeScript file per model, the shared runtime module and an index that exports them
 * all. Each file is built from ts-morph structures in one call and printed to text.
 */
export function emitTypeScript(document: ModelDocument, options: EmitOptions): EmitResult {
  const project = new Project({
    useInMemoryFileSystem: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Double, newLineKind: NewLineKind.LineFeed },
  });
  const names = assignTypeNames(document.models);
  const modelsByDoc = new Map(document.models.map((model) => [model.source.file, model]));
  const notes: Diagnostic[] = [...names.renames];
  const files: GeneratedFile[] = [];
  const runtime: RuntimeOptions = { unknownProperties: options.unknownProperties ?? 'keep', openEnums: options.openEnums ?? false };

  for (const model of document.models) {
    const imports = new ImportCollector();
    const context: EmitContext = { names, modelsByDoc, imports, currentDoc: model.source.file, notes, runtime };
    const statements = modelStatements(model, context).map((statement) => (typeof statement === 'string' ? (writer: CodeBlockWriter) => writer.blankLineIfLastNot().write(statement) : { ...statement, leadingTrivia: separateStatement }));
    const docPath = joinDocPath(options.docsFolder, model.source.file);
    const fileName = `${names.fileName(model.source.file)}.ts`;
    const sourceFile = project.createSourceFile(fileName, {
      leadingTrivia: bannerFor(docPath, options.banner) + '\n',
      statements: [...imports.toStructures().map((structure) => ({ kind: StructureKind.ImportDeclaration, ...structure }) as const), ...statements],
    }, { overwrite: true });
    files.push({ path: fileName, content: finish(sourceFile.getFullText()), doc: model.source.file });
    project.removeSourceFile(sourceFile);
  }

  files.push({ path: 'runtime.ts', content: bannerFor(undefined, options.banner) + '\n' + readFileSync(RUNTIME_SOURCE, 'utf8') });
  files.push({ path: 'index.ts', content: indexFile(document.models, names, options.banner) });
  files.sort((a, b) => compareText(a.path, b.path));
  return { files, names, notes };
}

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

function indexFile(models: readonly Model[], names: TypeNames, banner: BannerOptions): string {
  const modules = models.map((model) => names.fileName(model.source.file)).sort(compareText);
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
