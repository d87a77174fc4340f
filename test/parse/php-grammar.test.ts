import type { Table, TableCell } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { TypeExpression } from '../../generator/model/types.js';
import { resolveDocLink } from '../../generator/parse/links.js';
import { parseMarkdown } from '../../generator/parse/markdown.js';
import { parsePhpType } from '../../generator/parse/type-expression/php-grammar.js';
import { TypeSyntaxError } from '../../generator/parse/type-expression/token-stream.js';
import type { ParsedType } from '../../generator/parse/type-expression/parsed-type.js';
import { tokenizeTypeCell } from '../../generator/parse/type-expression/tokens.js';

const PARENT_DOC = 'Models/Components/Parent.md';
const HEADER = '| Field | Type |\n| ----- | ---- |\n';
const ROW_PREFIX = '| `field` | ';

/** Parses the Type cell of a one-row Fields table, as the fields reader does. */
function parseTypeCell(cell: string): ParsedType {
  const tree = parseMarkdown(`${HEADER}${ROW_PREFIX}${cell} |\n`);
  const table = tree.children[0] as Table;
  const typeCell = table.children[1]!.children[1] as TableCell;
  const start = typeCell.position!.start;
  const tokens = tokenizeTypeCell(typeCell.children, { line: start.line, column: start.column });
  return parsePhpType(tokens, { resolveLink: (url) => resolveDocLink(PARENT_DOC, url) });
}

const STRING: TypeExpression = { kind: 'primitive', name: 'string' };
const X_DOC = 'Models/Components/X.md';
const X: TypeExpression = { kind: 'reference', model: 'X', doc: X_DOC };

const CASES: { given: string; want: TypeExpression; nullable: boolean }[] = [
  { given: '*string*', want: STRING, nullable: false },
  { given: '*?string*', want: STRING, nullable: true },
  { given: '*int*', want: { kind: 'primitive', name: 'integer' }, nullable: false },
  { given: '*float*', want: { kind: 'primitive', name: 'number' }, nullable: false },
  { given: '*bool*', want: { kind: 'primitive', name: 'boolean' }, nullable: false },
  { given: '*mixed*', want: { kind: 'unknown' }, nullable: false },
  { given: 'array<*string*>', want: { kind: 'array', items: STRING }, nullable: false },
  { given: 'array<array<*string*>>', want: { kind: 'array', items: { kind: 'array', items: STRING } }, nullable: false },
  { given: 'array<string, *mixed*>', want: { kind: 'map', values: { kind: 'unknown' } }, nullable: false },
  { given: 'array<string, array<*string*>>', want: { kind: 'map', values: { kind: 'array', items: STRING } }, nullable: false },
  { given: 'array<*?string*>', want: { kind: 'array', items: { kind: 'union', members: [STRING, { kind: 'literal', value: null }] } }, nullable: false },
  { given: '[?Components\\X](../../Models/Components/X.md)', want: X, nullable: true },
  { given: '[Components\\X](../../Models/Components/X.md)', want: X, nullable: false },
  { given: 'array<[Components\\X](../../Models/Components/X.md)>', want: { kind: 'array', items: X }, nullable: false },
  { given: 'array<string, [Components\\X](../../Models/Components/X.md)>', want: { kind: 'map', values: X }, nullable: false },
  { given: '[\\DateTime](https://www.php.net/manual/en/class.datetime.php)', want: { kind: 'primitive', name: 'date-time' }, nullable: false },
  { given: '[?\\DateTime](https://www.php.net/manual/en/class.datetime.php)', want: { kind: 'primitive', name: 'date-time' }, nullable: true },
  {
    given: '[\\Psr\\Http\\Message\\ResponseInterface](https://www.php-fig.org/psr/psr-7/#33-psrhttpmessageresponseinterface)',
    want: { kind: 'unknown', sdkType: 'Psr\\Http\\Message\\ResponseInterface' },
    nullable: false,
  },
  { given: '[string\\|float\\|bool\\|Components\\X\\|array\\|null](../../Models/Components/X.md)', want: X, nullable: true },
  { given: '[string\\|Components\\X](../../Models/Components/X.md)', want: X, nullable: false },
  { given: '*string\\|int*', want: { kind: 'union', members: [STRING, { kind: 'primitive', name: 'integer' }] }, nullable: false },
];

describe('PHP type grammar', () => {
  it.each(CASES)('reads $given', ({ given, want, nullable }) => {
    const parsed = parseTypeCell(given);

    expect(parsed.type).toEqual(want);
    expect(parsed.nullable).toBe(nullable);
  });
});

/** Returns the 1-based column in the table row where `needle` starts. */
function columnOf(cell: string, needle: string): number {
  const index = cell.indexOf(needle);
  if (index === -1) throw new Error(`\`${needle}\` is not in \`${cell}\``);
  return ROW_PREFIX.length + index + 1;
}

const ERRORS: { name: string; given: string; message: string; column: (cell: string) => number }[] = [
  {
    name: 'unknown type',
    given: '*strin*',
    message: 'unknown type `strin`; expected a PHP scalar, \\DateTime or a model such as Components\\Name',
    column: (cell) => columnOf(cell, 'strin'),
  },
  {
    name: 'unknown rooted class',
    given: '[\\Foo\\Bar](https://example.com/bar)',
    message: 'unknown type `\\Foo\\Bar`; expected a PHP scalar, \\DateTime or a model such as Components\\Name',
    column: (cell) => columnOf(cell, '\\Foo'),
  },
  {
    name: 'unclosed generic',
    given: 'array<*string*',
    message: 'expected `>` but found the end of the cell',
    column: (cell) => columnOf(cell, 'string') + 'string'.length,
  },
  {
    name: 'unclosed nested generic',
    given: 'array<array<int>',
    message: 'expected `>` but found the end of the cell',
    column: (cell) => columnOf(cell, '>') + 1,
  },
  {
    name: 'bad map key',
    given: 'array<bool, *string*>',
    message: 'expected `string` or `int` as the key type of an array',
    column: (cell) => columnOf(cell, '*string') + 1,
  },
  {
    name: 'text after the type',
    given: '*string* extra',
    message: 'unexpected `extra` after the end of the type',
    column: (cell) => columnOf(cell, 'extra'),
  },
  {
    name: 'missing generic argument',
    given: 'array<>',
    message: 'expected a type but found `>`',
    column: (cell) => columnOf(cell, '>'),
  },
];

describe('PHP type grammar errors', () => {
  it.each(ERRORS)('reports $name', ({ given, message, column }) => {
    let caught: unknown;
    try {
      parseTypeCell(given);
    } catch (error) {
      caught = error;
    }

    expect(caught).toBeInstanceOf(TypeSyntaxError);
    const error = caught as TypeSyntaxError;
    expect(error.message).toBe(message);
    expect(error.token.line).toBe(3);
    expect(error.token.column).toBe(column(given));
  });
});

describe('PHP type grammar without emphasis', () => {
  // Markdown reads `<string>` after `array` as an HTML tag; the type must survive it.
  it.each([
    { given: 'array<string>', want: { kind: 'array', items: STRING } },
    { given: 'array<array<int>>', want: { kind: 'array', items: { kind: 'array', items: { kind: 'primitive', name: 'integer' } } } },
    { given: 'array<string, mixed>', want: { kind: 'map', values: { kind: 'unknown' } } },
    { given: '?string<br/>', want: STRING },
  ] satisfies { given: string; want: TypeExpression }[])('reads $given', ({ given, want }) => {
    expect(parseTypeCell(given).type).toEqual(want);
  });
});
