import type { Blockquote, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Deprecation, Model, SourcePosition, TypeExpression } from '../model/types.js';
import { splitDeprecationNotice } from './deprecation.js';
import type { Dialect } from './dialect.js';
import { DocContext } from './doc-context.js';
import { checkDocLimits } from './doc-limits.js';
import { splitDocSections, type DocSection, type DocSections } from './doc-sections.js';
import { readFieldsTable, type FieldsTableContext } from './fields-table.js';
import { resolveDocLink } from './links.js';
import { parseMarkdown } from './markdown.js';
import { readSupportedTypes } from './supported-types.js';
import type { TypeCellContext } from './type-expression/parsed-type.js';
import { readValuesSection } from './values-section.js';

/** Union members that a field's link text spells out for the union doc it links to. */
export interface LinkedUnion {
  /** The linked union doc, relative to the docs folder. */
  doc: string;
  members: TypeExpression[];
  /** The field whose Type cell spells the members out, when the link is in a Fields table. */
  field?: { model: string; name: string; source: SourcePosition };
}

/**
 * The result of reading one doc: a model, or the reason the doc contains none. `linkedUnions` lists
 * the union members that the doc's field types spell out for other docs. `membersUndocumented`
 * marks a union doc that lists no members of its own.
 */
/** The sections whose content becomes the model; a doc has at most one of each. */
const MODEL_SECTIONS = new Set(['Fields', 'Values', 'Supported Types']);

export type DocReading = { model: Model; linkedUnions: LinkedUnion[]; membersUndocumented?: boolean } | { skipped: string };


/**
 * Reads one model doc into a model of the intermediate model. References keep the linked doc's
 * path; the model builder resolves them once every doc is read.
 */
export function readDoc(file: string, text: string, dialect: Dialect, diagnostics: DiagnosticBag): DocReading {
  // The limits are checked here rather than by every caller, so a doc read from the run cache skips them.
  const overLimit = checkDocLimits(file, text, diagnostics);
  if (overLimit !== undefined) return { skipped: overLimit };
  // The markdown parser skips a byte-order mark, so its offsets only match the text without one.
  const markdown = text.startsWith('\ufeff') ? text.slice(1) : text;
  const doc = new DocContext(file, markdown, diagnostics);
  const sections = splitDocSections(parseMarkdown(markdown));

  const fields = sections.sections.find((section) => section.name === 'Fields');
  const values = sections.sections.find((section) => section.name === 'Values');
  const supportedTypes = sections.sections.find((section) => section.name === 'Supported Types');
  const nestedFields = findNestedFields(sections.sections);
  if (nestedFields) {
    // An SDK guide documents several classes, each under its own section with a `### Fields` table.
    return { skipped: `it has a \`### Fields\` heading under \`## ${nestedFields.name}\`, as SDK guides do` };
  }
  // A title, perhaps with a description, and no section: how the Java and Ruby docs write a union.
  const titleOnly = sections.sections.length === 0 && sections.title !== undefined;
  if (!fields && !values && !supportedTypes && !(titleOnly && dialect.titleOnlyDocIsUnion)) {
    return { skipped: 'it has no Fields, Values or Supported Types section' };
  }

  if (!sections.title) {
    doc.report('error', 'missing-title', 'the doc has no `# Name` heading before its first section; add one with the model name', doc.positionOf(sections.sections[0]?.heading));
    return { skipped: 'it has no title' };
  }
  const name = toString(sections.title).trim();
  const source = doc.positionOf(sections.title);
  if (name === '') {
    doc.report('error', 'missing-model-name', 'the `#` heading is empty; write the model name after `# `', source);
    return { skipped: 'its title is empty' };
  }
  reportExtraHeadings(sections, name, doc);
  const preamble = readPreamble(sections.preamble, doc);

  const kinds = [fields, values, supportedTypes].filter((section) => section !== undefined);
  if (kinds.length > 1) {
    doc.report('error', 'mixed-sections', `the doc has both ${kinds.map((section) => `\`## ${section.name}\``).join(' and ')}; a model doc has exactly one of Fields, Values or Supported Types`, doc.positionOf(kinds[1]!.heading));
  }

  const linkedUnions: LinkedUnion[] = [];
  const resolveLink = (url: string): string | undefined => resolveDocLink(doc.file, url);
  const context: FieldsTableContext = {
    resolveLink,
    recordLinkedUnion: (linkedDoc, members) => linkedUnions.push({ doc: linkedDoc, members }),
    note: (code, message, position) => doc.report('info', code, message, doc.at(position.line, position.column)),
    forField: (fieldName, fieldSource): TypeCellContext => ({
      resolveLink,
      recordLinkedUnion: (linkedDoc, members) => linkedUnions.push({ doc: linkedDoc, members, field: { model: name, name: fieldName, source: fieldSource } }),
    }),
  };
  const base = { name, source, ...preamble };
  if (fields) {
    const table = findSingleTable(fields, doc);
    const parsedFields = table ? readFieldsTable(table, dialect, doc, context) : [];
    return { model: { kind: 'object', ...base, fields: parsedFields, documented: parsedFields.length > 0 }, linkedUnions };
  }
  if (values) {
    return { model: { kind: 'enum', ...base, ...readValuesSection(values, dialect, doc) }, linkedUnions };
  }
  if (supportedTypes) {
    return { model: { kind: 'union', ...base, members: readSupportedTypes(supportedTypes, dialect, doc, context) }, linkedUnions };
  }
  return { model: { kind: 'union', ...base, members: [] }, linkedUnions, membersUndocumented: true };
}

/** Returns the `##` section that contains a `### Fields` heading, if any does. */
function findNestedFields(sections: readonly DocSection[]): DocSection | undefined {
  return sections.find((section) => section.content.some((node) => node.type === 'heading' && node.depth === 3 && toString(node).trim() === 'Fields'));
}

/** Reads the description paragraphs under the title, and a `> :warning: **DEPRECATED**` notice among them. */
function readPreamble(nodes: readonly RootContent[], doc: DocContext): { description?: string; deprecated?: Deprecation } {
  const paragraphs: string[] = [];
  let deprecated: Deprecation | undefined;

  for (const node of nodes) {
    if (node.type === 'blockquote') {
      const notice = readDeprecationQuote(node, doc);
      if (notice) {
        deprecated = notice;
        continue;
      }
    }
    if (node.type === 'html' && /^<!--/.test(node.value)) continue;
    paragraphs.push(doc.sourceOf([node]).trim());
  }

  const description = paragraphs.filter((paragraph) => paragraph !== '').join('\n\n');
  return { ...(description === '' ? {} : { description }), ...(deprecated ? { deprecated } : {}) };
}

function readDeprecationQuote(node: Blockquote, doc: DocContext): Deprecation | undefined {
  const source = doc.sourceOf(node.children);
  const parts = splitDeprecationNotice(source);
  if (!parts.deprecated) return undefined;
  const rest = parts.description.trim();
  return { message: rest === '' ? parts.deprecated.message : `${parts.deprecated.message} ${rest}`.trim() };
}

/** Returns the section's table, reporting a section without one and a second table. */
function findSingleTable(section: DocSection, doc: DocContext): Table | undefined {
  const tables = section.content.filter((node): node is Table => node.type === 'table');
  if (tables.length === 0) {
    doc.report('error', 'missing-table', `the \`## ${section.name}\` section has no table`, doc.positionOf(section.heading));
    return undefined;
  }
  if (tables.length > 1) {
    doc.report('error', 'extra-table', `the \`## ${section.name}\` section has ${tables.length} tables; merge them into one`, doc.positionOf(tables[1]));
  }
  return tables[0];
}

/**
 * Reports a second `#` title and a second Fields, Values or Supported Types section. The reader
 * takes only the first of each, so the content of the second would be lost without a diagnostic.
 */
function reportExtraHeadings(sections: DocSections, modelName: string, doc: DocContext): void {
  for (const heading of sections.extraTitles) {
    const message = `the doc has a second \`#\` heading (\`# ${toString(heading).trim()}\`), but a model doc has one title, \`# ${modelName}\`; move the second model into a doc of its own, or make the heading \`###\``;
    doc.report('error', 'extra-title', message, doc.positionOf(heading));
  }
  const seen = new Set<string>();
  for (const section of sections.sections) {
    if (!MODEL_SECTIONS.has(section.name)) continue;
    if (seen.has(section.name)) {
      doc.report('error', 'duplicate-section', `the doc has a second \`## ${section.name}\` section; merge it into the first one`, doc.positionOf(section.heading));
    }
    seen.add(section.name);
  }
}
