import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { generate } from '../../generator/generate.js';
import { buildModelDocument } from '../../generator/model/build-model-document.js';
import type { ObjectModel } from '../../generator/model/types.js';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = 'test/runtime/fixtures/events';

function check(rows: [string, string, string][]) {
  const lines = rows.map(([field, type, example]) => `| \`${field}\` | ${type} | :heavy_check_mark: | N/A | ${example} |`);
  const text = `# Sample\n\n## Fields\n\n| Field | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n${lines.join('\n')}\n`;
  const diagnostics = new DiagnosticBag();
  buildModelDocument([{ file: 'Models/Components/Sample.md', text }], diagnostics, { wireNames: { mapping: 'snake_case' } });
  return diagnostics.items.filter((diagnostic) => diagnostic.code === 'invalid-example');
}

describe('example check', () => {
  it('accepts examples that fit', () => {
    expect(check([
      ['name', '*string*', 'SOFTWARE-ENG-1'],
      ['code', '*string*', '42'],
      ['count', '*int*', '42'],
      ['ratio', '*float*', '2'],
      ['active', '*bool*', 'true'],
      ['createdAt', '[\\DateTime](https://www.php.net/manual/en/class.datetime.php)', '2021-07-21T14:00:00.000Z'],
      ['tags', 'array<*string*>', '[<br/>"a",<br/>"b"<br/>]'],
      ['labels', 'array<string, *string*>', '{<br/>"first_name": "Ada"<br/>}'],
      ['text', '*string*', '{"not": "parsed as an object"}'],
      ['note', '*?string*', 'null'],
      ['body', '*string*', '"a<br/>b"'],
    ])).toEqual([]);
  });

  it('reports examples that do not fit', () => {
    const found = check([
      ['count', '*int*', '1.5'],
      ['createdAt', '[\\DateTime](https://www.php.net/manual/en/class.datetime.php)', '2021-01-01T00:00.000Z'],
      ['tags', 'array<*string*>', '[1]'],
    ]);

    expect(found.map((diagnostic) => diagnostic.message)).toEqual([
      'the example of `Sample.count` does not fit its type: example: expected integer, found number 1.5',
      'the example of `Sample.createdAt` does not fit its type: example: expected ISO 8601 date-time, found string "2021-01-01T00:00.000Z"',
      'the example of `Sample.tags` does not fit its type: example[0]: expected string, found number 1',
    ]);
    expect(found.map((diagnostic) => diagnostic.source?.line)).toEqual([7, 8, 9]);
    expect(found.every((diagnostic) => diagnostic.severity === 'warning' && diagnostic.sourceLine?.includes('| `'))).toBe(true);
  });

  it('checks nested examples with wire names', () => {
    const docs = [
      { file: 'Models/Components/Item.md', text: '# Item\n\n## Fields\n\n| Field | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n| `itemCount` | *int* | :heavy_check_mark: | N/A | 1 |\n' },
      {
        file: 'Models/Components/Order.md',
        text: '# Order\n\n## Fields\n\n| Field | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n| `items` | array<[Components\\Item](../../Models/Components/Item.md)> | :heavy_check_mark: | N/A | [{"item_count": 2}, {"item_count": "two"}] |\n',
      },
    ];
    const diagnostics = new DiagnosticBag();
    buildModelDocument(docs, diagnostics);
    const messages = diagnostics.items.filter((diagnostic) => diagnostic.code === 'invalid-example').map((diagnostic) => diagnostic.message);

    expect(messages).toEqual(['the example of `Order.items` does not fit its type: example[1].item_count: expected integer, found string "two"']);
  });

  it('fails the run on warnings when set to', () => {
    const relaxed = generate({ input: fixtures, out: 'test/.tmp-unused', cwd: repository });
    const strict = generate({ input: fixtures, out: 'test/.tmp-unused', cwd: repository, warningsAsErrors: true });
    const opened = generate({ input: fixtures, out: 'test/.tmp-unused', cwd: repository, warningsAsErrors: true, openEnums: ['AttendeeRole'] });

    const warnings = relaxed.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning');
    expect(warnings.map((diagnostic) => `${diagnostic.source?.file}:${diagnostic.source?.line} ${diagnostic.code}`)).toEqual(['Models/Components/Attendee.md:10 invalid-example']);
    expect(relaxed.hasErrors).toBe(false);
    expect(strict.hasErrors).toBe(true);
    expect(opened.hasErrors).toBe(false);
  });

  it('marks configured required fields nullable', () => {
    const diagnostics = new DiagnosticBag();
    const text = '# Link\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| `url` | *string* | :heavy_check_mark: | N/A |\n| `title` | *string* | :heavy_check_mark: | N/A |\n';
    const { document, unmatchedSettings } = buildModelDocument([{ file: 'Models/Components/Link.md', text }], diagnostics, { nullableFields: ['Link.title', 'Link.missing'] });
    const fields = (document.models[0] as ObjectModel).fields;

    expect(fields.map((field) => [field.name, field.required, field.nullable])).toEqual([['url', true, false], ['title', true, true]]);
    expect(unmatchedSettings).toEqual([{ setting: 'nullable', entry: 'Link.missing' }]);
  });

  it('accepts null examples of configured nullable fields', () => {
    const text = '# Link\n\n## Fields\n\n| Field | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n| `title` | *int* | :heavy_check_mark: | N/A | null |\n';
    const warningsWith = (nullableFields: string[]): string[] => {
      const diagnostics = new DiagnosticBag();
      buildModelDocument([{ file: 'Models/Components/Link.md', text }], diagnostics, { nullableFields });
      return diagnostics.items.filter((diagnostic) => diagnostic.severity === 'warning').map((diagnostic) => diagnostic.code);
    };

    expect(warningsWith([])).toEqual(['invalid-example']);
    expect(warningsWith(['Link.title'])).toEqual([]);
  });
});
