import { describe, expect, it } from 'vitest';
import { createModelEquivalence } from '../../generator/diff/model-equivalence.js';
import type { Field, ModelDocument, ObjectModel, TypeExpression } from '../../generator/model/types.js';

function field(name: string, type: TypeExpression): Field {
  return { name, wireName: name, wireNameSource: 'mapping', type, required: true, nullable: false, source: { file: 'x.md', line: 1, column: 1 } };
}

function object(file: string, fields: Field[]): ObjectModel {
  return { kind: 'object', name: file.replace('.md', ''), fields, documented: true, source: { file, line: 1, column: 1 } };
}

function document(...models: ObjectModel[]): ModelDocument {
  return { version: 1, dialect: 'php', models };
}

const reference = (file: string): TypeExpression => ({ kind: 'reference', model: file.replace('.md', ''), doc: file });
const string: TypeExpression = { kind: 'primitive', name: 'string' };
const integer: TypeExpression = { kind: 'primitive', name: 'integer' };

describe('model equivalence', () => {
  it('self-referring models with equal fields', () => {
    const same = createModelEquivalence(document(object('Node.md', [field('next', reference('Node.md')), field('tag', string)])), document(object('Link.md', [field('next', reference('Link.md')), field('tag', string)])));
    expect(same('Node.md', 'Link.md')).toBe(true);
  });

  it('self-referring models with different fields', () => {
    const same = createModelEquivalence(document(object('Node.md', [field('next', reference('Node.md')), field('tag', string)])), document(object('Link.md', [field('next', reference('Link.md')), field('tag', integer)])));
    expect(same('Node.md', 'Link.md')).toBe(false);
  });

  it('pair assumed on a failed cycle', () => {
    // Comparing Outer with Wrapper first compares Inner with Core, assuming that Outer equals
    // Wrapper. That assumption fails, so Inner and Core must not stay cached as equal.
    const before = document(object('Outer.md', [field('inner', reference('Inner.md')), field('size', string)]), object('Inner.md', [field('outer', reference('Outer.md'))]));
    const after = document(object('Wrapper.md', [field('inner', reference('Core.md')), field('size', integer)]), object('Core.md', [field('outer', reference('Wrapper.md'))]));
    const same = createModelEquivalence(before, after);
    expect(same('Outer.md', 'Wrapper.md')).toBe(false);
    expect(same('Inner.md', 'Core.md')).toBe(false);
  });

  it('different field names', () => {
    const same = createModelEquivalence(document(object('A.md', [field('id', string)])), document(object('B.md', [field('key', string)])));
    expect(same('A.md', 'B.md')).toBe(false);
  });
});
