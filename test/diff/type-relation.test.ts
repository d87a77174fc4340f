import { describe, expect, it } from 'vitest';
import { relateTypes, typeKey, type TypeRelation } from '../../generator/diff/type-relation.js';
import type { TypeExpression } from '../../generator/model/types.js';

const string: TypeExpression = { kind: 'primitive', name: 'string' };
const integer: TypeExpression = { kind: 'primitive', name: 'integer' };
const number: TypeExpression = { kind: 'primitive', name: 'number' };
const dateTime: TypeExpression = { kind: 'primitive', name: 'date-time' };
const int32: TypeExpression = { kind: 'primitive', name: 'integer', format: 'int32' };
const int64: TypeExpression = { kind: 'primitive', name: 'integer', format: 'int64' };
const anything: TypeExpression = { kind: 'unknown' };
const union = (...members: TypeExpression[]): TypeExpression => ({ kind: 'union', members });
const array = (items: TypeExpression): TypeExpression => ({ kind: 'array', items });
const map = (values: TypeExpression): TypeExpression => ({ kind: 'map', values });
const reference = (doc: string): TypeExpression => ({ kind: 'reference', model: doc.replace(/.*\/|\.md$/g, ''), doc });
const literal = (value: string | number | boolean | null): TypeExpression => ({ kind: 'literal', value });

describe('type relation', () => {
  const cases: [string, TypeExpression, TypeExpression, TypeRelation][] = [
    ['same primitive', string, string, 'same'],
    ['integer to number', integer, number, 'wider'],
    ['number to integer', number, integer, 'narrower'],
    ['string to date-time', string, dateTime, 'incompatible'],
    ['int32 to int64', int32, int64, 'wider'],
    ['int64 to integer', int64, integer, 'wider'],
    ['member added to union', union(string, integer), union(string, integer, dateTime), 'wider'],
    ['union reordered', union(string, integer), union(integer, string), 'same'],
    ['union to one member', union(string, integer), string, 'narrower'],
    ['array items widened', array(integer), array(number), 'wider'],
    ['array to map', array(string), map(string), 'incompatible'],
    ['anything to string', anything, string, 'narrower'],
    ['literal to its primitive', literal('a'), string, 'wider'],
    ['integer literal to integer', literal(2), integer, 'wider'],
    ['same reference', reference('Models/A.md'), reference('Models/A.md'), 'same'],
    ['other reference', reference('Models/A.md'), reference('Models/B.md'), 'incompatible'],
  ];

  for (const [name, before, after, relation] of cases) {
    it(name, () => {
      expect(relateTypes(before, after)).toBe(relation);
    });
  }

  it('equivalent references', () => {
    const sameModel = (a: string, b: string): boolean => [a, b].sort().join() === 'Models/A.md,Models/B.md';
    expect(relateTypes(reference('Models/A.md'), reference('Models/B.md'), sameModel)).toBe('same');
  });

  it('type key ignores union order', () => {
    expect(typeKey(union(string, reference('Models/A.md')))).toBe(typeKey(union(reference('Models/A.md'), string)));
  });
});
