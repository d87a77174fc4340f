import { afterAll, describe, expect, it } from 'vitest';
import { component, DocsFolders, enumDoc, modelChanges, objectDoc, ref, unionDoc, type FieldRow } from './php-docs.js';

const folders = new DocsFolders();
afterAll(() => folders.removeAll());

const personFields: FieldRow[] = [
  { name: 'id', type: '*string*', required: true },
  { name: 'name', type: '*?string*' },
];

function kindsOf(changes: { kind: string }[]): string[] {
  return changes.map((change) => change.kind);
}

describe('model matching', () => {
  it('model added', () => {
    const report = folders.diff({}, { [component('Person')]: objectDoc('Person', personFields) });
    const person = modelChanges(report, component('Person'));
    expect(person.status).toBe('added');
    expect(kindsOf(person.changes)).toEqual(['model-added']);
    expect(person.breaking).toBe(false);
    expect(report.summary.modelsAdded).toBe(1);
  });

  it('model removed', () => {
    const report = folders.diff({ [component('Person')]: objectDoc('Person', personFields) }, {});
    const person = modelChanges(report, component('Person'));
    expect(person.status).toBe('removed');
    expect(person.changes[0]!.breaks).toEqual({ readers: true, writers: true });
    expect(report.breaking).toBe(true);
    expect(report.summary.modelsRemoved).toBe(1);
  });

  it('model renamed with the same fields', () => {
    const report = folders.diff(
      { [component('Person')]: objectDoc('Person', personFields), [component('Team')]: objectDoc('Team', [{ name: 'lead', type: ref('Person'), required: true }]) },
      { [component('Human')]: objectDoc('Human', personFields), [component('Team')]: objectDoc('Team', [{ name: 'lead', type: ref('Human'), required: true }]) },
    );
    const human = modelChanges(report, component('Human'));
    expect(human.status).toBe('renamed');
    expect(human.rename).toEqual({ from: { name: 'Person', file: component('Person') }, evidence: 'same-shape' });
    expect(kindsOf(human.changes)).toEqual(['model-renamed']);
    expect(human.changes[0]!.breaks).toEqual({ readers: true, writers: true });
    // The field that refers to the renamed model keeps its type.
    expect(report.models.map((model) => model.file)).toEqual([component('Human')]);
  });

  it('renames found through renamed references', () => {
    const report = folders.diff(
      { [component('Person')]: objectDoc('Person', personFields), [component('Team')]: objectDoc('Team', [{ name: 'lead', type: ref('Person'), required: true }]) },
      { [component('Human')]: objectDoc('Human', personFields), [component('Squad')]: objectDoc('Squad', [{ name: 'lead', type: ref('Human'), required: true }]) },
    );
    expect(report.models.map((model) => [model.status, model.rename?.from.name, model.name])).toEqual([
      ['renamed', 'Person', 'Human'],
      ['renamed', 'Team', 'Squad'],
    ]);
  });

  it('equal shapes without a unique pair', () => {
    const report = folders.diff(
      { [component('Alpha')]: objectDoc('Alpha', personFields), [component('Beta')]: objectDoc('Beta', personFields) },
      { [component('Gamma')]: objectDoc('Gamma', personFields), [component('Delta')]: objectDoc('Delta', personFields) },
    );
    expect(report.models.map((model) => [model.name, model.status])).toEqual([
      ['Alpha', 'removed'],
      ['Beta', 'removed'],
      ['Delta', 'added'],
      ['Gamma', 'added'],
    ]);
  });

  it('equal shapes paired by name', () => {
    const report = folders.diff(
      { [component('JobTeam')]: objectDoc('JobTeam', personFields), [component('Other')]: objectDoc('Other', personFields) },
      { [component('AtsJobTeam')]: objectDoc('AtsJobTeam', personFields), [component('Another')]: objectDoc('Another', personFields) },
    );
    expect(report.models.map((model) => [model.name, model.status, model.rename?.from.name])).toEqual([
      ['Another', 'added', undefined],
      ['AtsJobTeam', 'renamed', 'JobTeam'],
      ['Other', 'removed', undefined],
    ]);
  });

  it('empty models never paired by shape', () => {
    const report = folders.diff({ [component('Blob')]: objectDoc('Blob', []) }, { [component('Lump')]: objectDoc('Lump', []) });
    expect(report.models.map((model) => model.status)).toEqual(['removed', 'added']);
    // A closed enum without values is an error in the docs, so the empty enums here are open ones.
    const openEnumDoc = (name: string): string => enumDoc(name, []).replace('## Values\n', '## Values\n\nThis is an open enum.\n');
    const enums = folders.diff({ [component('Blob')]: openEnumDoc('Blob') }, { [component('Lump')]: openEnumDoc('Lump') });
    expect(enums.models.map((model) => model.status)).toEqual(['removed', 'added']);
  });

  it('enum renamed with the same values', () => {
    const report = folders.diff({ [component('Colour')]: enumDoc('Colour', [['Red', 'red'], ['Blue', 'blue']]) }, { [component('Color')]: enumDoc('Color', [['Blue', 'blue'], ['Red', 'red']]) });
    expect(report.models.map((model) => [model.name, model.status, model.rename?.from.name])).toEqual([['Color', 'renamed', 'Colour']]);
  });

  it('model moved to another folder', () => {
    const report = folders.diff({ [component('Person')]: objectDoc('Person', personFields) }, { 'Models/Shared/Person.md': objectDoc('Person', [...personFields, { name: 'age', type: '*?int*' }]) });
    const person = modelChanges(report, 'Models/Shared/Person.md');
    expect(person.rename).toEqual({ from: { name: 'Person', file: component('Person') }, evidence: 'same-name' });
    expect(kindsOf(person.changes)).toEqual(['model-renamed', 'field-added']);
  });

  it('same name in two folders', () => {
    const status = enumDoc('Status', [['Active', 'active']]);
    const report = folders.diff(
      { [component('Status')]: status, 'Models/Errors/Status.md': status },
      { [component('Status')]: status, 'Models/Errors/Status.md': enumDoc('Status', [['Active', 'active'], ['Failed', 'failed']]) },
    );
    expect(report.models.map((model) => [model.file, kindsOf(model.changes)])).toEqual([['Models/Errors/Status.md', ['enum-value-added']]]);
  });

  it('model kind changed', () => {
    const report = folders.diff({ [component('Value')]: enumDoc('Value', [['A', 'a']]) }, { [component('Value')]: unionDoc('Value', ['string']) });
    const value = modelChanges(report, component('Value'));
    expect(value.changes.map((change) => [change.kind, change.before, change.after])).toEqual([['model-kind-changed', 'enum', 'union']]);
    expect(value.changes[0]!.breaks).toEqual({ readers: true, writers: true });
  });

  it('model deprecated', () => {
    const deprecated = objectDoc('Person', personFields).replace('# Person\n', '# Person\n\n> :warning: **DEPRECATED**: Use Human.\n');
    const report = folders.diff({ [component('Person')]: objectDoc('Person', personFields) }, { [component('Person')]: deprecated });
    const person = modelChanges(report, component('Person'));
    expect(person.changes.map((change) => [change.kind, change.after])).toEqual([['model-deprecated', 'Use Human.']]);
    expect(person.breaking).toBe(false);
  });

  it('fields documented and undocumented', () => {
    const listed = { [component('Person')]: objectDoc('Person', personFields) };
    const unlisted = { [component('Person')]: objectDoc('Person', []) };
    const gone = modelChanges(folders.diff(listed, unlisted), component('Person')).changes;
    expect(gone.map((change) => [change.kind, change.breaks])).toEqual([['fields-undocumented', { readers: true, writers: false }]]);
    const back = modelChanges(folders.diff(unlisted, listed), component('Person')).changes;
    expect(back.map((change) => [change.kind, change.breaks])).toEqual([['fields-documented', { readers: false, writers: false }]]);
  });
});
