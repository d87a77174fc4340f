import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Field } from '../model/types.js';
import { codePointLabel, escapeBidiControls, indexOfBidiControl } from '../text/bidi-controls.js';
import { cellSourceToText, replaceLineBreakTags } from './cell-text.js';
import { splitDeprecationNotice } from './deprecation.js';
import type { Dialect } from './dialect.js';
import type { DocContext } from './doc-context.js';
import { checkTypeNesting } from './type-expression/nesting-depth.js';
import type { TypeCellContext } from './type-expression/parsed-type.js';
import { TypeSyntaxError } from './type-expression/token-stream.js';
import { tokenizeTypeCell } from './type-expression/tokens.js';

type Column = 'field' | 'type' | 'required' | 'description' | 'example';

const COLUMN_NAMES: Record<string, Column> = {
  field: 'field',
  name: 'field',
  parameter: 'field',
  type: 'type',
  required: 'required',
  description: 'description',
  example: 'example',
  examples: 'example',
};

/** The context of a Fields table's Type cells, which may give each field's cell a context of its own. */
export interface FieldsTableContext extends TypeCellContext {
  /** Returns the context for the Type cell of one field, so that what the cell records names the field. */
  forField?(name: string, source: Field['source']): TypeCellContext;
}

/**
 * Reads the rows of a `## Fields` table into fields. Rows with errors and repeated names are reported and left out.
 * `context` resolves the links of Type cells against the doc.
 */
export function readFieldsTable(table: Table, dialect: Dialect, doc: DocContext, context: FieldsTableContext): Field[] {
  const [header, ...rows] = table.children;
  if (!header) return [];

  const columns = mapColumns(header.children, doc);
  if (columns.field === undefined || columns.type === undefined) {
    doc.report('error', 'fields-table-header', 'the Fields table needs a Field and a Type column; found ' + describeHeader(header.children), doc.positionOf(header));
    return [];
  }

  const fields: Field[] = [];
  const byName = new Map<string, Field>();
  for (const row of rows) {
    reportExtraCells(row, header.children.length, doc);
    const field = readFieldRow(row.children, columns as ColumnIndexes, { dialect, doc, context }, doc.positionOf(row));
    if (!field) continue;

    // Two fields with one name would become two properties of one JSON key. Names are compared in
    // Unicode NFC, so a composed `é` (U+00E9) and `e` with a combining accent (U+0065 U+0301),
    // which look the same, count as one name.
    const normalized = field.name.normalize('NFC');
    const first = byName.get(normalized);
    if (first) {
      const lookAlike = first.name === field.name ? '' : ' (the two spellings differ only in Unicode normalization, composed and decomposed characters)';
      doc.report('error', 'duplicate-field', `the field \`${field.name}\` is listed twice in the Fields table${lookAlike}, first on line ${first.source.line}; remove or rename one`, field.source);
      continue;
    }
    byName.set(normalized, field);
    fields.push(field);
  }
  return fields;
}

/** Reports cells beyond the header's columns, which the table's readers ignore. */
export function reportExtraCells(row: TableRow, columnCount: number, doc: DocContext): void {
  const extra = row.children[columnCount];
  if (!extra) return;
  doc.report('warning', 'extra-cells', `the row has ${row.children.length} cells but the header has ${columnCount} columns; the extra cells are ignored`, doc.positionOf(extra));
}

type ColumnIndexes = Partial<Record<Column, number>> & { field: number; type: number };

function mapColumns(cells: readonly TableCell[], doc: DocContext): Partial<Record<Column, number>> {
  const columns: Partial<Record<Column, number>> = {};
  cells.forEach((cell, index) => {
    const column = COLUMN_NAMES[toString(cell).trim().toLowerCase()];
    if (column === undefined) {
      doc.report('warning', 'unknown-column', `unknown column \`${toString(cell).trim()}\` in the Fields table is ignored; expected Field, Type, Required, Description or Example`, doc.positionOf(cell));
      return;
    }
    columns[column] ??= index;
  });
  return columns;
}

function describeHeader(cells: readonly TableCell[]): string {
  return cells.length === 0 ? 'no columns' : cells.map((cell) => `\`${toString(cell).trim()}\``).join(', ');
}

interface RowReader {
  dialect: Dialect;
  doc: DocContext;
  context: FieldsTableContext;
}

function readFieldRow(cells: readonly TableCell[], columns: ColumnIndexes, { dialect, doc, context }: RowReader, rowPosition: Field['source']): Field | undefined {
  const nameCell = cells[columns.field];
  const typeCell = cells[columns.type];
  if (!nameCell || !typeCell) {
    doc.report('error', 'missing-cell', `the row has ${cells.length} cells but the Field and Type columns need ${Math.max(columns.field, columns.type) + 1}`, rowPosition);
    return undefined;
  }

  const name = readFieldName(nameCell.children);
  const source = doc.positionOf(nameCell.children[0] ?? nameCell);
  if (name.text === '') {
    doc.report('error', 'missing-field-name', 'the Field cell is empty; write the field name in backticks', source);
    return undefined;
  }
  if (!name.quoted && /^`+$/.test(name.text)) {
    doc.report('error', 'missing-field-name', 'the Field cell holds only backticks; write the field name between them', source);
    return undefined;
  }
  reportBidiControl(name.text, nameCell, doc);
  if (!name.quoted) {
    doc.report('warning', 'unquoted-field-name', `the field name is not in backticks, so it is read as \`${name.text}\`; write it as \`name\`, and check for an unclosed backtick`, source);
  }

  const typeSource = doc.positionOf(typeCell);
  let parsed;
  try {
    const tokens = tokenizeTypeCell(typeCell.children, typeSource);
    checkTypeNesting(tokens);
    parsed = dialect.parseType(tokens, context.forField?.(name.text, source) ?? context);
  } catch (error) {
    if (!(error instanceof TypeSyntaxError)) throw error;
    doc.report('error', error.diagnostic.code, `cannot read the type of field \`${name.text}\`: ${error.message}`, doc.at(error.token.line, error.token.column));
    return undefined;
  }

  // Without a Required column, a type that marks the field optional (`Optional[str]`) decides.
  if (columns.required !== undefined && cells[columns.required] === undefined) {
    doc.report('error', 'missing-cell', `the row of field \`${name.text}\` has no Required cell; write :heavy_check_mark: or :heavy_minus_sign:`, rowPosition);
    return undefined;
  }
  const required = columns.required === undefined && parsed.optional !== undefined ? !parsed.optional : readRequired(columns.required === undefined ? undefined : cells[columns.required], name.text, doc);
  const descriptionParts = splitDeprecationNotice(columns.description === undefined ? '' : doc.sourceOf(cells[columns.description]?.children ?? []));
  const description = cellSourceToText(descriptionParts.description);
  const example = columns.example === undefined ? '' : readExample(cells[columns.example], doc);
  const deprecated = name.struckThrough ? descriptionParts.deprecated ?? { message: '' } : descriptionParts.deprecated;
  const nullable = parsed.nullable || (!required && dialect.optionalImpliesNullable);

  const field: Field = {
    name: name.text,
    wireName: name.text,
    wireNameSource: 'mapping',
    type: parsed.type,
    required,
    nullable,
    source,
  };
  if (deprecated) field.deprecated = deprecated;
  if (description !== '' && description !== 'N/A') field.description = description;
  if (example !== '') field.example = example;
  return field;
}

/** Reports a field name that contains a bidirectional formatting character, at that character. */
function reportBidiControl(name: string, nameCell: TableCell, doc: DocContext): void {
  if (indexOfBidiControl(name) === -1) return;
  const cellSource = doc.sourceOf(nameCell.children);
  const start = doc.positionOf(nameCell.children[0] ?? nameCell);
  const index = indexOfBidiControl(cellSource);
  // A table cell is one line, so the character's column is the cell's start column plus its index.
  const source = index === -1 ? start : doc.at(start.line, start.column + index);
  const character = codePointLabel(cellSource[index] ?? name[indexOfBidiControl(name)]!);
  const message = `the field name \`${escapeBidiControls(name)}\` contains the invisible bidirectional formatting character ${character}, which reorders the text around it on screen; remove it unless the JSON key really contains it`;
  doc.report('warning', 'invisible-character', message, source);
}

/** Reads the field name from backticks, noting a `~~strikethrough~~` that marks a deprecated field. */
function readFieldName(nodes: readonly PhrasingContent[]): { text: string; struckThrough: boolean; quoted: boolean } {
  let struckThrough = false;
  let code: string | undefined;

  const visit = (node: PhrasingContent, insideDelete: boolean): void => {
    if (node.type === 'delete') {
      struckThrough = true;
      for (const child of node.children) visit(child, true);
      return;
    }
    if (node.type === 'inlineCode' && code === undefined) {
      code = node.value;
      struckThrough ||= insideDelete;
      return;
    }
    if ('children' in node) for (const child of node.children as PhrasingContent[]) visit(child, insideDelete);
  };
  for (const node of nodes) visit(node, false);

  const text = (code ?? nodes.map((node) => toString(node)).join('')).trim();
  return { text, struckThrough, quoted: code !== undefined };
}

function readRequired(cell: TableCell | undefined, fieldName: string, doc: DocContext): boolean {
  if (!cell) return false;
  const text = toString(cell).trim().toLowerCase();
  if (text.includes('heavy_check_mark') || text === 'true' || text === 'yes' || text === '✔️' || text === '✓') return true;
  if (text.includes('heavy_minus_sign') || text === 'false' || text === 'no' || text === '' || text === '➖') return false;
  doc.report('error', 'invalid-required', `cannot read the Required cell of field \`${fieldName}\`: found \`${toString(cell).trim()}\`, expected :heavy_check_mark: or :heavy_minus_sign:`, doc.positionOf(cell));
  return false;
}

function readExample(cell: TableCell | undefined, doc: DocContext): string {
  if (!cell || cell.children.length === 0) return '';
  return replaceLineBreakTags(doc.sourceOf(cell.children)).replaceAll('\\|', '|').trim();
}
