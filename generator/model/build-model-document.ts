import { compareText, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Dialect } from '../parse/dialect.js';
import { detectDialect } from '../parse/dialects/index.js';
import type { DocSource } from '../parse/read-docs-folder.js';
import { checkModels } from './check-models.js';
import { readDocSafely } from './read-doc-safely.js';
import { resolveReferences, type DocModel } from './resolve-references.js';
import type { ModelDocument } from './types.js';
import { assignWireNames, type WireNameOptions } from './wire-names.js';

export interface BuildOptions {
  /** The docs' dialect; detected from the docs when not given. */
  dialect?: Dialect;
  wireNames?: WireNameOptions;
}

/** The intermediate model of a docs folder, with the doc each model came from. */
export interface BuildResult {
  document: ModelDocument;
  docModels: DocModel[];
  /** Docs that hold no model, with the reason. */
  skipped: { file: string; reason: string }[];
}

/** Reads every doc, resolves references between them, and assigns wire names. */
export function buildModelDocument(docs: readonly DocSource[], diagnostics: DiagnosticBag, options: BuildOptions = {}): BuildResult {
  const dialect = options.dialect ?? detectDialect(docs.slice(0, 50).map((doc) => doc.text));
  const docModels: DocModel[] = [];
  const skipped: BuildResult['skipped'] = [];

  for (const doc of docs) {
    const reading = readDocSafely(doc, dialect, diagnostics);
    if ('skipped' in reading) {
      skipped.push({ file: doc.file, reason: reading.skipped });
      diagnostics.add({ code: 'not-a-model-doc', severity: 'info', message: `skipped: ${reading.skipped}`, source: { file: doc.file, line: 1, column: 1 } });
      continue;
    }
    docModels.push({ doc: doc.file, model: reading.model, lines: lineReader(doc.text) });
  }

  resolveReferences(docModels, diagnostics);
  checkModels(docModels, diagnostics);
  assignWireNames(docModels.map((entry) => entry.model), options.wireNames ?? {}, diagnostics);

  const models = docModels.map((entry) => entry.model).sort((a, b) => compareText(a.name, b.name) || compareText(a.source.file, b.source.file));
  return { document: { version: 1, dialect: dialect.name, models }, docModels, skipped };
}

function lineReader(text: string): (line: number) => string | undefined {
  let lines: string[] | undefined;
  return (line) => {
    lines ??= text.split(/\r\n|\r|\n/);
    return lines[line - 1];
  };
}
