import { describe, expect, it } from 'vitest';
import { compareDocuments } from '../../generator/model/compare/compare-documents.js';
import type { Field, Model, ModelDocument, TypeExpression } from '../../generator/model/types.js';
import { primitive, reference, string } from './corpus.js';

const source = { file: 'models/x.md', line: 1, column: 1 };

function field(name: string, type: TypeExpression, required: boolean, nullable: boolean): Field {
  return { name, wireName: name, wireNameSource: 'mapping', type, required, nullable, source };
}

function objectModel(name: string, fields: Field[]): Model {
  return { kind: 'object', name, source, fields, documented: fields.length > 0 };
}

function document(dialect: string, models: Model[]): ModelDocument {
  return { version: 1, dialect, models };
}

describe('compareDocuments', () => {
  it('pairs fields across naming conventions', () => {
    const left = document('python', [objectModel('Admin', [field('expire_at', primitive('integer'), true, true)])]);
    const right = document('csharp', [objectModel('Admin', [field('ExpireAt', primitive('integer', 'int64'), true, false)])]);
    const comparison = compareDocuments(left, right);

    expect(comparison.fields.paired).toBe(1);
    expect(comparison.fields.name).toEqual({ compared: 1, agreed: 1 });
    expect(comparison.fields.type).toEqual({ compared: 1, agreed: 0 });
    expect(comparison.fields.nullable).toEqual({ compared: 1, agreed: 0 });
    expect(comparison.disagreements.map((group) => [group.cause, group.fromDocs, group.count])).toEqual([
      ['nullable differs on a required field, which the docs do not state alike (python: exact, csharp: unstated)', true, 1],
      ['number width stated by one dialect only', true, 1],
    ]);
  });

  it('blames a required difference on reading', () => {
    const left = document('php', [objectModel('Link', [field('url', string, true, false)])]);
    const right = document('go', [objectModel('Link', [field('URL', string, false, true)])]);
    const comparison = compareDocuments(left, right);

    expect(comparison.fields.required).toEqual({ compared: 1, agreed: 0 });
    const reading = comparison.disagreements.filter((group) => !group.fromDocs);
    expect(reading.map((group) => [group.cause, group.examples])).toEqual([['required differs', ['Link.url']]]);
  });

  it('tells renamed models from wrong references', () => {
    const tag = objectModel('Tag', [field('id', string, true, false), field('name', string, true, false)]);
    const label = objectModel('Label', [field('id', string, true, false), field('text', string, true, false)]);
    const linkTo = (name: string): Model => objectModel('Link', [field('tag', reference(name), true, false)]);
    const left = document('php', [linkTo('Tag'), tag, label]);
    const renamed = document('csharp', [linkTo('LinkTag'), { ...tag, name: 'LinkTag' }, label]);
    const wrong = document('csharp', [linkTo('Label'), tag, label]);

    // `Tag` and `LinkTag` alone have their shape, so they pair and the reference agrees.
    const renamedComparison = compareDocuments(left, renamed);
    expect(renamedComparison.fields.type).toEqual({ compared: 5, agreed: 5 });
    expect(renamedComparison.disagreements.map((group) => [group.cause, group.fromDocs, group.examples])).toEqual([
      ['model names differ (letter case, separators, a C# `Union` suffix, or paired by shape)', true, ['Tag | LinkTag']],
    ]);

    const wrongCauses = compareDocuments(left, wrong).disagreements;
    expect(wrongCauses.map((group) => [group.cause, group.fromDocs, group.examples])).toEqual([['references models that are paired with other models', false, ['Link.tag: Tag | Label']]]);
  });

  it('compares enum values as sets', () => {
    const enumModel = (values: string[]): Model => ({
      kind: 'enum',
      name: 'Status',
      source,
      valueType: 'string',
      open: false,
      members: values.map((value) => ({ name: value, value, source })),
    });
    const same = compareDocuments(document('php', [enumModel(['a', 'b'])]), document('go', [enumModel(['b', 'a'])]));
    expect(same.enums.values).toEqual({ compared: 1, agreed: 1 });

    const different = compareDocuments(document('php', [enumModel(['a', 'b', 'c'])]), document('go', [enumModel(['a', 'b'])]));
    expect(different.enums.values).toEqual({ compared: 1, agreed: 0 });
    expect(different.disagreements.map((group) => [group.cause, group.fromDocs])).toEqual([['enum values differ', false]]);
  });
});
