import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import fc from 'fast-check';
import { compareText, DiagnosticBag, type Diagnostic } from '../../generator/diagnostics/diagnostic.js';
import { emitTypeScript, type GeneratedFile } from '../../generator/emit/emit-files.js';
import { buildModelDocument } from '../../generator/model/build-model-document.js';
import { dropBrokenModels } from '../../generator/model/drop-broken-models.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { resolveDocLink } from '../../generator/parse/links.js';
import type { DocSource } from '../../generator/parse/read-docs-folder.js';

/** Text that breaks markdown, tables, type cells, comments or strings when put in a doc. */
export const SPECIAL_TEXTS = [
  '`', '``', '*/', '/*', '${', '}', '|', '\\|', '\\', '"', "'", '[', ']', '](', '](../../../etc/passwd.md)', '<', '>', '<br/>',
  '<script>', '<!--', '-->', '\r\n', '\r', '\n', '\n\n', '\u2028', '\u2029', '\ufeff', '\u0000', '\ud800', '😀', '\u00a0', '\t',
  '#', '# ', '## Fields\n', '## Values\n', '## Supported Types\n', '### ', '| --- | --- |', '| Field | Type |', ':heavy_check_mark:',
  ':warning: **DEPRECATED**: ', '~~', '**', '_', 'array<', 'array<string, ', '?', '\\DateTime', 'Components\\', 'constructor', '__proto__',
  '>'.repeat(40), '- '.repeat(40), '['.repeat(40), 'array<'.repeat(40), ' '.repeat(200),
];

/** One change to a doc's text. Positions are fractions of the text's length, so they fit any doc. */
export type Mutation =
  | { kind: 'cut'; start: number; length: number }
  | { kind: 'duplicate-lines'; start: number; count: number }
  | { kind: 'swap-lines'; first: number; second: number }
  | { kind: 'swap-cells'; row: number; first: number; second: number }
  | { kind: 'drop-cell'; row: number; cell: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

// Weighted towards small changes inside tables, so that most cases still hold a model to generate.
export const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), start: position, length: fc.integer({ min: 1, max: 200 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate-lines' as const), start: position, count: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swap-lines' as const), first: position, second: position }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('swap-cells' as const), row: position, first: fc.nat({ max: 6 }), second: fc.nat({ max: 6 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('drop-cell' as const), row: position, cell: fc.nat({ max: 6 }) }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...SPECIAL_TEXTS), fc.string({ maxLength: 20 })) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: position }) },
);

/** Applies one mutation to a doc's text. */
export function applyMutation(text: string, mutation: Mutation): string {
  const lines = text.split('\n');
  const lineAt = (fraction: number): number => Math.floor(fraction * lines.length);
  const tableRows = lines.map((line, index) => (line.startsWith('|') ? index : -1)).filter((index) => index >= 0);

  switch (mutation.kind) {
    case 'cut': {
      const start = Math.floor(mutation.start * text.length);
      return text.slice(0, start) + text.slice(start + mutation.length);
    }
    case 'duplicate-lines': {
      const start = lineAt(mutation.start);
      return [...lines.slice(0, start + mutation.count), ...lines.slice(start, start + mutation.count), ...lines.slice(start + mutation.count)].join('\n');
    }
    case 'swap-lines': {
      const first = lineAt(mutation.first);
      const second = lineAt(mutation.second);
      const swapped = [...lines];
      [swapped[first], swapped[second]] = [lines[second]!, lines[first]!];
      return swapped.join('\n');
    }
    case 'swap-cells':
    case 'drop-cell': {
      if (tableRows.length === 0) return text;
      const row = tableRows[Math.floor(mutation.row * tableRows.length)]!;
      const cells = lines[row]!.split('|');
      if (mutation.kind === 'swap-cells') {
        const first = mutation.first % cells.length;
        const second = mutation.second % cells.length;
        [cells[first], cells[second]] = [cells[second]!, cells[first]!];
      } else {
        cells.splice(mutation.cell % cells.length, 1);
      }
      const changed = [...lines];
      changed[row] = cells.join('|');
      return changed.join('\n');
    }
    case 'insert': {
      const at = Math.floor(mutation.at * text.length);
      return text.slice(0, at) + mutation.text + text.slice(at);
    }
    case 'truncate':
      return text.slice(0, Math.floor(mutation.at * text.length));
  }
}

/** Reads a sample of real docs: every `step`-th doc under `maxBytes`, by sorted path. */
export function sampleDocs(folder: string, count: number, maxBytes: number): DocSource[] {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => file.split(sep).join(posix.sep))
    .sort(compareText)
    .filter((file) => statSync(join(folder, file)).size <= maxBytes);
  const step = Math.max(1, Math.floor(files.length / count));
  return files.filter((_, index) => index % step === 0).slice(0, count).map((file) => ({ file, text: readFileSync(join(folder, file), 'utf8') }));
}

export interface PipelineOutcome {
  diagnostics: Diagnostic[];
  files: GeneratedFile[];
  milliseconds: number;
}

/** Runs the in-memory pipeline that `generate` runs, from docs to generated files. */
export function runPipeline(docs: readonly DocSource[]): PipelineOutcome {
  const start = performance.now();
  const diagnostics = new DiagnosticBag();
  const built = buildModelDocument(docs, diagnostics, { dialect: phpDialect });
  const emittable = dropBrokenModels(built.document, diagnostics);
  const emitted = emitTypeScript(emittable.document, { banner: { command: 'npm run generate' } });
  return { diagnostics: [...diagnostics.items, ...emitted.notes], files: emitted.files, milliseconds: performance.now() - start };
}

/**
 * Lists what is wrong with a pipeline outcome for the given docs: an error or warning without a
 * position in one of the docs, a position past the doc's end, or a quoted source line that is not
 * the doc's line at that position. Info notes may concern the whole folder and have no position.
 */
export function findOutcomeProblems(docs: readonly DocSource[], outcome: PipelineOutcome): string[] {
  // The reader drops a byte-order mark at the start of a doc, so quoted lines never hold it.
  const linesByFile = new Map(docs.map((doc) => [doc.file, doc.text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)]));
  const lineCounts = new Map([...linesByFile].map(([file, lines]) => [file, lines.length]));
  const problems: string[] = [];
  for (const diagnostic of outcome.diagnostics) {
    const source = diagnostic.source;
    if (!source && diagnostic.severity === 'info') continue;
    if (!source) {
      problems.push(`${diagnostic.code} has no position`);
      continue;
    }
    const lines = lineCounts.get(source.file);
    if (lines === undefined) problems.push(`${diagnostic.code} names an unknown file ${source.file}`);
    else if (source.line < 1 || source.line > lines) problems.push(`${diagnostic.code} at line ${source.line} of a doc with ${lines} lines`);
    if (source.column < 1) problems.push(`${diagnostic.code} at column ${source.column}`);
    const line = linesByFile.get(source.file)?.[source.line - 1];
    if (diagnostic.sourceLine !== undefined && diagnostic.sourceLine !== line) problems.push(`${diagnostic.code} quotes ${JSON.stringify(diagnostic.sourceLine)} for line ${source.line}, which is ${JSON.stringify(line)}`);
  }
  return problems;
}

/** A doc folder to fuzz: its docs, of which one is mutated per case. */
export interface FuzzFolder {
  name: string;
  docs: DocSource[];
}

export interface FuzzCase {
  folder: number;
  doc: number;
  mutations: Mutation[];
}

export function fuzzCaseArbitrary(folders: readonly FuzzFolder[]): fc.Arbitrary<FuzzCase> {
  return fc.record({
    folder: fc.nat({ max: folders.length - 1 }),
    doc: fc.nat(),
    mutations: fc.array(mutationArbitrary, { minLength: 1, maxLength: 4 }),
  });
}

/** Builds the docs of one fuzz case: the chosen folder with one doc mutated. */
export function docsOfCase(folders: readonly FuzzFolder[], fuzzCase: FuzzCase): DocSource[] {
  const docs = folders[fuzzCase.folder]!.docs;
  const target = fuzzCase.doc % docs.length;
  return docs.map((doc, index) => (index === target ? { file: doc.file, text: fuzzCase.mutations.reduce(applyMutation, doc.text) } : doc));
}

/** The maximum time of one fuzz case, in milliseconds. Cases of these docs took at most about 1 s on a loaded 2-core machine. */
export const MAX_CASE_MILLISECONDS = 10_000;

/**
 * Runs one fuzz case and throws when the pipeline throws, takes longer than MAX_CASE_MILLISECONDS,
 * or reports a diagnostic without a valid position.
 */
export function checkFuzzCase(folders: readonly FuzzFolder[], fuzzCase: FuzzCase): void {
  const docs = docsOfCase(folders, fuzzCase);
  const outcome = runPipeline(docs);
  if (outcome.milliseconds > MAX_CASE_MILLISECONDS) throw new Error(`the case took ${Math.round(outcome.milliseconds)} ms`);
  const problems = findOutcomeProblems(docs, outcome);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/**
 * Loads the folders the fuzzer mutates: the seed docs of the repository, and docs sampled from a
 * real SDK, each with the docs it links to (up to MAX_LINKED_DOCS), so that references resolve.
 */
export function loadFuzzFolders(specFolder: string, corpusFolder: string, corpusSample: number): FuzzFolder[] {
  const spec = sampleDocs(specFolder, 100, Infinity);
  const corpus = sampleDocs(corpusFolder, corpusSample, 20_000);
  return [{ name: 'spec', docs: spec }, ...corpus.map((doc) => ({ name: doc.file, docs: withLinkedDocs(corpusFolder, doc) }))];
}

const MAX_LINKED_DOCS = 12;

function withLinkedDocs(folder: string, start: DocSource): DocSource[] {
  const docs = [start];
  const seen = new Set([start.file]);
  for (let index = 0; index < docs.length && docs.length < MAX_LINKED_DOCS; index += 1) {
    for (const match of docs[index]!.text.matchAll(/\]\(([^)\s]+\.md)\)/g)) {
      const linked = resolveDocLink(docs[index]!.file, match[1]!);
      if (linked === undefined || seen.has(linked) || !existsSync(join(folder, linked))) continue;
      seen.add(linked);
      docs.push({ file: linked, text: readFileSync(join(folder, linked), 'utf8') });
      if (docs.length >= MAX_LINKED_DOCS) break;
    }
  }
  return docs;
}
