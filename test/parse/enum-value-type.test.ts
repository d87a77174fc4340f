import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import type { EnumModel } from '../../generator/model/types.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { readDoc } from '../../generator/parse/read-doc.js';

function readEnum(values: string[]): { model: EnumModel; diagnostics: DiagnosticBag } {
  const rows = values.map((value, index) => `| \`M${index}\` | ${value} |`);
  const text = ['# Code', '', '## Values', '', '| Name | Value |', '| ---- | ----- |', ...rows, ''].join('\n');
  const diagnostics = new DiagnosticBag();
  const reading = readDoc('Code.md', text, phpDialect, diagnostics);
  if (!('model' in reading) || reading.model.kind !== 'enum') throw new Error('Code.md was not read as an enum');
  return { model: reading.model, diagnostics };
}

describe('enum value type', () => {
  it('reads 16-digit safe integers as integers', () => {
    const { model, diagnostics } = readEnum(['1', '1000000000000000']);

    expect(model.valueType).toBe('integer');
    expect(model.members.map((member) => member.value)).toEqual([1, 1000000000000000]);
    expect(diagnostics.items).toEqual([]);
  });

  it('reads the largest safe integers as integers', () => {
    const { model } = readEnum(['9007199254740991', '-9007199254740991', '0']);

    expect(model.valueType).toBe('integer');
    expect(model.members.map((member) => member.value)).toEqual([9007199254740991, -9007199254740991, 0]);
  });

  it('keeps values beyond 2^53 as strings with a warning', () => {
    const { model, diagnostics } = readEnum(['1', '9007199254740993']);

    expect(model.valueType).toBe('string');
    expect(model.members.map((member) => member.value)).toEqual(['1', '9007199254740993']);
    expect(diagnostics.items).toHaveLength(1);
    expect(diagnostics.items[0]!.code).toBe('enum-integer-unsafe');
    expect(diagnostics.items[0]!.severity).toBe('warning');
    expect(diagnostics.items[0]!.message).toContain('`9007199254740993` of member `M1`');
    expect(diagnostics.items[0]!.source).toEqual({ file: 'Code.md', line: 8, column: 3 });
  });

  it('keeps leading zeros as strings with an info', () => {
    const { model, diagnostics } = readEnum(['01', '02', '10']);

    expect(model.valueType).toBe('string');
    expect(model.members.map((member) => member.value)).toEqual(['01', '02', '10']);
    expect(diagnostics.items).toHaveLength(1);
    expect(diagnostics.items[0]!.code).toBe('enum-digit-strings');
    expect(diagnostics.items[0]!.severity).toBe('info');
    expect(diagnostics.items[0]!.message).toContain('`01` of member `M0`');
  });

  it('keeps a plus sign as a string', () => {
    const { model, diagnostics } = readEnum(['+1', '2']);

    expect(model.valueType).toBe('string');
    expect(model.members.map((member) => member.value)).toEqual(['+1', '2']);
    expect(diagnostics.items.map((item) => item.code)).toEqual(['enum-digit-strings']);
  });

  it('reports nothing for words mixed with digits', () => {
    const { model, diagnostics } = readEnum(['1', '2', 'unmapped_value']);

    expect(model.valueType).toBe('string');
    expect(diagnostics.items).toEqual([]);
  });
});
