import { compareText, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Dialect } from '../parse/dialect.js';
import type { DocSource } from '../parse/read-docs-folder.js';
import { readDoc, type DocReading, type LinkedUnion } from '../parse/read-doc.js';
import { checkModels } from './check-models.js';
import { chooseDialect, reportTypeErrorsOfDetectedDialect } from './dialect-detection.js';
import { fillUndocumentedUnions } from './fill-undocumented-unions.js';
import { mayUseWorkers, startParallelReading } from './parallel-reading.js';
import { readDocSafely } from './read-doc-safely.js';
import { resolveReferences, type DocModel } from './resolve-references.js';
import type { ModelDocument } from './types.js';
import { checkExamples } from './example-check.js';
import { markNullableFields, markOpenEnums } from './field-settings.js';
import { assignWireNames, type WireNameOptions } from './wire-names.js';

export interface BuildOptions {
  /** The docs' dialect, or its name (`php`, `typescript`, `python`, `go`, `java`, `csharp`, `ruby`); detected from the docs when not given. */
  dialect?: Dialect | string;
  wireNames?: WireNameOptions;
  /** Required fields that the API may also send as null, as `Model.field`; the PHP docs cannot show this. */
  nullableFields?: readonly string[];
  /** Enums that accept values they do not list: all (`true`), none (`false`, the default), or the enums named. */
  openEnums?: boolean | readonly string[];
  /** Whether each Example cell is checked against its field's type; true by default. */
  checkExamples?: boolean;
  /**
   * Reads one doc, parsing it with `parse` unless it has an earlier reading; by default every doc is
   * parsed. The run cache passes a reader that reuses earlier readings.
   */
  readDoc?: DocReader;
  /** Whether `readDoc` has an earlier reading of a doc; docs without one may be parsed by worker threads. */
  hasReading?: (file: string, text: string, dialect: Dialect) => boolean;
  /** The number of threads that parse docs, the main thread included; one by default. */
  jobs?: number;
}

/** Reads one doc, with `parse` for a doc it has no earlier reading of. */
export type DocReader = (file: string, text: string, dialect: Dialect, diagnostics: DiagnosticBag, parse: typeof readDoc) => DocReading;

/** The intermediate model of a docs folder, with the doc each model came from. */
export interface BuildResult {
  document: ModelDocument;
  docModels: DocModel[];
  /** Docs that hold no model, with the reason. */
  skipped: { file: string; reason: string }[];
  /** Entries of the `nullableFields`, wire-name override and open-enum settings that name nothing in the docs. */
  unmatchedSettings: UnmatchedSetting[];
  /** Milliseconds spent reading docs into models (`parse`) and resolving them into one document (`model`). */
  timings: { parse: number; model: number };
}

/** A setting entry that names no field (`Model.field`, or `*.field` for an override) or no enum model. */
export interface UnmatchedSetting {
  setting: 'nullable' | 'wireNameOverride' | 'openEnum';
  entry: string;
}

/** Reads every doc, resolves references between them, and assigns wire names. */
export function buildModelDocument(docs: readonly DocSource[], diagnostics: DiagnosticBag, options: BuildOptions = {}): BuildResult {
  const { dialect, detection } = chooseDialect(docs, options.dialect, diagnostics);
  const readingDiagnosticsFrom = diagnostics.items.length;
  const docModels: DocModel[] = [];
  const skipped: BuildResult['skipped'] = [];
  const linkedUnions: LinkedUnion[] = [];
  const undocumentedUnions: DocModel[] = [];
  const parseStart = performance.now();

  // Worker threads may parse the docs that have no earlier reading while this thread reads the docs in order.
  const parallel = startParallelReading(docsToParse(docs, dialect, options), dialect, options.jobs);
  const parse = parallel?.read ?? readDoc;
  const reader = options.readDoc;
  const read: typeof readDoc = reader ? (file, text, docDialect, bag) => reader(file, text, docDialect, bag, parse) : parse;
  try {
    for (const doc of docs) {
      const reading = readDocSafely(doc, dialect, diagnostics, read);
      if ('skipped' in reading) {
        skipped.push({ file: doc.file, reason: reading.skipped });
        diagnostics.add({ code: 'not-a-model-doc', severity: 'info', message: `skipped: ${reading.skipped}`, source: { file: doc.file, line: 1, column: 1 } });
        continue;
      }
      const entry: DocModel = { doc: doc.file, model: reading.model, lines: lineReader(doc.text) };
      docModels.push(entry);
      linkedUnions.push(...reading.linkedUnions);
      if (reading.membersUndocumented) undocumentedUnions.push(entry);
    }
  } finally {
    parallel?.stop();
  }

  reportTypeErrorsOfDetectedDialect(detection, diagnostics, readingDiagnosticsFrom);

  const modelStart = performance.now();
  fillUndocumentedUnions(undocumentedUnions, linkedUnions, diagnostics);
  resolveReferences(docModels, diagnostics);
  checkModels(docModels, diagnostics);
  const builtModels = docModels.map((entry) => entry.model);
  const unmatchedOverrides = assignWireNames(builtModels, options.wireNames ?? {}, diagnostics);
  // Nullable fields are marked before the examples are checked, so a `null` example of such a field passes.
  const unmatchedNullable = markNullableFields(builtModels, options.nullableFields ?? []);
  const unmatchedOpenEnums = markOpenEnums(builtModels, options.openEnums ?? false);
  if (options.checkExamples !== false) {
    const linesByDoc = new Map(docModels.map((entry) => [entry.doc, entry.lines]));
    checkExamples(builtModels, diagnostics, (file, line) => linesByDoc.get(file)?.(line));
  }

  const unmatchedSettings: UnmatchedSetting[] = [
    ...unmatchedNullable.map((entry) => ({ setting: 'nullable' as const, entry })),
    ...unmatchedOverrides.map((entry) => ({ setting: 'wireNameOverride' as const, entry })),
    ...unmatchedOpenEnums.map((entry) => ({ setting: 'openEnum' as const, entry })),
  ];
  const models = [...builtModels].sort((a, b) => compareText(a.name, b.name) || compareText(a.source.file, b.source.file));
  const timings = { parse: modelStart - parseStart, model: performance.now() - modelStart };
  return { document: { version: 1, dialect: dialect.name, models }, docModels, skipped, unmatchedSettings, timings };
}

/** Returns the docs that reading will parse: all of them, or those `hasReading` has no earlier reading of. */
function docsToParse(docs: readonly DocSource[], dialect: Dialect, options: BuildOptions): readonly DocSource[] {
  // Hashing the docs to find the cached ones is wasted when the docs are too few for a worker anyway.
  if (!mayUseWorkers(docs.length, options.jobs) || options.hasReading === undefined) return docs;
  return docs.filter((doc) => !options.hasReading!(doc.file, doc.text, dialect));
}

function lineReader(text: string): (line: number) => string | undefined {
  let lines: string[] | undefined;
  return (line) => {
    lines ??= text.split(/\r\n|\r|\n/);
    return lines[line - 1];
  };
}
