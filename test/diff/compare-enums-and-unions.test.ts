import { afterAll, describe, expect, it } from 'vitest';
import { diffModelDocuments } from '../../generator/diff/diff-model-documents.js';
import { loadModelDocument } from '../../generator/model/load-model-document.js';
import type { EnumModel, ModelDocument, ObjectModel } from '../../generator/model/types.js';
import { component, DocsFolders, enumDoc, modelChanges, objectDoc, ref, unionDoc } from './php-docs.js';

const folders = new DocsFolders();
afterAll(() => folders.removeAll());

function summarize(changes: { kind: string; subject?: string; before?: string; after?: string; breaks: { readers: boolean; writers: boolean } }[]) {
  return changes.map((change) => ({ kind: change.kind, subject: change.subject, before: change.before, after: change.after, readers: change.breaks.readers, writers: change.breaks.writers }));
}

/** Loads one docs folder, so a test can edit the model where the PHP dialect has no syntax for a change. */
function load(files: Record<string, string>): ModelDocument {
  return loadModelDocument(folders.write(files)).document;
}

describe('enum changes', () => {
  const status = component('Status');

  it('value added to a closed enum', () => {
    const report = folders.diff({ [status]: enumDoc('Status', [['Active', 'active']]) }, { [status]: enumDoc('Status', [['Active', 'active'], ['Paused', 'paused']]) });
    expect(summarize(modelChanges(report, status).changes)).toEqual([{ kind: 'enum-value-added', subject: 'paused', before: undefined, after: undefined, readers: true, writers: false }]);
  });

  it('value added to an open enum', () => {
    const before = load({ [status]: enumDoc('Status', [['Active', 'active']]) });
    const after = load({ [status]: enumDoc('Status', [['Active', 'active'], ['Paused', 'paused']]) });
    for (const document of [before, after]) (document.models[0] as EnumModel).open = true;
    const changes = diffModelDocuments(before, after).models[0]!.changes;
    expect(summarize(changes)).toEqual([{ kind: 'enum-value-added', subject: 'paused', before: undefined, after: undefined, readers: false, writers: false }]);
  });

  it('value removed', () => {
    const report = folders.diff({ [status]: enumDoc('Status', [['Active', 'active'], ['Paused', 'paused']]) }, { [status]: enumDoc('Status', [['Active', 'active']]) });
    expect(summarize(modelChanges(report, status).changes)).toEqual([{ kind: 'enum-value-removed', subject: 'paused', before: undefined, after: undefined, readers: true, writers: true }]);
  });

  it('member renamed with the same value', () => {
    const report = folders.diff({ [status]: enumDoc('Status', [['Active', 'active']]) }, { [status]: enumDoc('Status', [['IsActive', 'active']]) });
    expect(summarize(modelChanges(report, status).changes)).toEqual([{ kind: 'enum-member-renamed', subject: 'active', before: 'Active', after: 'IsActive', readers: true, writers: true }]);
  });

  it('value deprecated', () => {
    const deprecated = ': warning: ** DEPRECATED **: Use active.';
    const report = folders.diff({ [status]: enumDoc('Status', [['Active', 'active'], ['Live', 'live']]) }, { [status]: enumDoc('Status', [['Active', 'active'], ['Live', 'live', deprecated]]) });
    expect(summarize(modelChanges(report, status).changes)).toEqual([{ kind: 'enum-value-deprecated', subject: 'live', before: undefined, after: 'Use active.', readers: false, writers: false }]);
  });

  it('enum opened and closed', () => {
    const closed = load({ [status]: enumDoc('Status', [['Active', 'active']]) });
    const open = load({ [status]: enumDoc('Status', [['Active', 'active']]) });
    (open.models[0] as EnumModel).open = true;
    expect(summarize(diffModelDocuments(closed, open).models[0]!.changes)).toEqual([{ kind: 'enum-opened', subject: undefined, before: 'closed', after: 'open', readers: true, writers: false }]);
    expect(summarize(diffModelDocuments(open, closed).models[0]!.changes)).toEqual([{ kind: 'enum-closed', subject: undefined, before: 'open', after: 'closed', readers: false, writers: true }]);
  });

  it('value type changed', () => {
    const before = load({ [status]: enumDoc('Status', [['One', '1']]) });
    const after = load({ [status]: enumDoc('Status', [['One', '1']]) });
    // A PHP enum of whole numbers reads as integers, so the earlier side is set to strings by hand.
    const stringEnum = before.models[0] as EnumModel;
    stringEnum.valueType = 'string';
    stringEnum.members[0]!.value = '1';
    const integerEnum = after.models[0] as EnumModel;
    integerEnum.valueType = 'integer';
    integerEnum.members[0]!.value = 1;
    expect(summarize(diffModelDocuments(before, after).models[0]!.changes)).toEqual([{ kind: 'enum-value-type-changed', subject: undefined, before: 'string', after: 'integer', readers: true, writers: true }]);
  });
});

describe('union changes', () => {
  const value = component('Value');
  const employee = objectDoc('Employee', [{ name: 'id', type: '*string*', required: true }]);

  it('member added', () => {
    const report = folders.diff({ [value]: unionDoc('Value', ['string']) }, { [value]: unionDoc('Value', ['string', 'float']) });
    expect(summarize(modelChanges(report, value).changes)).toEqual([{ kind: 'union-member-added', subject: 'number', before: undefined, after: undefined, readers: true, writers: false }]);
  });

  it('member removed', () => {
    const report = folders.diff(
      { [value]: unionDoc('Value', ['string', 'Components\\Employee']), [component('Employee')]: employee },
      { [value]: unionDoc('Value', ['string']), [component('Employee')]: employee },
    );
    expect(summarize(modelChanges(report, value).changes)).toEqual([{ kind: 'union-member-removed', subject: 'Employee', before: undefined, after: undefined, readers: false, writers: true }]);
  });

  it('member pointing at an equivalent model', () => {
    const staff = objectDoc('Staff', [{ name: 'id', type: '*string*', required: true }]);
    const report = folders.diff(
      { [value]: unionDoc('Value', ['string', 'Components\\Employee']), [component('Employee')]: employee, [component('Staff')]: staff },
      { [value]: unionDoc('Value', ['string', 'Components\\Staff']), [component('Employee')]: employee, [component('Staff')]: staff },
    );
    expect(report.models).toEqual([]);
  });
});

describe('wire name changes', () => {
  it('field wire name changed', () => {
    const files = { [component('Employee')]: objectDoc('Employee', [{ name: 'firstName', type: '*string*', required: true }]) };
    const before = load(files);
    const after = load(files);
    (after.models[0] as ObjectModel).fields[0]!.wireName = 'first_name';
    const changes = diffModelDocuments(before, after).models[0]!.changes;
    expect(summarize(changes)).toEqual([{ kind: 'field-wire-name-changed', subject: 'firstName', before: 'firstName', after: 'first_name', readers: true, writers: true }]);
  });
});

describe('reference changes', () => {
  it('field pointing at an equivalent model', () => {
    const team = (name: string) => objectDoc(name, [{ name: 'userId', type: '*?string*' }]);
    const before = { [component('Job')]: objectDoc('Job', [{ name: 'team', type: ref('JobTeam', { nullable: true }) }]), [component('JobTeam')]: team('JobTeam'), [component('Crew')]: team('Crew') };
    const after = { [component('Job')]: objectDoc('Job', [{ name: 'team', type: ref('Crew', { nullable: true }) }]), [component('JobTeam')]: team('JobTeam'), [component('Crew')]: team('Crew') };
    const changes = modelChanges(folders.diff(before, after), component('Job')).changes;
    expect(summarize(changes)).toEqual([{ kind: 'field-type-changed', subject: 'team', before: 'JobTeam', after: 'Crew', readers: false, writers: false }]);
  });

  it('field pointing at a different model', () => {
    const before = { [component('Job')]: objectDoc('Job', [{ name: 'team', type: ref('JobTeam', { nullable: true }) }]), [component('JobTeam')]: objectDoc('JobTeam', [{ name: 'userId', type: '*?string*' }]), [component('Crew')]: objectDoc('Crew', [{ name: 'size', type: '*?int*' }]) };
    const after = { ...before, [component('Job')]: objectDoc('Job', [{ name: 'team', type: ref('Crew', { nullable: true }) }]) };
    const changes = modelChanges(folders.diff(before, after), component('Job')).changes;
    expect(summarize(changes)).toEqual([{ kind: 'field-type-changed', subject: 'team', before: 'JobTeam', after: 'Crew', readers: true, writers: true }]);
  });
});
