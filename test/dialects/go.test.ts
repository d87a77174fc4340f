import { describe, expect, it } from 'vitest';
import type { TypeExpression } from '../../generator/model/types.js';
import { goDialect } from '../../generator/parse/dialects/go.js';
import { arrayOf, boolean, mapOf, primitive, readCorpusModel, readTypeCell, reference, string, unknown } from './corpus.js';

const FOLDER = 'dub-go/2026-07-04';
const OWNER = 'models/operations/owner.md';

describe('Go type grammar', () => {
  // A pointer is how the Go docs write an optional or nullable field, so it is read as nullable.
  const cases: { given: string; want: TypeExpression; nullable: boolean }[] = [
    { given: '`string`', want: string, nullable: false },
    { given: '*string*', want: string, nullable: false },
    { given: '*\\*string*', want: string, nullable: true },
    { given: '`*string`', want: string, nullable: true },
    { given: '`bool`', want: boolean, nullable: false },
    { given: '`*bool`', want: boolean, nullable: true },
    { given: '`float64`', want: primitive('number', 'double'), nullable: false },
    { given: '`*float64`', want: primitive('number', 'double'), nullable: true },
    { given: '`int64`', want: primitive('integer', 'int64'), nullable: false },
    { given: '`*int64`', want: primitive('integer', 'int64'), nullable: true },
    { given: '`uint64`', want: primitive('integer'), nullable: false },
    { given: '`*uint32`', want: primitive('integer', 'int64'), nullable: true },
    { given: '`int8`', want: primitive('integer', 'int32'), nullable: false },
    { given: '`any`', want: unknown, nullable: false },
    { given: '[]`string`', want: arrayOf(string), nullable: false },
    { given: 'map[string]`string`', want: mapOf(string), nullable: false },
    { given: 'map[string]`any`', want: mapOf(unknown), nullable: false },
    { given: '[operations.Data](../../models/operations/data.md)', want: reference('data', 'models/operations/data.md'), nullable: false },
    { given: '[*operations.Prices](../../models/operations/prices.md)', want: reference('prices', 'models/operations/prices.md'), nullable: true },
    { given: '[][components.LinkTagSchemaOutput](../../models/components/linktagschemaoutput.md)', want: arrayOf(reference('linktagschemaoutput', 'models/components/linktagschemaoutput.md')), nullable: false },
    { given: '[]`byte`', want: primitive('binary'), nullable: false },
    { given: '[time.Time](https://pkg.go.dev/time#Time)', want: primitive('date-time'), nullable: false },
  ];

  it.each(cases)('reads $given', ({ given, want, nullable }) => {
    const parsed = readTypeCell(goDialect, given, OWNER);
    expect(parsed.type).toEqual(want);
    expect(parsed.nullable).toBe(nullable);
  });
});

describe('Go corpus models', () => {
  it('reads an object', () => {
    const model = readCorpusModel(FOLDER, 'models/components/eight.md', goDialect);
    expect(model.kind).toBe('object');
    if (model.kind !== 'object') return;
    const fields = model.fields.map((field) => [field.name, field.type, field.required, field.nullable]);
    expect(fields).toEqual([
      ['Key', string, true, false],
      ['Label', string, true, false],
      ['Required', boolean, true, false],
      ['Locked', boolean, true, false],
      ['Position', primitive('integer', 'int64'), true, false],
      ['Type', reference('partnerenrolledeventfieldsdatareferralformdata8type', 'models/components/partnerenrolledeventfieldsdatareferralformdata8type.md'), true, false],
    ]);
  });

  it('reads an enum', () => {
    const model = readCorpusModel(FOLDER, 'models/components/commissioncreatedeventevent.md', goDialect);
    expect(model.kind).toBe('enum');
    if (model.kind !== 'enum') return;
    expect(model.members.map((member) => [member.name, member.value])).toEqual([['CommissionCreatedEventEventCommissionCreated', 'commission.created']]);
  });

  it('reads union members from constructor calls', () => {
    const model = readCorpusModel(FOLDER, 'models/operations/updatelinktagids.md', goDialect);
    expect(model.kind).toBe('union');
    if (model.kind !== 'union') return;
    expect(model.members.map((member) => member.type)).toEqual([string, arrayOf(string)]);
    expect(model.members[0]!.source.line).toBe(8);
  });

  it('reads union members named by heading', () => {
    const model = readCorpusModel(FOLDER, 'models/components/webhookevent.md', goDialect);
    expect(model.kind).toBe('union');
    if (model.kind !== 'union') return;
    expect(model.members[0]).toMatchObject({ label: 'LinkWebhookEvent', type: reference('components.LinkWebhookEvent') });
    expect(model.members).toHaveLength(7);
  });
});
