import { describe, expect, it } from 'vitest';
import type { TypeExpression } from '../../generator/model/types.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { arrayOf, boolean, mapOf, primitive, readCorpusModel, readTypeCell, reference, string, unknown } from './corpus.js';

const FOLDER = 'dub-php/2026-07-04';
const OWNER = 'Models/Components/Owner.md';

describe('PHP type grammar', () => {
  const cases: { given: string; want: TypeExpression; nullable: boolean }[] = [
    { given: '*string*', want: string, nullable: false },
    { given: '*?string*', want: string, nullable: true },
    { given: '*?bool*', want: boolean, nullable: true },
    { given: '*?float*', want: primitive('number'), nullable: true },
    { given: '*int*', want: primitive('integer'), nullable: false },
    { given: 'array<string, *mixed*>', want: mapOf(unknown), nullable: false },
    { given: 'array<*string*>', want: arrayOf(string), nullable: false },
    { given: '[\\DateTime](https://www.php.net/manual/en/class.datetime.php)', want: primitive('date-time'), nullable: false },
    { given: '[?Components\\LinkSchema](../../Models/Components/LinkSchema.md)', want: reference('LinkSchema', 'Models/Components/LinkSchema.md'), nullable: true },
    { given: '[string\\|float\\|bool\\|Components\\TimeOffSourceValue4\\|array\\|null](../../Models/Components/TimeOffSourceValue.md)', want: reference('TimeOffSourceValue', 'Models/Components/TimeOffSourceValue.md'), nullable: true },
  ];

  it.each(cases)('reads $given', ({ given, want, nullable }) => {
    const parsed = readTypeCell(phpDialect, given, OWNER);
    expect(parsed.type).toEqual(want);
    expect(parsed.nullable).toBe(nullable);
  });
});

describe('PHP corpus models', () => {
  it('reads an enum', () => {
    const model = readCorpusModel(FOLDER, 'Models/Errors/UnprocessableEntityCode.md', phpDialect);
    expect(model).toMatchObject({ kind: 'enum', valueType: 'string', open: false });
    if (model.kind !== 'enum') return;
    expect(model.members.map((member) => [member.name, member.value])).toEqual([['UnprocessableEntity', 'unprocessable_entity']]);
  });

  it('reads an object', () => {
    const model = readCorpusModel(FOLDER, 'Models/Components/Eight.md', phpDialect);
    expect(model.kind).toBe('object');
    if (model.kind !== 'object') return;
    expect(model.fields.map((field) => [field.name, field.required, field.nullable])).toEqual([
      ['key', true, false],
      ['label', true, false],
      ['required', true, false],
      ['locked', true, false],
      ['position', true, false],
      ['type', true, false],
    ]);
  });

  it('reads a union', () => {
    const model = readCorpusModel(FOLDER, 'Models/Operations/UpdateLinkTagIds.md', phpDialect);
    expect(model.kind).toBe('union');
    if (model.kind !== 'union') return;
    // The `array` heading gives only "list or map", and the `@var array<string>` of its code block picks one.
    expect(model.members.map((member) => [member.label, member.type])).toEqual([
      ['string', string],
      ['array', arrayOf(string)],
    ]);
  });
});
