import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PhrasingContent } from 'mdast';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { buildModelDocument, type BuildResult } from '../../generator/model/build-model-document.js';
import type { Model, TypeExpression } from '../../generator/model/types.js';
import type { Dialect } from '../../generator/parse/dialect.js';
import { resolveDocLink } from '../../generator/parse/links.js';
import { parseMarkdown } from '../../generator/parse/markdown.js';
import { readDoc } from '../../generator/parse/read-doc.js';
import { readDocsFolder } from '../../generator/parse/read-docs-folder.js';
import type { ParsedType } from '../../generator/parse/type-expression/parsed-type.js';
import { tokenizeTypeCell } from '../../generator/parse/type-expression/tokens.js';

/** The shared corpus of real SDK docs, in `shared/corpus` beside the repository. */
export const CORPUS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

/** Builds the intermediate model of one corpus folder (`dub-go/2026-07-04`), with its diagnostics. */
export function buildCorpusFolder(folder: string, dialect?: string): { result: BuildResult; diagnostics: DiagnosticBag } {
  const diagnostics = new DiagnosticBag();
  const docs = readDocsFolder(join(CORPUS, folder, 'docs'), diagnostics);
  return { result: buildModelDocument(docs, diagnostics, dialect === undefined ? {} : { dialect }), diagnostics };
}

/** Reads one corpus doc (`dub-go/2026-07-04`, `models/components/link.md`) and returns its model. */
export function readCorpusModel(folder: string, file: string, dialect: Dialect): Model {
  const diagnostics = new DiagnosticBag();
  const text = readFileSync(join(CORPUS, folder, 'docs', file), 'utf8');
  const reading = readDoc(file, text, dialect, diagnostics);
  if ('skipped' in reading) throw new Error(`${file} was skipped: ${reading.skipped}`);
  const problems = diagnostics.items.filter((item) => item.severity !== 'info');
  if (problems.length > 0) throw new Error(`${file}: ${problems.map((item) => item.message).join('; ')}`);
  return reading.model;
}

/** The result of reading a Type cell in a test: the parsed type and the union members its links spell out. */
export interface TypeCellReading extends ParsedType {
  linkedUnions: { doc: string; members: TypeExpression[] }[];
}

/**
 * Reads the markdown of a Type cell, as written between the table's pipes, with a dialect's
 * grammar. Links resolve against the doc `owner`, a path relative to the docs folder.
 */
export function readTypeCell(dialect: Dialect, markdown: string, owner: string): TypeCellReading {
  const paragraph = parseMarkdown(markdown).children[0];
  const nodes: PhrasingContent[] = paragraph?.type === 'paragraph' ? paragraph.children : [];
  const linkedUnions: TypeCellReading['linkedUnions'] = [];
  const parsed = dialect.parseType(tokenizeTypeCell(nodes, { line: 1, column: 1 }), {
    resolveLink: (url) => resolveDocLink(owner, url),
    recordLinkedUnion: (doc, members) => linkedUnions.push({ doc, members }),
  });
  return { ...parsed, linkedUnions };
}

export const string: TypeExpression = { kind: 'primitive', name: 'string' };
export const boolean: TypeExpression = { kind: 'primitive', name: 'boolean' };
export const unknown: TypeExpression = { kind: 'unknown' };

export function primitive(name: 'integer' | 'number' | 'date' | 'date-time' | 'binary', format?: 'int32' | 'int64' | 'float' | 'double' | 'decimal'): TypeExpression {
  return format === undefined ? { kind: 'primitive', name } : { kind: 'primitive', name, format };
}

export function arrayOf(items: TypeExpression): TypeExpression {
  return { kind: 'array', items };
}

export function mapOf(values: TypeExpression): TypeExpression {
  return { kind: 'map', values };
}

export function reference(model: string, doc?: string): TypeExpression {
  return doc === undefined ? { kind: 'reference', model } : { kind: 'reference', model, doc };
}
