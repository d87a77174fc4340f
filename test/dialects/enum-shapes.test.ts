import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import type { Dialect } from '../../generator/parse/dialect.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { typescriptDialect } from '../../generator/parse/dialects/typescript.js';
import { readDoc } from '../../generator/parse/read-doc.js';

// Newer SDKs write these enum shapes, but the corpus folders do not, so the docs here are written by hand.
function readEnum(text: string, dialect: Dialect) {
  const diagnostics = new DiagnosticBag();
  const reading = readDoc('models/sort.md', text, dialect, diagnostics);
  return { reading, diagnostics };
}

describe('enum shapes', () => {
  it('reads a TypeScript code block as an open enum', () => {
    const { reading, diagnostics } = readEnum('# SortDirection\n\n## Values\n\n```typescript\n"asc" | "desc" | Unrecognized<string>\n```\n', typescriptDialect);
    expect(diagnostics.items).toEqual([]);
    expect(reading).toMatchObject({ model: { kind: 'enum', valueType: 'string', open: true } });
    if (!('model' in reading) || reading.model.kind !== 'enum') return;
    expect(reading.model.members.map((member) => [member.name, member.value])).toEqual([
      ['asc', 'asc'],
      ['desc', 'desc'],
    ]);
  });

  it('reads a code block of numbers as an integer enum', () => {
    const { reading } = readEnum('# Level\n\n## Values\n\n```typescript\n1 | 2 | 3\n```\n', typescriptDialect);
    expect(reading).toMatchObject({ model: { kind: 'enum', valueType: 'integer', open: false } });
    if (!('model' in reading) || reading.model.kind !== 'enum') return;
    expect(reading.model.members.map((member) => member.value)).toEqual([1, 2, 3]);
  });

  it('reports an unreadable code block with its line', () => {
    const { diagnostics } = readEnum('# Level\n\n## Values\n\n```typescript\n"a" | b\n```\n', typescriptDialect);
    expect(diagnostics.items.map((item) => [item.code, item.source?.line, item.source?.column])).toEqual([['invalid-enum-code', 6, 7]]);
  });

  it('reads a bullet list of values', () => {
    const { reading } = readEnum('# SortDirection\n\n## Values\n\n- `asc`\n- `desc`\n', phpDialect);
    expect(reading).toMatchObject({ model: { kind: 'enum', valueType: 'string', open: false } });
    if (!('model' in reading) || reading.model.kind !== 'enum') return;
    expect(reading.model.members.map((member) => member.value)).toEqual(['asc', 'desc']);
  });

  it('reads whole-number table values as integers', () => {
    const { reading } = readEnum('# Level\n\n## Values\n\n| Name | Value |\n| --- | --- |\n| `One` | 1 |\n| `Two` | 2 |\n', phpDialect);
    expect(reading).toMatchObject({ model: { kind: 'enum', valueType: 'integer' } });
    if (!('model' in reading) || reading.model.kind !== 'enum') return;
    expect(reading.model.members.map((member) => member.value)).toEqual([1, 2]);
  });

  it('skips a guide with other sections', () => {
    const { reading } = readEnum('# RetryConfig\n\n## Fields\n\n| Name | Type |\n| --- | --- |\n| `strategy` | `*str*` |\n\n## BackoffStrategy\n\n### Fields\n\n| Name | Type |\n| --- | --- |\n| `exponent` | `*float*` |\n', phpDialect);
    expect(reading).toEqual({ skipped: 'it has a `### Fields` heading under `## BackoffStrategy`, as SDK guides do' });
  });
});
