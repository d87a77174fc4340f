import { describe, expect, it } from 'vitest';
import type { TypeExpression } from '../../generator/model/types.js';
import { csharpDialect, typeOfFactoryName } from '../../generator/parse/dialects/csharp.js';
import { arrayOf, boolean, mapOf, primitive, readCorpusModel, readTypeCell, reference, string, unknown } from './corpus.js';

const FOLDER = 'clerk-csharp/2026-06-11';
const OWNER = 'Models/Components/Owner.md';

describe('C# type grammar', () => {
  const cases: { given: string; want: TypeExpression }[] = [
    { given: '*string*', want: string },
    { given: '*bool*', want: boolean },
    { given: '*long*', want: primitive('integer', 'int64') },
    { given: '*int*', want: primitive('integer', 'int32') },
    { given: '*double*', want: primitive('number', 'double') },
    { given: '*float*', want: primitive('number', 'float') },
    { given: '*object*', want: unknown },
    { given: '*byte[]*', want: primitive('binary') },
    { given: '*HttpRequestMessage*', want: { kind: 'unknown', sdkType: 'HttpRequestMessage' } },
    { given: '[DateTime](https://learn.microsoft.com/en-us/dotnet/api/system.datetime?view=net-5.0)', want: primitive('date-time') },
    { given: '[LocalDate](https://nodatime.org/3.1.x/api/NodaTime.LocalDate.html)', want: primitive('date') },
    { given: '[HTTPMetadata](../../Models/Components/HTTPMetadata.md)', want: reference('HTTPMetadata', 'Models/Components/HTTPMetadata.md') },
    { given: '[Models.Errors.Meta](../../Models/Errors/Meta.md)', want: reference('Meta', 'Models/Errors/Meta.md') },
    { given: 'List<[CreateM2MTokenM2mErrors](../../Models/Errors/CreateM2MTokenM2mErrors.md)>', want: arrayOf(reference('CreateM2MTokenM2mErrors', 'Models/Errors/CreateM2MTokenM2mErrors.md')) },
    { given: 'List<*string*>', want: arrayOf(string) },
    { given: 'List<List<*string*>>', want: arrayOf(arrayOf(string)) },
    { given: 'Dictionary<String, *object*>', want: mapOf(unknown) },
    { given: 'Dictionary<String, List<*string*>>', want: mapOf(arrayOf(string)) },
  ];

  it.each(cases)('reads $given', ({ given, want }) => {
    const parsed = readTypeCell(csharpDialect, given, OWNER);
    expect(parsed.type).toEqual(want);
    expect(parsed.nullable).toBe(false);
  });
});

describe('C# union factory names', () => {
  const cases: { given: string; want: TypeExpression }[] = [
    { given: 'Str', want: string },
    { given: 'Number', want: primitive('number') },
    { given: 'Boolean', want: boolean },
    { given: 'ArrayOfAny', want: arrayOf(unknown) },
    { given: 'MapOfAny', want: mapOf(unknown) },
    { given: 'ArrayOfMapOfAny', want: arrayOf(mapOf(unknown)) },
    { given: 'ArrayOfInt32', want: arrayOf(primitive('integer', 'int32')) },
    { given: 'VerificationOtp', want: reference('VerificationOtp') },
  ];

  it.each(cases)('reads $given', ({ given, want }) => {
    expect(typeOfFactoryName(given)).toEqual(want);
  });
});

describe('C# corpus models', () => {
  it('reads an object', () => {
    const model = readCorpusModel(FOLDER, 'Models/Components/Admin.md', csharpDialect);
    expect(model.kind).toBe('object');
    if (model.kind !== 'object') return;
    const fields = model.fields.map((field) => [field.name, field.type, field.required, field.nullable]);
    expect(fields).toEqual([
      ['Object', reference('VerificationAdminVerificationObject', 'Models/Components/VerificationAdminVerificationObject.md'), false, false],
      ['Status', reference('VerificationAdminVerificationStatus', 'Models/Components/VerificationAdminVerificationStatus.md'), true, false],
      ['Strategy', reference('VerificationStrategy', 'Models/Components/VerificationStrategy.md'), true, false],
      ['Attempts', primitive('integer', 'int64'), true, false],
      ['ExpireAt', primitive('integer', 'int64'), true, false],
      ['VerifiedAtClient', string, false, false],
    ]);
  });

  it('reads an enum', () => {
    const model = readCorpusModel(FOLDER, 'Models/Components/VerificationSamlVerificationStrategy.md', csharpDialect);
    expect(model.kind).toBe('enum');
    if (model.kind !== 'enum') return;
    expect(model.members.map((member) => [member.name, member.value])).toEqual([['Saml', 'saml']]);
  });

  it('reads a union from factory names', () => {
    const model = readCorpusModel(FOLDER, 'Models/Components/PhoneNumberVerification.md', csharpDialect);
    expect(model.kind).toBe('union');
    if (model.kind !== 'union') return;
    expect(model.members.map((member) => [member.label, member.type])).toEqual([
      ['VerificationOtp', reference('VerificationOtp')],
      ['VerificationAdmin', reference('VerificationAdmin')],
    ]);
  });
});
