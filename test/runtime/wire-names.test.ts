import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { buildModelDocument, type BuildOptions } from '../../generator/model/build-model-document.js';
import type { ObjectModel } from '../../generator/model/types.js';
import { looseName } from '../../generator/model/wire-name-evidence.js';
import { mapPropertyName } from '../../generator/model/wire-names.js';

/** Builds a PHP-dialect doc with a Fields table; each row is `name | type | example`. */
function doc(name: string, rows: [string, string, string][]): { file: string; text: string } {
  const lines = rows.map(([field, type, example]) => `| \`${field}\` | ${type} | :heavy_minus_sign: | N/A | ${example} |`);
  const text = `# ${name}\n\n## Fields\n\n| Field | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n${lines.join('\n')}\n`;
  return { file: `Models/Components/${name}.md`, text };
}

function wireNames(docs: { file: string; text: string }[], options: BuildOptions = {}) {
  const diagnostics = new DiagnosticBag();
  const { document } = buildModelDocument(docs, diagnostics, { dialect: 'php', checkExamples: false, ...options });
  const names: Record<string, string> = {};
  for (const model of document.models as ObjectModel[]) for (const field of model.fields) names[`${model.name}.${field.name}`] = `${field.wireName} (${field.wireNameSource})`;
  return { names, diagnostics: diagnostics.items };
}

/** Builds a Go-dialect doc under `models/components/` with a Fields table; each row is `name | type | example`. */
function goDoc(name: string, rows: [string, string, string][]): { file: string; text: string } {
  const lines = rows.map(([field, type, example]) => `| \`${field}\` | ${type} | :heavy_check_mark: | N/A | ${example} |`);
  const text = `# ${name}\n\n## Fields\n\n| Field | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n${lines.join('\n')}\n`;
  return { file: `models/components/${name.toLowerCase()}.md`, text };
}

const goLink = goDoc('Link', [
  ['SaleAmount', '`float64`', ''],
  ['TestVariants', '[][components.Variant](../../models/components/variant.md)', '[<br/>{<br/>"url": "https://example.com/a",<br/>"percentage": 50,<br/>"click_count": 3<br/>}<br/>]'],
]);

/** Builds the Go model `Variant` with `URL`, `Percentage` and the extra fields given. */
function goVariant(extra: [string, string][]) {
  return goDoc('Variant', [['URL', '`string`', ''], ['Percentage', '`float64`', ''], ...extra.map(([name, type]): [string, string, string] => [name, type, ''])]);
}

const address = doc('Address', [
  ['street1', '*?string*', '1 Main St'],
  ['zipCode', '*?string*', 'N1 9GU'],
  ['locationType', '*?string*', 'home'],
]);
const person = doc('Person', [
  ['homeAddress', '[?Components\\Address](../../Models/Components/Address.md)', '{<br/>"street_1": "1 Main St",<br/>"zip_code": "N1"<br/>}'],
  ['firstName', '*?string*', 'Ada'],
]);

describe('wire names', () => {
  it('maps property names', () => {
    expect(mapPropertyName('learningObjectId', 'snake_case')).toBe('learning_object_id');
    expect(mapPropertyName('learningObjectID2', 'kebab-case')).toBe('learning-object-id2');
    expect(mapPropertyName('learning_object_id', 'camelCase')).toBe('learningObjectId');
    expect(mapPropertyName('learningObjectId', 'camelCase')).toBe('learningObjectId');
    expect(mapPropertyName('learningObjectId', 'unchanged')).toBe('learningObjectId');
  });

  it('maps names with letters beyond ASCII', () => {
    expect(mapPropertyName('ÄrgerWert', 'camelCase')).toBe('ärgerWert');
    expect(mapPropertyName('ÄrgerWert', 'snake_case')).toBe('ärger_wert');
    expect(mapPropertyName('étéDate', 'kebab-case')).toBe('été-date');
  });

  it('maps Go field names to camelCase', () => {
    expect(mapPropertyName('SaleAmount', 'camelCase')).toBe('saleAmount');
    expect(mapPropertyName('URL', 'camelCase')).toBe('url');
    expect(mapPropertyName('RefererURL', 'camelCase')).toBe('refererUrl');
    expect(mapPropertyName('UserID', 'camelCase')).toBe('userId');
    // A name that is camelCase already keeps its letter case.
    expect(mapPropertyName('userID', 'camelCase')).toBe('userID');
    expect(mapPropertyName('SaleAmount', 'snake_case')).toBe('sale_amount');
  });

  it('infers camelCase from one-word keys of Go fields', () => {
    const { names, diagnostics } = wireNames([goLink, goVariant([])], { dialect: 'go' });

    expect(names).toEqual({
      'Link.SaleAmount': 'saleAmount (mapping)',
      'Link.TestVariants': 'testVariants (mapping)',
      'Variant.URL': 'url (mapping)',
      'Variant.Percentage': 'percentage (mapping)',
    });
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      'wire names default to camelCase: 2 of 2 example keys of documented fields that tell the mappings apart are written in it',
    ]);
  });

  it('counts a one-word key for every mapping', () => {
    const { names, diagnostics } = wireNames([goLink, goVariant([['ClickCount', '`int64`']])], { dialect: 'go' });

    // `url` and `percentage` vote for camelCase, snake_case and kebab-case alike, `click_count` for snake_case alone.
    expect(names['Link.SaleAmount']).toBe('sale_amount (mapping)');
    expect(names['Variant.ClickCount']).toBe('click_count (mapping)');
    expect(names['Variant.URL']).toBe('url (mapping)');
    expect(diagnostics[0]?.message).toBe('wire names default to snake_case: 3 of 3 example keys of documented fields that tell the mappings apart are written in it');
  });

  it('infers the mapping and names from examples', () => {
    const { names, diagnostics } = wireNames([address, person]);

    expect(names).toEqual({
      'Address.street1': 'street_1 (example)',
      'Address.zipCode': 'zip_code (mapping)',
      'Address.locationType': 'location_type (mapping)',
      'Person.homeAddress': 'home_address (mapping)',
      'Person.firstName': 'first_name (mapping)',
    });
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['wire-name-mapping', 'wire-name-from-example']);
    expect(diagnostics[1]).toMatchObject({ severity: 'info', source: { file: 'Models/Components/Person.md', line: 7 } });
  });

  it('applies the configured mapping and overrides', () => {
    const { names } = wireNames([address, person], {
      wireNames: { mapping: 'camelCase', overrides: { 'Address.zipCode': 'postcode', '*.firstName': 'given_name' } },
    });

    expect(names['Address.zipCode']).toBe('postcode (override)');
    expect(names['Person.firstName']).toBe('given_name (override)');
    expect(names['Address.locationType']).toBe('locationType (mapping)');
    // The example still shows what the mapping cannot.
    expect(names['Address.street1']).toBe('street_1 (example)');
  });

  it('learns a name from a field of the same name', () => {
    const other = doc('Office', [['street1', '*?string*', 'x'], ['deskCount', '*?int*', '4']]);
    const { names } = wireNames([address, person, other]);

    expect(names['Office.street1']).toBe('street_1 (example)');
    expect(names['Office.deskCount']).toBe('desk_count (mapping)');
  });

  it('reads lists of field names', () => {
    const request = doc('ListRequest', [['fields', '*?string*', 'id,street_1,zip_code']]);
    const plain = doc('Place', [['street1', '*?string*', 'x'], ['zipCode', '*?string*', 'y']]);
    const { names } = wireNames([request, plain], { wireNames: { mapping: 'snake_case' } });

    expect(names['Place.street1']).toBe('street_1 (example)');
    expect(names['Place.zipCode']).toBe('zip_code (mapping)');
  });

  it('writes header models in kebab-case', () => {
    const headers = doc('DownloadHeaders', [['contentType', '*?string*', 'application/pdf']]);
    const { names } = wireNames([headers, person, address]);

    expect(names['DownloadHeaders.contentType']).toBe('content-type (mapping)');
  });

  it('keeps names unchanged without evidence', () => {
    const { names, diagnostics } = wireNames([doc('Plain', [['firstName', '*?string*', 'Ada']])]);

    expect(names['Plain.firstName']).toBe('firstName (mapping)');
    expect(diagnostics[0]?.message).toContain('unchanged');
  });

  it('reads capitalized names as camelCase without evidence', () => {
    const docs = [goDoc('Sale', [['SaleAmount', '`*float64`', '12.5'], ['URL', '`string`', 'https://example.com'], ['Currency', '`string`', 'EUR']])];
    const { names, diagnostics } = wireNames(docs, { dialect: 'go' });

    expect(names['Sale.SaleAmount']).toBe('saleAmount (mapping)');
    expect(names['Sale.URL']).toBe('url (mapping)');
    expect(diagnostics.find((item) => item.code === 'wire-name-mapping')?.message).toContain('most property names start with a capital letter');
  });

  it('keeps a key that could name two fields from both', () => {
    const child = doc('Child', [['userID', '*int*', ''], ['userId', '*int*', ''], ['createdAt', '*?string*', '']]);
    const other = doc('Other', [['userId', '*int*', '']]);
    const parent = doc('Parent', [
      ['child', '[Components\\Child](../../Models/Components/Child.md)', '{"user_id": 1, "created_at": "x"}'],
      ['other', '[Components\\Other](../../Models/Components/Other.md)', '{"userId": 2}'],
    ]);
    const { names, diagnostics } = wireNames([child, other, parent]);

    // `created_at` votes for snake_case, `userId` for camelCase and unchanged, and the tie goes to camelCase.
    expect(names['Child.userID']).toBe('userID (mapping)');
    expect(names['Child.userId']).toBe('userId (mapping)');
    expect(names['Child.createdAt']).toBe('created_at (example)');
    expect(names['Other.userId']).toBe('userId (mapping)');
    const ambiguous = diagnostics.filter((diagnostic) => diagnostic.code === 'ambiguous-example-key');
    expect(ambiguous).toHaveLength(1);
    expect(ambiguous[0]).toMatchObject({ severity: 'warning', source: { file: 'Models/Components/Parent.md', line: 7 } });
    expect(ambiguous[0]?.message).toContain('`user_id` could name `userID` and `userId` of `Child`');
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'wire-name-from-example')).toHaveLength(1);
  });

  it('gives an exact key to its own field', () => {
    const child = doc('Child', [['userID', '*int*', ''], ['userId', '*int*', ''], ['createdAt', '*?string*', '']]);
    const parent = doc('Parent', [['child', '[Components\\Child](../../Models/Components/Child.md)', '{"user-id": 1, "userID": 2, "created_at": "x"}']]);
    const { names, diagnostics } = wireNames([child, parent], { wireNames: { mapping: 'kebab-case' } });

    expect(names['Child.userID']).toBe('userID (example)');
    expect(names['Child.userId']).toBe('user-id (mapping)');
    expect(names['Child.createdAt']).toBe('created_at (example)');
    // `user-id` spells both fields and is exactly neither.
    const ambiguous = diagnostics.filter((diagnostic) => diagnostic.code === 'ambiguous-example-key');
    expect(ambiguous.map((diagnostic) => diagnostic.message)).toEqual([
      'the example key `user-id` could name `userID` and `userId` of `Child`, so it sets the wire name of neither; write the key exactly as one of the field names, or set the wire names with `wireNames.overrides`',
    ]);
  });

  it('ignores only case, underscores and hyphens in keys', () => {
    expect(looseName('Street_1')).toBe('street1');
    expect(looseName('zip-Code')).toBe('zipcode');
    expect(looseName('zip.code')).toBe('zip.code');
    expect(looseName('CAFÉ_Crème')).toBe('cafécrème');

    const addr = doc('Addr', [['street1', '*?string*', ''], ['zipCode', '*?string*', ''], ['cafe', '*?string*', ''], ['café', '*?string*', '']]);
    const parent = doc('Holder', [['addr', '[Components\\Addr](../../Models/Components/Addr.md)', '{"street_1": "x", "zip.code": "1", "CAFÉ": "c"}']]);
    const { names, diagnostics } = wireNames([addr, parent], { wireNames: { mapping: 'camelCase' } });

    expect(names['Addr.street1']).toBe('street_1 (example)');
    expect(names['Addr.zipCode']).toBe('zipCode (mapping)');
    expect(names['Addr.cafe']).toBe('cafe (mapping)');
    expect(names['Addr.café']).toBe('CAFÉ (example)');
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'ambiguous-example-key')).toEqual([]);
  });
});
