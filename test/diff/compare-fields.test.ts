import { afterAll, describe, expect, it } from 'vitest';
import { component, DocsFolders, modelChanges, objectDoc, type FieldRow } from './php-docs.js';

const folders = new DocsFolders();
afterAll(() => folders.removeAll());

const DATE_TIME = '[\\DateTime](https://www.php.net/manual/en/class.datetime.php)';

/** Compares an `Employee` model before and after, with no operations, so both sides count. */
function diffEmployee(before: FieldRow[], after: FieldRow[]) {
  const report = folders.diff({ [component('Employee')]: objectDoc('Employee', before) }, { [component('Employee')]: objectDoc('Employee', after) });
  return modelChanges(report, component('Employee')).changes.map(({ kind, subject, before: oldState, after: newState, breaks, breaking }) => ({ kind, subject, before: oldState, after: newState, breaks, breaking }));
}

const id: FieldRow = { name: 'id', type: '*string*', required: true };

describe('field changes', () => {
  const cases: { name: string; before: FieldRow[]; after: FieldRow[]; want: { kind: string; subject: string; before?: string; after?: string; readers: boolean; writers: boolean }[] }[] = [
    {
      name: 'optional field added',
      before: [id],
      after: [id, { name: 'nickname', type: '*?string*' }],
      want: [{ kind: 'field-added', subject: 'nickname', after: 'optional nullable string', readers: false, writers: false }],
    },
    {
      name: 'required field added',
      before: [id],
      after: [id, { name: 'email', type: '*string*', required: true }],
      want: [{ kind: 'field-added', subject: 'email', after: 'required string', readers: false, writers: true }],
    },
    {
      name: 'field removed',
      before: [id, { name: 'nickname', type: '*?string*' }],
      after: [id],
      want: [{ kind: 'field-removed', subject: 'nickname', before: 'optional nullable string', readers: true, writers: true }],
    },
    {
      name: 'string became date-time',
      before: [id, { name: 'hiredAt', type: '*string*', required: true }],
      after: [id, { name: 'hiredAt', type: DATE_TIME, required: true }],
      want: [{ kind: 'field-type-changed', subject: 'hiredAt', before: 'string', after: 'date-time', readers: true, writers: true }],
    },
    {
      name: 'integer widened to number',
      before: [id, { name: 'age', type: '*int*', required: true }],
      after: [id, { name: 'age', type: '*float*', required: true }],
      want: [{ kind: 'field-type-changed', subject: 'age', before: 'integer', after: 'number', readers: true, writers: false }],
    },
    {
      name: 'number narrowed to integer',
      before: [id, { name: 'age', type: '*float*', required: true }],
      after: [id, { name: 'age', type: '*int*', required: true }],
      want: [{ kind: 'field-type-changed', subject: 'age', before: 'number', after: 'integer', readers: false, writers: true }],
    },
    {
      name: 'union member added to field type',
      before: [id, { name: 'code', type: '*string*', required: true }],
      after: [id, { name: 'code', type: 'string\\|int', required: true }],
      want: [{ kind: 'field-type-changed', subject: 'code', before: 'string', after: 'string | integer', readers: true, writers: false }],
    },
    {
      name: 'required field made optional',
      before: [id, { name: 'name', type: '*string*', required: true }],
      after: [id, { name: 'name', type: '*?string*' }],
      want: [
        { kind: 'field-made-optional', subject: 'name', before: 'required', after: 'optional', readers: true, writers: false },
        // The PHP dialect marks every optional field nullable as well.
        { kind: 'field-made-nullable', subject: 'name', before: 'not nullable', after: 'nullable', readers: true, writers: false },
      ],
    },
    {
      name: 'optional field made required',
      before: [id, { name: 'name', type: '*?string*' }],
      after: [id, { name: 'name', type: '*string*', required: true }],
      want: [
        { kind: 'field-made-required', subject: 'name', before: 'optional', after: 'required', readers: false, writers: true },
        { kind: 'field-made-non-nullable', subject: 'name', before: 'nullable', after: 'not nullable', readers: false, writers: true },
      ],
    },
    {
      name: 'required field made nullable',
      before: [id, { name: 'name', type: '*string*', required: true }],
      after: [id, { name: 'name', type: '*?string*', required: true }],
      want: [{ kind: 'field-made-nullable', subject: 'name', before: 'not nullable', after: 'nullable', readers: true, writers: false }],
    },
    {
      name: 'field deprecated',
      before: [id, { name: 'name', type: '*?string*' }],
      after: [id, { name: 'name', type: '*?string*', deprecated: true }],
      want: [{ kind: 'field-deprecated', subject: 'name', after: 'This will be removed in a future release.', readers: false, writers: false }],
    },
    {
      name: 'field no longer deprecated',
      before: [id, { name: 'name', type: '*?string*', deprecated: true }],
      after: [id, { name: 'name', type: '*?string*' }],
      want: [{ kind: 'field-undeprecated', subject: 'name', readers: false, writers: false }],
    },
  ];

  for (const testCase of cases) {
    it(testCase.name, () => {
      const changes = diffEmployee(testCase.before, testCase.after);
      const want = testCase.want.map(({ readers, writers, ...change }) => ({ before: undefined, after: undefined, ...change, breaks: { readers, writers }, breaking: { readers, writers } }));
      expect(changes).toEqual(want);
    });
  }

  it('unchanged fields give no entry', () => {
    const fields: FieldRow[] = [id, { name: 'name', type: '*?string*' }];
    const report = folders.diff({ [component('Employee')]: objectDoc('Employee', fields) }, { [component('Employee')]: objectDoc('Employee', [...fields].reverse()) });
    expect(report.models).toEqual([]);
    expect(report.breaking).toBe(false);
    expect(report.summary.modelsUnchanged).toBe(1);
  });
});
