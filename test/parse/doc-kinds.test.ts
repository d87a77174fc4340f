import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import type { EnumModel, Model, ObjectModel, UnionModel } from '../../generator/model/types.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { readDoc } from '../../generator/parse/read-doc.js';

const SPEC = fileURLToPath(new URL('../../spec/', import.meta.url));
const CORPUS_DOCS = fileURLToPath(new URL('../../../shared/corpus/stackone-php/2025-11-30/docs/', import.meta.url));

function read(file: string, text: string): { model: Model; diagnostics: DiagnosticBag } {
  const diagnostics = new DiagnosticBag();
  const reading = readDoc(file, text, phpDialect, diagnostics);
  if (!('model' in reading)) throw new Error(`${file} was skipped: ${reading.skipped}`);
  return { model: reading.model, diagnostics };
}

function readSpec(file: string): Model {
  return read(file, readFileSync(SPEC + file, 'utf8')).model;
}

function asObject(model: Model): ObjectModel {
  if (model.kind !== 'object') throw new Error(`${model.name} is a ${model.kind} model, not an object model`);
  return model;
}

describe('enum doc', () => {
  const file = 'Models/Components/LmsCreateCompletionRequestDtoValue.md';

  it('reads the Values table into members', () => {
    const model = readSpec(file) as EnumModel;

    expect(model.kind).toBe('enum');
    expect(model.name).toBe('LmsCreateCompletionRequestDtoValue');
    expect(model.valueType).toBe('string');
    expect(model.open).toBe(false);
    expect(model.members.map(({ name, value }) => ({ name, value }))).toEqual([
      { name: 'Pass', value: 'Pass' },
      { name: 'Fail', value: 'Fail' },
    ]);
  });

  it('points each member at its name cell', () => {
    const model = readSpec(file) as EnumModel;

    expect(model.members.map((member) => member.source)).toEqual([
      { file, line: 8, column: 3 },
      { file, line: 9, column: 3 },
    ]);
  });

  it('reads member descriptions and deprecations', () => {
    const text = [
      '# Order',
      '',
      '## Values',
      '',
      '| Name | Value | Description |',
      '| ---- | ----- | ----------- |',
      '| `Asc` | asc | Smallest first<br/>then larger |',
      '| `Old` | old | : warning: ** DEPRECATED **: Use asc.<br/><br/>The old order |',
      '',
    ].join('\n');
    const model = read('Order.md', text).model as EnumModel;

    expect(model.members[0]).toMatchObject({ name: 'Asc', value: 'asc', description: 'Smallest first\nthen larger' });
    expect(model.members[1]).toMatchObject({ name: 'Old', value: 'old', description: 'The old order', deprecated: { message: 'Use asc.' } });
  });
});

describe('union doc', () => {
  it('reads each Supported Types heading as a member', () => {
    const file = 'Models/Components/LmsCreateCompletionRequestDtoSourceValue.md';
    const model = readSpec(file) as UnionModel;

    expect(model.kind).toBe('union');
    // A bare PHP `array` is a list or an associative array, so its heading adds two members.
    expect(model.members.map((member) => member.label)).toEqual(['string', 'float', 'bool', 'Components\\LmsCreateCompletionRequestDtoSourceValue4', 'array', 'array']);
    expect(model.members.map((member) => member.type)).toEqual([
      { kind: 'primitive', name: 'string' },
      { kind: 'primitive', name: 'number' },
      { kind: 'primitive', name: 'boolean' },
      { kind: 'reference', model: 'Components\\LmsCreateCompletionRequestDtoSourceValue4' },
      { kind: 'array', items: { kind: 'unknown' } },
      { kind: 'map', values: { kind: 'unknown' } },
    ]);
    expect(model.members.map((member) => member.source.line)).toEqual([6, 12, 18, 24, 30, 30]);
  });
});

describe('object doc', () => {
  it('reads an empty Fields table as undocumented', () => {
    const model = asObject(readSpec('Models/Components/LmsCreateCompletionRequestDtoSourceValue4.md'));

    expect(model.fields).toEqual([]);
    expect(model.documented).toBe(false);
  });

  it('reads the description under the title', () => {
    const model = readSpec('Models/Components/LmsCreateCompletionRequestDtoResult.md');

    expect(model.description).toBe('The result of the completion');
  });

  it('reads N/A as no description', () => {
    const model = asObject(readSpec('Models/Components/LmsCreateCompletionRequestDtoResult.md'));

    expect(model.fields.map((field) => field.description)).toEqual([undefined, undefined]);
  });

  it('turns <br/> into newlines and \\| into | in cells', () => {
    const text = [
      '# Cells',
      '',
      '## Fields',
      '',
      '| Field | Type | Required | Description | Example |',
      '| ----- | ---- | -------- | ----------- | ------- |',
      '| `mode` | *string* | :heavy_check_mark: | Either a\\|b<br/>or c<br />or d | a\\|b |',
      '',
    ].join('\n');
    const { model, diagnostics } = read('Cells.md', text);
    const field = asObject(model).fields[0]!;

    expect(diagnostics.items).toEqual([]);
    expect(field.description).toBe('Either a|b\nor c\nor d');
    expect(field.example).toBe('a|b');
    expect(field.required).toBe(true);
    expect(field.nullable).toBe(false);
  });
});

describe('deprecated field', () => {
  const file = 'Models/Components/HrisCreateEmployeeRequestDtoEmployment.md';
  const model = asObject(read(file, readFileSync(CORPUS_DOCS + file, 'utf8')).model);

  it('splits the warning from the description', () => {
    const field = model.fields.find((candidate) => candidate.name === 'employmentType');

    expect(field).toBeDefined();
    expect(field!.deprecated).toEqual({ message: 'This will be removed in a future release, please migrate away from it as soon as possible.' });
    expect(field!.description).toBe('The type of employment (e.g., contractor, permanent)');
    expect(field!.example).toBe('permanent');
  });

  it('reads the name inside the strikethrough', () => {
    const names = model.fields.filter((field) => field.deprecated !== undefined).map((field) => field.name);

    expect(names).toEqual(['employmentType', 'employmentContractType', 'effectiveDate']);
  });

  it('leaves other fields undeprecated', () => {
    const field = model.fields.find((candidate) => candidate.name === 'type');

    expect(field?.deprecated).toBeUndefined();
    expect(field?.description).toBe('The type of employment');
  });
});

describe('deprecated model', () => {
  it('reads the title without strikethrough and the quoted notice', () => {
    const file = 'Models/Components/HrisCreateEmployeeRequestDtoEmploymentType.md';
    const model = read(file, readFileSync(CORPUS_DOCS + file, 'utf8')).model;

    expect(model.name).toBe('HrisCreateEmployeeRequestDtoEmploymentType');
    expect(model.description).toBe('The employee employment type');
    expect(model.deprecated).toEqual({ message: 'This will be removed in a future release, please migrate away from it as soon as possible.' });
  });
});

describe('line endings and byte-order mark', () => {
  const file = 'Models/Components/LmsCreateCompletionRequestDto.md';
  const text = readFileSync(SPEC + file, 'utf8');
  const plain = read(file, text).model;

  it('reads CRLF line endings the same', () => {
    expect(read(file, text.replaceAll('\n', '\r\n')).model).toEqual(plain);
  });

  it('reads a doc with a byte-order mark the same', () => {
    expect(read(file, '\ufeff' + text).model).toEqual(plain);
  });
});

describe('doc errors', () => {
  const header = '| Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n';

  function errorsOf(text: string): { code: string; message: string; line?: number; column?: number }[] {
    const diagnostics = new DiagnosticBag();
    readDoc('Models/Components/M.md', text, phpDialect, diagnostics);
    return diagnostics.items.map(({ code, message, source }) => ({ code, message, line: source?.line, column: source?.column }));
  }

  it.each([
    {
      name: 'missing title',
      text: `## Fields\n\n${header}| \`a\` | *string* | :heavy_check_mark: | x |\n`,
      want: { code: 'missing-title', message: 'the doc has no `# Name` heading before its first section; add one with the model name', line: 1, column: 1 },
    },
    {
      name: 'two kinds of section',
      text: `# M\n\n## Fields\n\n${header}| \`a\` | *string* | :heavy_check_mark: | x |\n\n## Values\n\n| Name | Value |\n| - | - |\n| \`A\` | a |\n`,
      want: { code: 'mixed-sections', message: 'the doc has both `## Fields` and `## Values`; a model doc has exactly one of Fields, Values or Supported Types', line: 9, column: 1 },
    },
    {
      name: 'section without table',
      text: '# M\n\n## Fields\n\nNothing here.\n',
      want: { code: 'missing-table', message: 'the `## Fields` section has no table', line: 3, column: 1 },
    },
    {
      name: 'unreadable Required cell',
      text: `# M\n\n## Fields\n\n${header}| \`a\` | *string* | maybe | x |\n`,
      want: { code: 'invalid-required', message: 'cannot read the Required cell of field `a`: found `maybe`, expected :heavy_check_mark: or :heavy_minus_sign:', line: 7, column: 18 },
    },
    {
      name: 'empty Type cell',
      text: `# M\n\n## Fields\n\n${header}| \`a\` |  | :heavy_check_mark: | x |\n`,
      want: { code: 'invalid-type', message: 'cannot read the type of field `a`: the Type cell is empty', line: 7, column: 7 },
    },
    {
      name: 'repeated field name',
      text: `# M\n\n## Fields\n\n${header}| \`a\` | *string* | :heavy_check_mark: | x |\n| \`a\` | *int* | :heavy_check_mark: | y |\n`,
      want: { code: 'duplicate-field', message: 'the field `a` is listed twice in the Fields table, first on line 7; remove or rename one', line: 8, column: 3 },
    },
  ])('reports $name', ({ text, want }) => {
    expect(errorsOf(text)).toEqual([want]);
  });

  it('skips a doc without model sections', () => {
    const diagnostics = new DiagnosticBag();

    expect(readDoc('Guide.md', '# Blob\n\nA guide to a class of the SDK.\n', phpDialect, diagnostics)).toEqual({ skipped: 'it has no Fields, Values or Supported Types section' });
    expect(diagnostics.items).toEqual([]);
  });
});
