import { describe, expect, it } from 'vitest';
import type { TypeExpression } from '../../generator/model/types.js';
import { pythonDialect } from '../../generator/parse/dialects/python.js';
import { arrayOf, boolean, mapOf, primitive, readCorpusModel, readTypeCell, reference, string, unknown } from './corpus.js';

const FOLDER = 'clerk-python/2026-06-12';
const OWNER = 'models/owner.md';

describe('Python type grammar', () => {
  const cases: { given: string; want: TypeExpression; nullable: boolean; optional?: boolean }[] = [
    { given: '*str*', want: string, nullable: false },
    { given: '*int*', want: primitive('integer'), nullable: false },
    { given: '*float*', want: primitive('number'), nullable: false },
    { given: '*bool*', want: boolean, nullable: false },
    { given: '*Optional[str]*', want: string, nullable: false, optional: true },
    { given: '*Nullable[int]*', want: primitive('integer'), nullable: true },
    { given: '*OptionalNullable[float]*', want: primitive('number'), nullable: true, optional: true },
    { given: '*OptionalNullable[Any]*', want: unknown, nullable: true, optional: true },
    { given: '[models.WaitlistEntryInvitationObject](../models/waitlistentryinvitationobject.md)', want: reference('waitlistentryinvitationobject', 'models/waitlistentryinvitationobject.md'), nullable: false },
    { given: '[Optional[models.TokenFormat]](../models/tokenformat.md)', want: reference('tokenformat', 'models/tokenformat.md'), nullable: false, optional: true },
    { given: '[Nullable[models.CommerceSubscriptionNextPaymentProration]](../models/commercesubscriptionnextpaymentproration.md)', want: reference('commercesubscriptionnextpaymentproration', 'models/commercesubscriptionnextpaymentproration.md'), nullable: true },
    { given: '[OptionalNullable[models.UpdateRoleSetType]](../models/updaterolesettype.md)', want: reference('updaterolesettype', 'models/updaterolesettype.md'), nullable: true, optional: true },
    { given: 'List[[models.EnterpriseConnection](../models/enterpriseconnection.md)]', want: arrayOf(reference('enterpriseconnection', 'models/enterpriseconnection.md')), nullable: false },
    { given: 'List[*str*]', want: arrayOf(string), nullable: false },
    { given: 'Dict[str, *Any*]', want: mapOf(unknown), nullable: false },
    { given: 'Dict[str, *str*]', want: mapOf(string), nullable: false },
    { given: '*Literal[True]*', want: { kind: 'literal', value: true }, nullable: false },
    { given: '*Optional[Literal[True]]*', want: { kind: 'literal', value: true }, nullable: false, optional: true },
    { given: '*Union[bytes, IO[bytes], io.IOBase]*', want: primitive('binary'), nullable: false },
    // The Python docs swap the two date types; the link target keeps the swapped name too.
    { given: '[date](https://docs.python.org/3/library/datetime.html#date-objects)', want: primitive('date-time'), nullable: false },
    { given: '[datetime](https://docs.python.org/3/library/datetime.html#datetime-objects)', want: primitive('date'), nullable: false },
  ];

  it.each(cases)('reads $given', ({ given, want, nullable, optional }) => {
    const parsed = readTypeCell(pythonDialect, given, OWNER);
    expect(parsed.type).toEqual(want);
    expect(parsed.nullable).toBe(nullable);
    expect(parsed.optional).toBe(optional);
  });

  it('reads a nullable list item as a union with null', () => {
    const parsed = readTypeCell(pythonDialect, 'List[Nullable[str]]', OWNER);
    expect(parsed.type).toEqual(arrayOf({ kind: 'union', members: [string, { kind: 'literal', value: null }] }));
  });

  it('rejects an unknown generic', () => {
    expect(() => readTypeCell(pythonDialect, 'Set[str]', OWNER)).toThrow('unknown generic type `Set`');
  });
});

describe('Python corpus models', () => {
  it('reads an object with exact nullability', () => {
    const model = readCorpusModel(FOLDER, 'models/admin.md', pythonDialect);
    expect(model.kind).toBe('object');
    if (model.kind !== 'object') return;
    const fields = model.fields.map((field) => [field.name, field.type, field.required, field.nullable]);
    expect(fields).toEqual([
      ['object', reference('verificationadminverificationobject', 'models/verificationadminverificationobject.md'), false, false],
      ['status', reference('verificationadminverificationstatus', 'models/verificationadminverificationstatus.md'), true, false],
      ['strategy', reference('verificationstrategy', 'models/verificationstrategy.md'), true, false],
      ['attempts', primitive('integer'), true, true],
      ['expire_at', primitive('integer'), true, true],
      ['verified_at_client', string, false, true],
    ]);
  });

  it('reads an enum', () => {
    const model = readCorpusModel(FOLDER, 'models/totalcountobject.md', pythonDialect);
    expect(model).toMatchObject({ kind: 'enum', name: 'TotalCountObject', valueType: 'string', open: false });
    if (model.kind !== 'enum') return;
    expect(model.members.map((member) => [member.name, member.value])).toEqual([['TOTAL_COUNT', 'total_count']]);
  });

  it('reads a union', () => {
    const model = readCorpusModel(FOLDER, 'models/samlconnection.md', pythonDialect);
    expect(model.kind).toBe('union');
    if (model.kind !== 'union') return;
    expect(model.members.map((member) => [member.label, member.type])).toEqual([
      ['models.One', reference('models.One')],
      ['models.Two', reference('models.Two')],
    ]);
  });
});
