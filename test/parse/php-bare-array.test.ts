import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../generator/export/export-document.js';
import { loadModelDocument } from '../../generator/model/load-model-document.js';
import type { TypeExpression } from '../../generator/model/types.js';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { readDoc } from '../../generator/parse/read-doc.js';
import type { ValidationProblem } from '../../generated/runtime.js';
import { readTypeCell } from '../dialects/corpus.js';
import { generateModule, oneFieldDoc } from '../emit/generate-module.js';

const unknownList: TypeExpression = { kind: 'array', items: { kind: 'unknown' } };
const unknownMap: TypeExpression = { kind: 'map', values: { kind: 'unknown' } };
const listOrMap: TypeExpression = { kind: 'union', members: [unknownList, unknownMap] };

describe('PHP bare array type', () => {
  const cases: { given: string; want: TypeExpression }[] = [
    { given: '*array*', want: listOrMap },
    { given: 'array<*mixed*>', want: unknownList },
    { given: 'array<string, *mixed*>', want: unknownMap },
    { given: 'array<string, array>', want: { kind: 'map', values: listOrMap } },
    { given: 'array<array>', want: { kind: 'array', items: listOrMap } },
    { given: 'array<*string*>', want: { kind: 'array', items: { kind: 'primitive', name: 'string' } } },
    { given: 'list<*string*>', want: { kind: 'array', items: { kind: 'primitive', name: 'string' } } },
    { given: '*string*\\|array', want: { kind: 'union', members: [{ kind: 'primitive', name: 'string' }, unknownList, unknownMap] } },
  ];

  it.each(cases)('reads $given', ({ given, want }) => {
    expect(readTypeCell(phpDialect, given, 'Models/Components/P.md').type).toEqual(want);
  });
});

type Validator = (value: unknown) => ValidationProblem[];
interface BareArrayModule {
  validateP: Validator;
  P: { fromJSON(json: unknown): { d: unknown } };
}

describe('PHP bare array field', () => {
  let work: string;
  let generated: BareArrayModule;

  beforeAll(async () => {
    ({ work, module: generated } = await generateModule<BareArrayModule>('bare-array', { 'P.md': oneFieldDoc('P', 'd', '*array*') }, ['--dialect', 'php']));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is typed as a list or a map', () => {
    const source = readFileSync(join(work, 'out', 'P.ts'), 'utf8');

    expect(source).toContain('  d: unknown[] | Record<string, unknown>;');
  });

  it('accepts a JSON array and a JSON object', () => {
    expect(generated.validateP({ d: [1, 'a'] })).toEqual([]);
    expect(generated.validateP({ d: { a: 1 } })).toEqual([]);
    expect(generated.P.fromJSON({ d: { a: 1 } }).d).toEqual({ a: 1 });
    expect(generated.P.fromJSON({ d: [1] }).d).toEqual([1]);
  });

  it('rejects a string', () => {
    const problems = generated.validateP({ d: 'x' });

    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('$.d');
  });

  it('exports anyOf array and object', () => {
    const { document } = loadModelDocument(join(work, 'docs'), { dialect: 'php' });
    const schema = toJsonSchema(document) as { $defs: Record<string, { properties: Record<string, unknown> }> };

    expect(schema.$defs['P']!.properties['d']).toEqual({ anyOf: [{ type: 'array', items: {} }, { type: 'object', additionalProperties: {} }] });
  });
});

describe('PHP bare array union member', () => {
  /** Builds a union doc whose second member is a bare `array` heading over a code block with `annotation`. */
  function unionDoc(annotation: string): string {
    return ['# U', '', '## Supported Types', '', '### `string`', '', '```php', 'string $value = /* values here */', '```', '', '### `array`', '', '```php', '/**', `* @var ${annotation}`, '*/', 'array $value = /* values here */', '```', ''].join('\n');
  }

  /** Reads a union doc and returns the types of its members. */
  function memberTypes(text: string, diagnostics: DiagnosticBag = new DiagnosticBag()): TypeExpression[] {
    const reading = readDoc('Models/Components/U.md', text, phpDialect, diagnostics);
    if (!('model' in reading) || reading.model.kind !== 'union') throw new Error('U.md was not read as a union');
    return reading.model.members.map((member) => member.type);
  }

  it('takes the type of the @var annotation', () => {
    const diagnostics = new DiagnosticBag();
    const types = memberTypes(unionDoc('array<array<string, mixed>>'), diagnostics);

    expect(diagnostics.items).toEqual([]);
    expect(types).toEqual([
      { kind: 'primitive', name: 'string' },
      { kind: 'array', items: unknownMap },
    ]);
  });

  it('reads a class name written in full', () => {
    const types = memberTypes(unionDoc('array<\\Dub\\Models\\Components\\Pet>'));

    expect(types[1]).toEqual({ kind: 'array', items: { kind: 'reference', model: 'Components\\Pet' } });
  });

  it.each([
    ['a variable name', '* @var array<string> $value'],
    ['one line', '/** @var array<string> */'],
    ['brackets', '* @var string[]'],
  ])('reads an annotation with %s', (_, line) => {
    const text = unionDoc('array<string>').replace('* @var array<string>', line);
    const diagnostics = new DiagnosticBag();
    const types = memberTypes(text, diagnostics);

    expect(diagnostics.items).toEqual([]);
    expect(types[1]).toEqual({ kind: 'array', items: { kind: 'primitive', name: 'string' } });
  });

  it('reads the heading when the annotation is not an array', () => {
    const diagnostics = new DiagnosticBag();
    const types = memberTypes(unionDoc('string'), diagnostics);

    expect(diagnostics.items.map((item) => item.code)).toEqual(['unread-var-annotation']);
    expect(diagnostics.items[0]!.message).toContain('names a type that is not an array');
    expect(types).toEqual([{ kind: 'primitive', name: 'string' }, unknownList, unknownMap]);
  });

  it('reads the heading when the annotation is broken', () => {
    const diagnostics = new DiagnosticBag();
    const types = memberTypes(unionDoc('array<string,'), diagnostics);

    expect(diagnostics.items.map((item) => [item.code, item.severity, item.source?.line, item.source?.column])).toEqual([['unread-var-annotation', 'info', 15, 8]]);
    expect(types).toEqual([{ kind: 'primitive', name: 'string' }, unknownList, unknownMap]);
  });
});
