import { describe, expect, it } from 'vitest';
import type { TypeExpression } from '../../generator/model/types.js';
import { javaDialect } from '../../generator/parse/dialects/java.js';
import { arrayOf, boolean, buildCorpusFolder, mapOf, primitive, readCorpusModel, readTypeCell, reference, string, unknown } from './corpus.js';

const FOLDER = 'stackone-java/2026-02-09';
const OWNER = 'models/components/owner.md';

describe('Java type grammar', () => {
  const cases: { given: string; want: TypeExpression; nullable: boolean; optional?: boolean }[] = [
    { given: '*String*', want: string, nullable: false },
    { given: '*JsonNullable\\<String>*', want: string, nullable: true },
    { given: '*JsonNullable\\<Boolean>*', want: boolean, nullable: true },
    { given: '*JsonNullable\\<Double>*', want: primitive('number', 'double'), nullable: true },
    { given: '*Optional\\<String>*', want: string, nullable: false, optional: true },
    { given: '*Optional\\<byte[]>*', want: primitive('binary'), nullable: false, optional: true },
    { given: '*Optional\\<Object>*', want: unknown, nullable: false, optional: true },
    { given: '*byte[]*', want: primitive('binary'), nullable: false },
    { given: '*int*', want: primitive('integer', 'int32'), nullable: false },
    { given: '*double*', want: primitive('number', 'double'), nullable: false },
    { given: '[JsonNullable\\<BaseCurrency>](../../models/components/BaseCurrency.md)', want: reference('BaseCurrency', 'models/components/BaseCurrency.md'), nullable: true },
    { given: '[Optional\\<Id>](../../models/components/Id.md)', want: reference('Id', 'models/components/Id.md'), nullable: false, optional: true },
    { given: '[Optional\\<? extends Kid>](../../models/components/Kid.md)', want: reference('Kid', 'models/components/Kid.md'), nullable: false, optional: true },
    { given: '*Optional\\<? extends String>*', want: string, nullable: false, optional: true },
    { given: 'List\\<? super *Long*>', want: arrayOf(primitive('integer', 'int64')), nullable: false },
    { given: '[Folders](../../models/components/Folders.md)', want: reference('Folders', 'models/components/Folders.md'), nullable: false },
    { given: 'List\\<[RawResponse](../../models/components/RawResponse.md)>', want: arrayOf(reference('RawResponse', 'models/components/RawResponse.md')), nullable: false },
    { given: 'List\\<*String*>', want: arrayOf(string), nullable: false },
    { given: 'List\\<List\\\\<*String*>>', want: arrayOf(arrayOf(string)), nullable: false },
    { given: 'Map\\<String, *Object*>', want: mapOf(unknown), nullable: false },
    { given: 'Map\\<String, List\\\\<*String*>>', want: mapOf(arrayOf(string)), nullable: false },
    { given: '[HttpResponse\\<?>](https://docs.oracle.com/en/java/javase/11/docs/api/java.net.http/java/net/http/HttpResponse.html)', want: { kind: 'unknown', sdkType: 'HttpResponse' }, nullable: false },
    { given: '[OffsetDateTime](https://docs.oracle.com/javase/8/docs/api/java/time/OffsetDateTime.html)', want: primitive('date-time'), nullable: false },
    { given: '[LocalDate](https://docs.oracle.com/javase/8/docs/api/java/time/LocalDate.html)', want: primitive('date'), nullable: false },
  ];

  it.each(cases)('reads $given', ({ given, want, nullable, optional }) => {
    const parsed = readTypeCell(javaDialect, given, OWNER);
    expect(parsed.type).toEqual(want);
    expect(parsed.nullable).toBe(nullable);
    expect(parsed.optional).toBe(optional);
  });
});

describe('Java corpus models', () => {
  it('reads an object', () => {
    const model = readCorpusModel(FOLDER, 'models/components/AccountingCompany.md', javaDialect);
    expect(model.kind).toBe('object');
    if (model.kind !== 'object') return;
    const fields = model.fields.map((field) => [field.name, field.type, field.required, field.nullable]);
    expect(fields).toEqual([
      ['id', string, false, true],
      ['remoteId', string, false, true],
      ['name', string, false, true],
      ['baseCurrency', reference('BaseCurrency', 'models/components/BaseCurrency.md'), false, true],
      ['fiscalYearStartMonth', primitive('number', 'double'), false, true],
      ['fiscalYearStartDay', primitive('number', 'double'), false, true],
    ]);
  });

  it('reads an enum', () => {
    const model = readCorpusModel(FOLDER, 'models/components/JournalLineValue.md', javaDialect);
    expect(model.kind).toBe('enum');
    if (model.kind !== 'enum') return;
    expect(model.members.map((member) => [member.name, member.value])).toEqual([
      ['ASSET', 'asset'],
      ['LIABILITY', 'liability'],
      ['EQUITY', 'equity'],
      ['REVENUE', 'revenue'],
      ['EXPENSE', 'expense'],
      ['UNMAPPED_VALUE', 'unmapped_value'],
    ]);
  });

  it('reads a title-only doc as a union without members', () => {
    const model = readCorpusModel(FOLDER, 'models/components/TimeOffBalancesSourceValue.md', javaDialect);
    expect(model).toMatchObject({ kind: 'union', name: 'TimeOffBalancesSourceValue', members: [] });
  });

  it('skips a guide with an info diagnostic', { timeout: 120_000 }, () => {
    const { result, diagnostics } = buildCorpusFolder(FOLDER);
    expect(result.skipped.map((entry) => entry.file)).toEqual(['utils/Blob.md']);
    const notes = diagnostics.items.filter((item) => item.source?.file === 'utils/Blob.md');
    expect(notes.map((item) => [item.code, item.severity])).toEqual([['not-a-model-doc', 'info']]);
    const undocumented = diagnostics.items.filter((item) => item.code === 'union-members-undocumented');
    expect(undocumented).toHaveLength(312);
    expect(undocumented.every((item) => item.severity === 'info')).toBe(true);
  });
});
