import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { buildModelDocument, type BuildOptions } from '../../generator/model/build-model-document.js';
import type { ObjectModel } from '../../generator/model/types.js';
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
});
