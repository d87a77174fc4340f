import type { Code, List, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { EnumMember, EnumModel } from '../model/types.js';
import type { Dialect } from './dialect.js';
import type { DocContext } from './doc-context.js';
import type { DocSection } from './doc-sections.js';
import { TypeSyntaxError } from './type-expression/token-stream.js';
import { readValuesTable } from './values-table.js';

/** The parts of an enum model that a `## Values` section holds. */
export type EnumValues = Pick<EnumModel, 'valueType' | 'members' | 'open'>;

/**
 * Reads a `## Values` section, written as a Name | Value table, as a code block of literals
 * (`"asc" | "desc"`, read by the dialect) or as a bullet list of values. The value type is
 * `integer` only when every value is a whole number and nothing marks the enum as a string enum.
 */
export function readValuesSection(section: DocSection, dialect: Dialect, doc: DocContext): EnumValues {
  const errorsBefore = doc.errorCount;
  const values = readValues(section, dialect, doc);
  // An open enum may list no values of its own, but a closed one without values accepts nothing.
  // A section whose values could not be read already has its own error.
  if (values.members.length === 0 && !values.open && doc.errorCount === errorsBefore) {
    doc.report('error', 'empty-enum', `the \`## ${section.name}\` section lists no values; add a row per value`, doc.positionOf(section.heading));
  }
  return values;
}

function readValues(section: DocSection, dialect: Dialect, doc: DocContext): EnumValues {
  const table = section.content.find((node): node is Table => node.type === 'table');
  const open = section.content.some((node) => node.type === 'paragraph' && toString(node).startsWith('This is an open enum.'));
  if (table) {
    reportExtraTables(section, doc);
    const reading = readValuesTable(table, doc);
    let declared: 'string' | 'integer' | undefined;
    if (reading.openValueType === 'string') declared = 'string';
    else if (reading.openValueType !== undefined) declared = 'integer';
    return withValueType(reading.members, open || reading.openValueType !== undefined, declared, doc);
  }

  const code = section.content.find((node): node is Code => node.type === 'code');
  if (code && dialect.readEnumCode) return readEnumCode(code, dialect, doc);

  const list = section.content.find((node): node is List => node.type === 'list');
  if (list) return withValueType(readValuesList(list, doc), open, undefined, doc);

  doc.report('error', 'missing-table', `the \`## ${section.name}\` section has no table, code block or list of values`, doc.positionOf(section.heading));
  return { valueType: 'string', members: [], open };
}

function readEnumCode(code: Code, dialect: Dialect, doc: DocContext): EnumValues {
  const source = doc.positionOf(code);
  try {
    // A fenced block's content starts on the line after its opening fence.
    const reading = dialect.readEnumCode!(code.value, { line: source.line + 1, column: source.column });
    const members: EnumMember[] = reading.values.map((value) => ({ name: String(value), value, source }));
    return withValueType(members, reading.open, reading.valueType, doc);
  } catch (error) {
    if (!(error instanceof TypeSyntaxError)) throw error;
    doc.report('error', 'invalid-enum-code', `cannot read the enum values in the code block: ${error.message}`, doc.at(error.token.line, error.token.column));
    return { valueType: 'string', members: [], open: false };
  }
}

/** Reads a bullet list whose items are values, each in backticks or plain. */
function readValuesList(list: List, doc: DocContext): EnumMember[] {
  const members: EnumMember[] = [];
  for (const item of list.children) {
    const text = toString(item).trim();
    if (text === '') {
      doc.report('error', 'empty-enum-row', 'the item of the Values list is empty; write the value, or remove the item', doc.positionOf(item));
      continue;
    }
    members.push({ name: text, value: text, source: doc.positionOf(item) });
  }
  return members;
}

/**
 * Sets the value type and turns member values into numbers for an integer enum. The enum is
 * integer-backed only when every value is a canonical decimal integer (`0`, `7`, `-12`, with no
 * leading zero and no `+`) within the safe integer range (magnitude at most 2^53 - 1). A doc that
 * declares string values (`Unrecognized<string>`) keeps a string enum too. Otherwise every value
 * stays a string, and an enum whose values all look like integers gets a diagnostic that names the
 * value that keeps it a string enum. Members whose values are equal once converted are reported.
 */
function withValueType(members: EnumMember[], open: boolean, declared: 'string' | 'integer' | undefined, doc: DocContext): EnumValues {
  const allIntegers = members.length > 0 && members.every((member) => isIntegerValue(member.value));
  const valueType = declared !== 'string' && allIntegers ? 'integer' : 'string';
  if (declared !== 'string' && !allIntegers) reportDigitStrings(members, doc);
  for (const member of members) {
    member.value = valueType === 'integer' ? Number(member.value) : String(member.value);
  }
  reportDuplicateValues(members, doc);
  return { valueType, members, open };
}

const CANONICAL_INTEGER = /^(?:0|-?[1-9]\d*)$/;
const DIGITS = /^[+-]?\d+$/;

/** Checks that a value fits an integer enum: a safe integer, written in canonical decimal form when it is text. */
// NOTE: the TypeScript enum code reader (`1 | 2`) returns numbers, so an unsafe integer there has
// already lost digits when it arrives here, and the string enum keeps the rounded text.
function isIntegerValue(value: string | number): boolean {
  if (typeof value === 'number') return Number.isSafeInteger(value);
  return CANONICAL_INTEGER.test(value) && Number.isSafeInteger(Number(value));
}

/**
 * Explains why an enum whose values are all written as integers stays a string enum. A value past
 * the safe integer range gets a warning, because the wire most likely carries a JSON number that
 * the string enum rejects. A value with a leading zero or a `+` sign gets an info, because such a
 * value is usually text (month `01`) and a string enum keeps it as written.
 */
function reportDigitStrings(members: readonly EnumMember[], doc: DocContext): void {
  if (members.length === 0 || !members.every((member) => typeof member.value === 'number' || DIGITS.test(member.value))) return;
  const unsafe = members.find((member) => !Number.isSafeInteger(Number(member.value)));
  if (unsafe) {
    const message =
      `the value \`${unsafe.value}\` of member \`${unsafe.name}\` is beyond the safe integer range (magnitude at most 2^53 - 1), ` +
      'so the enum is generated as a string enum and accepts only the JSON strings of its values; ' +
      'if the wire carries numbers, remove or correct that value';
    doc.report('warning', 'enum-integer-unsafe', message, unsafe.source);
    return;
  }
  const text = members.find((member) => typeof member.value === 'string' && !CANONICAL_INTEGER.test(member.value));
  if (text) {
    const message =
      `the value \`${text.value}\` of member \`${text.name}\` has a leading zero or sign, ` +
      'so the enum is generated as a string enum that keeps every value as written';
    doc.report('info', 'enum-digit-strings', message, text.source);
  }
}

/** Warns about each member whose value an earlier member already has; the validator accepts the value either way. */
function reportDuplicateValues(members: readonly EnumMember[], doc: DocContext): void {
  const firstByValue = new Map<string | number, EnumMember>();
  for (const member of members) {
    const earlier = firstByValue.get(member.value);
    if (!earlier) {
      firstByValue.set(member.value, member);
      continue;
    }
    const message = `the value \`${member.value}\` is also the value of member \`${earlier.name}\` (line ${earlier.source.line}); remove one of the two`;
    doc.report('warning', 'duplicate-enum-value', message, member.source);
  }
}

function reportExtraTables(section: DocSection, doc: DocContext): void {
  const tables = section.content.filter((node: RootContent): node is Table => node.type === 'table');
  if (tables.length > 1) {
    doc.report('error', 'extra-table', `the \`## ${section.name}\` section has ${tables.length} tables; merge them into one`, doc.positionOf(tables[1]));
  }
}
