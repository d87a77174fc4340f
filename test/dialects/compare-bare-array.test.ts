import { describe, expect, it } from 'vitest';
import { compareTypes, type ModelPairs } from '../../generator/model/compare/compare-types.js';
import type { TypeExpression } from '../../generator/model/types.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { arrayOf, mapOf, readTypeCell, string, unknown } from './corpus.js';

const pairs: ModelPairs = { leftToRight: new Map(), pairedRight: new Set(), sameShape: () => false, numbersUntyped: false };
const bareArray = readTypeCell(phpDialect, '*array*', 'Models/Components/X.md').type;

function union(...members: TypeExpression[]): TypeExpression {
  return { kind: 'union', members };
}

describe('bare PHP array in comparisons', () => {
  it('blames the docs for a list in the other dialect', () => {
    expect(compareTypes(bareArray, arrayOf(string), pairs)).toEqual({ cause: 'untyped array in one dialect', fromDocs: true });
  });

  it('blames the docs for a map in the other dialect', () => {
    expect(compareTypes(bareArray, mapOf(unknown), pairs)).toEqual({ cause: 'untyped array in one dialect', fromDocs: true });
  });

  it('matches a union member list of one untyped array', () => {
    const php = readTypeCell(phpDialect, '*string*\\|array', 'Models/Components/X.md').type;

    expect(compareTypes(php, union(string, arrayOf(unknown)), pairs)).toBeUndefined();
    expect(compareTypes(php, union(string, mapOf(unknown)), pairs)).toBeUndefined();
  });

  it('matches several bare arrays against typed lists', () => {
    const php = union(arrayOf(unknown), mapOf(unknown), arrayOf(unknown), mapOf(unknown));
    const go = union(arrayOf(string), arrayOf(arrayOf(string)));

    expect(compareTypes(php, go, pairs)?.fromDocs).toBe(true);
  });
});
