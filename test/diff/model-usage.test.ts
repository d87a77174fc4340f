import { afterAll, describe, expect, it } from 'vitest';
import { component, DocsFolders, modelChanges, objectDoc, ref, type FieldRow } from './php-docs.js';

const folders = new DocsFolders();
afterAll(() => folders.removeAll());

const RAW_RESPONSE = '[\\Psr\\Http\\Message\\ResponseInterface](https://www.php-fig.org/psr/psr-7/#33-psrhttpmessageresponseinterface)';

/** Docs with one operation that sends `Draft` and returns `Record`, plus `Loose`, which no operation uses. */
function operationDocs(models: { draft: FieldRow[]; record: FieldRow[]; loose: FieldRow[] }): Record<string, string> {
  return {
    'Models/Operations/CreateRecordRequest.md': objectDoc('CreateRecordRequest', [{ name: 'draft', type: ref('Draft'), required: true }]),
    'Models/Operations/CreateRecordResponse.md': objectDoc('CreateRecordResponse', [
      { name: 'statusCode', type: '*int*', required: true },
      { name: 'rawResponse', type: RAW_RESPONSE, required: true },
      { name: 'record', type: ref('Record', { nullable: true }) },
    ]),
    [component('Draft')]: objectDoc('Draft', models.draft),
    [component('Record')]: objectDoc('Record', models.record),
    [component('Loose')]: objectDoc('Loose', models.loose),
  };
}

const id: FieldRow = { name: 'id', type: '*string*', required: true };
const note: FieldRow = { name: 'note', type: '*?string*' };

describe('model usage', () => {
  const report = folders.diff(operationDocs({ draft: [id, note], record: [id, note], loose: [id, note] }), operationDocs({ draft: [id], record: [id], loose: [id] }));

  it('request model', () => {
    const draft = modelChanges(report, component('Draft'));
    expect(draft.usage).toBe('request');
    expect(draft.changes[0]!.breaks).toEqual({ readers: true, writers: true });
    expect(draft.changes[0]!.breaking).toEqual({ readers: false, writers: true });
  });

  it('response model', () => {
    const record = modelChanges(report, component('Record'));
    expect(record.usage).toBe('response');
    expect(record.changes[0]!.breaking).toEqual({ readers: true, writers: false });
  });

  it('model no operation uses', () => {
    const loose = modelChanges(report, component('Loose'));
    expect(loose.usage).toBe('unknown');
    expect(loose.changes[0]!.breaking).toEqual({ readers: true, writers: true });
  });

  it('change that breaks only the unused side', () => {
    const optional = operationDocs({ draft: [id], record: [id, note], loose: [id] });
    const required = operationDocs({ draft: [id], record: [id, { name: 'note', type: '*string*', required: true }], loose: [id] });
    const tightened = folders.diff(optional, required);
    const record = modelChanges(tightened, component('Record'));
    expect(record.changes.map((change) => change.kind)).toEqual(['field-made-required', 'field-made-non-nullable']);
    expect(record.breaking).toBe(false);
    expect(tightened.breaking).toBe(false);
    expect(tightened.summary.breakingChanges).toBe(0);
  });
});
