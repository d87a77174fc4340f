import { describe, expect, it } from 'vitest';
import type { TypeExpression } from '../../generator/model/types.js';
import { typescriptDialect } from '../../generator/parse/dialects/typescript.js';
import { arrayOf, boolean, mapOf, primitive, readCorpusModel, readTypeCell, reference, string, unknown } from './corpus.js';

const FOLDER = 'stackone-typescript/2026-02-24';
const OWNER = 'sdk/models/shared/owner.md';

describe('TypeScript type grammar', () => {
  const cases: { given: string; want: TypeExpression }[] = [
    { given: '*string*', want: string },
    { given: '*number*', want: primitive('number') },
    { given: '*boolean*', want: boolean },
    { given: '*any*', want: unknown },
    { given: '*string*[]', want: arrayOf(string) },
    { given: '*string*[][]', want: arrayOf(arrayOf(string)) },
    { given: 'Record<string, *any*>', want: mapOf(unknown) },
    { given: 'Record<string, *string*[]>', want: mapOf(arrayOf(string)) },
    { given: '[shared.InterviewStage](../../../sdk/models/shared/interviewstage.md)', want: reference('interviewstage', 'sdk/models/shared/interviewstage.md') },
    { given: '[shared.RawResponse](../../../sdk/models/shared/rawresponse.md)[]', want: arrayOf(reference('rawresponse', 'sdk/models/shared/rawresponse.md')) },
    { given: '[operations.ExcludeT](../../../sdk/models/operations/excludet.md)[]', want: arrayOf(reference('excludet', 'sdk/models/operations/excludet.md')) },
    { given: '*shared.LmsCreateAssignmentRequestDtoSourceValue*', want: reference('shared.LmsCreateAssignmentRequestDtoSourceValue') },
    { given: '[Date](https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Date)', want: primitive('date-time') },
    { given: '*Uint8Array*', want: primitive('binary') },
    { given: '`{ [k: string]: any }[]`', want: arrayOf(mapOf(unknown)) },
    { given: '*"simple"*', want: { kind: 'literal', value: 'simple' } },
    { given: '*"asc"* \\| *"desc"*', want: { kind: 'union', members: [{ kind: 'literal', value: 'asc' }, { kind: 'literal', value: 'desc' }] } },
  ];

  it.each(cases)('reads $given', ({ given, want }) => {
    const parsed = readTypeCell(typescriptDialect, given, OWNER);
    expect(parsed.type).toEqual(want);
    expect(parsed.nullable).toBe(false);
  });

  it('reads a null member as nullable', () => {
    const parsed = readTypeCell(typescriptDialect, '*string* \\| *null*', OWNER);
    expect(parsed.type).toEqual(string);
    expect(parsed.nullable).toBe(true);
  });
});

describe('TypeScript enum code block', () => {
  const readEnumCode = typescriptDialect.readEnumCode!;

  it('reads an open string enum', () => {
    const reading = readEnumCode('"asc" | "desc" | Unrecognized<string>', { line: 1, column: 1 });
    expect(reading.values).toEqual(['asc', 'desc']);
    expect(reading.open).toBe(true);
    expect(reading.valueType).toBe('string');
  });

  it('reads a closed integer enum', () => {
    const reading = readEnumCode('1 | 2 | -3', { line: 1, column: 1 });
    expect(reading.values).toEqual([1, 2, -3]);
    expect(reading.open).toBe(false);
  });
});

describe('TypeScript corpus models', () => {
  it('reads an object', () => {
    const model = readCorpusModel(FOLDER, 'sdk/models/shared/accountaddress.md', typescriptDialect);
    expect(model.kind).toBe('object');
    if (model.kind !== 'object') return;
    const fields = model.fields.map((field) => [field.name, field.type, field.required, field.nullable]);
    expect(fields).toEqual([
      ['city', string, false, false],
      ['country', reference('country', 'sdk/models/shared/country.md'), false, false],
      ['locationType', reference('locationtype', 'sdk/models/shared/locationtype.md'), false, false],
      ['state', string, false, false],
      ['street1', string, false, false],
      ['street2', string, false, false],
      ['zipCode', string, false, false],
    ]);
  });

  it('reads an open enum', () => {
    const model = readCorpusModel(FOLDER, 'sdk/models/shared/taskschemasvalue.md', typescriptDialect);
    expect(model.kind).toBe('enum');
    if (model.kind !== 'enum') return;
    expect(model.open).toBe(true);
    expect(model.valueType).toBe('string');
    expect(model.members.map((member) => [member.name, member.value])).toEqual([
      ['Action', 'action'],
      ['Review', 'review'],
      ['Acknowledgment', 'acknowledgment'],
      ['Edit', 'edit'],
      ['Approve', 'approve'],
      ['UnmappedValue', 'unmapped_value'],
    ]);
  });

  it('keeps numeric values of a string enum as strings', () => {
    const model = readCorpusModel(FOLDER, 'sdk/models/shared/entityskillsschemasminimumproficiencyvalue.md', typescriptDialect);
    expect(model.kind).toBe('enum');
    if (model.kind !== 'enum') return;
    expect(model.valueType).toBe('string');
    expect(model.members[0]).toMatchObject({ name: 'One', value: '1' });
  });

  it('reads a union', () => {
    const model = readCorpusModel(FOLDER, 'sdk/models/shared/hascontent.md', typescriptDialect);
    expect(model.kind).toBe('union');
    if (model.kind !== 'union') return;
    expect(model.members.map((member) => [member.label, member.type])).toEqual([
      ['boolean', boolean],
      ['shared.FilesSchemas2', reference('shared.FilesSchemas2')],
    ]);
  });
});
