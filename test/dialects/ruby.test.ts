import { describe, expect, it } from 'vitest';
import type { TypeExpression } from '../../generator/model/types.js';
import { rubyDialect } from '../../generator/parse/dialects/ruby.js';
import { arrayOf, boolean, buildCorpusFolder, mapOf, primitive, readCorpusModel, readTypeCell, reference, string, unknown } from './corpus.js';

const FOLDER = 'stackone-ruby/2026-04-23';
const OWNER = 'models/shared/owner.md';

describe('Ruby type grammar', () => {
  const cases: { given: string; want: TypeExpression; nullable: boolean }[] = [
    { given: '*::String*', want: string, nullable: false },
    { given: '*::Integer*', want: primitive('integer'), nullable: false },
    { given: '*::Float*', want: primitive('number'), nullable: false },
    { given: '*T::Boolean*', want: boolean, nullable: false },
    { given: '*T.nilable(::String)*', want: string, nullable: true },
    { given: '*T.nilable(T::Boolean)*', want: boolean, nullable: true },
    { given: '*T.nilable(::Object)*', want: unknown, nullable: true },
    { given: 'T::Array<*::String*>', want: arrayOf(string), nullable: false },
    { given: 'T::Array<T::Array<*::String*>>', want: arrayOf(arrayOf(string)), nullable: false },
    { given: 'T::Hash[Symbol, *::Object*]', want: mapOf(unknown), nullable: false },
    { given: 'T::Hash[Symbol, T::Array<*::String*>]', want: mapOf(arrayOf(string)), nullable: false },
    { given: 'T::Array<[Models::Shared::RawResponse](../../models/shared/rawresponse.md)>', want: arrayOf(reference('rawresponse', 'models/shared/rawresponse.md')), nullable: false },
    { given: '[Models::Shared::InterviewStage](../../models/shared/interviewstage.md)', want: reference('interviewstage', 'models/shared/interviewstage.md'), nullable: false },
    { given: '[T.nilable(Models::Shared::LmsCreateAssignmentRequestDtoValue)](../../models/shared/lmscreateassignmentrequestdtovalue.md)', want: reference('lmscreateassignmentrequestdtovalue', 'models/shared/lmscreateassignmentrequestdtovalue.md'), nullable: true },
    { given: '[Faraday::Response](https://www.rubydoc.info/gems/faraday/Faraday/Response)', want: { kind: 'unknown', sdkType: 'Faraday::Response' }, nullable: false },
    // Every linked Ruby `Date` in the docs is a date-time field.
    { given: '[Date](https://ruby-doc.org/stdlib-2.6.1/libdoc/date/rdoc/Date.html)', want: primitive('date-time'), nullable: false },
    { given: '*::DateTime*', want: primitive('date-time'), nullable: false },
    // Forms of newer Ruby SDKs, which no corpus folder writes yet.
    { given: '*Crystalline::Nilable.new(::String)*', want: string, nullable: true },
    { given: 'Crystalline::Array.new(*::String*)', want: arrayOf(string), nullable: false },
    { given: 'Crystalline::Hash.new(Symbol, *::Object*)', want: mapOf(unknown), nullable: false },
  ];

  it.each(cases)('reads $given', ({ given, want, nullable }) => {
    const parsed = readTypeCell(rubyDialect, given, OWNER);
    expect(parsed.type).toEqual(want);
    expect(parsed.nullable).toBe(nullable);
  });

  it('records the members a link spells out', () => {
    const given = '[T.nilable(T.any(::String, ::Float, T::Boolean, Models::Shared::LmsCreateAssignmentRequestDto4, T::Array[::Object], ::Integer))](../../models/shared/lmscreateassignmentrequestdtosourcevalue.md)';
    const parsed = readTypeCell(rubyDialect, given, OWNER);
    expect(parsed.type).toEqual(reference('lmscreateassignmentrequestdtosourcevalue', 'models/shared/lmscreateassignmentrequestdtosourcevalue.md'));
    expect(parsed.nullable).toBe(true);
    expect(parsed.linkedUnions).toEqual([
      {
        doc: 'models/shared/lmscreateassignmentrequestdtosourcevalue.md',
        members: [string, primitive('number'), boolean, reference('Models.Shared.LmsCreateAssignmentRequestDto4'), arrayOf(unknown), primitive('integer')],
      },
    ]);
  });
});

describe('Ruby corpus models', () => {
  it('reads an object', () => {
    const model = readCorpusModel(FOLDER, 'models/operations/accountinggetcompanyrequest.md', rubyDialect);
    expect(model.kind).toBe('object');
    if (model.kind !== 'object') return;
    const fields = model.fields.map((field) => [field.name, field.type, field.required, field.nullable]);
    expect(fields).toEqual([
      ['prefer', string, false, true],
      ['fields_', string, false, true],
      ['id', string, true, false],
      ['proxy', mapOf(unknown), false, false],
      ['raw', boolean, false, true],
      ['x_account_id', string, true, false],
    ]);
  });

  it('reads an enum of numeric strings', () => {
    const model = readCorpusModel(FOLDER, 'models/shared/entityskillsschemasvalue.md', rubyDialect);
    expect(model.kind).toBe('enum');
    if (model.kind !== 'enum') return;
    expect(model.valueType).toBe('string');
    expect(model.members.map((member) => [member.name, member.value])).toEqual([
      ['ONE', '1'],
      ['TWO', '2'],
      ['THREE', '3'],
      ['FOUR', '4'],
      ['FIVE', '5'],
      ['UNMAPPED_VALUE', 'unmapped_value'],
    ]);
  });

  it('fills a title-only union from a field link', { timeout: 120_000 }, () => {
    const { result } = buildCorpusFolder(FOLDER);
    const union = result.document.models.find((model) => model.source.file === 'models/shared/customfieldoptionvalue.md');
    expect(union?.kind).toBe('union');
    if (union?.kind !== 'union') return;
    expect(union.members.map((member) => member.type)).toEqual([
      string,
      primitive('number'),
      boolean,
      reference('CustomFieldOption4', 'models/shared/customfieldoption4.md'),
      arrayOf(unknown),
    ]);
  });
});
