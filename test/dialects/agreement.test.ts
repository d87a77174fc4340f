import { describe, expect, it } from 'vitest';
import { compareDocuments, type DocumentComparison } from '../../generator/model/compare/compare-documents.js';
import { buildCorpusFolder } from './corpus.js';

/**
 * The agreement measured between two dialects' docs of one API. The figures are floors: a change
 * that lowers one is a regression in reading, unless the corpus itself changed. `readingErrors`
 * is a ceiling on the disagreements that the comparison blames on reading rather than on the docs.
 */
const PAIRS = [
  {
    left: 'dub-php/2026-07-04',
    right: 'dub-go/2026-07-04',
    models: { paired: 454, name: 454, kind: 454 },
    fields: { paired: 2362, name: 2362, type: 2025, required: 2362, nullable: 1991 },
    enumValues: 140,
    unionMembers: 9,
    readingErrors: 0,
  },
  {
    left: 'clerk-python/2026-06-12',
    right: 'clerk-csharp/2026-06-11',
    models: { paired: 858, name: 821, kind: 858 },
    fields: { paired: 2892, name: 2892, type: 2340, required: 2892, nullable: 2223 },
    enumValues: 214,
    unionMembers: 17,
    readingErrors: 0,
  },
  {
    left: 'stackone-php/2025-11-30',
    right: 'stackone-csharp/2025-12-05',
    models: { paired: 1734, name: 1483, kind: 1734 },
    fields: { paired: 5946, name: 5946, type: 5554, required: 5946, nullable: 1046 },
    enumValues: 205,
    unionMembers: 0,
    readingErrors: 0,
  },
];

function compareFolders(left: string, right: string): DocumentComparison {
  return compareDocuments(buildCorpusFolder(left).result.document, buildCorpusFolder(right).result.document);
}

describe('dialect agreement', () => {
  it.each(PAIRS)('keeps $left and $right in agreement', { timeout: 300_000 }, (pair) => {
    const comparison = compareFolders(pair.left, pair.right);
    const readingErrors = comparison.disagreements.filter((group) => !group.fromDocs).reduce((total, group) => total + group.count, 0);

    expect(comparison.models.paired).toBeGreaterThanOrEqual(pair.models.paired);
    expect(comparison.models.name.agreed).toBeGreaterThanOrEqual(pair.models.name);
    expect(comparison.models.kind.agreed).toBeGreaterThanOrEqual(pair.models.kind);
    expect(comparison.fields.paired).toBeGreaterThanOrEqual(pair.fields.paired);
    expect(comparison.fields.name.agreed).toBeGreaterThanOrEqual(pair.fields.name);
    expect(comparison.fields.type.agreed).toBeGreaterThanOrEqual(pair.fields.type);
    expect(comparison.fields.required.agreed).toBeGreaterThanOrEqual(pair.fields.required);
    expect(comparison.fields.nullable.agreed).toBeGreaterThanOrEqual(pair.fields.nullable);
    expect(comparison.enums.values.agreed).toBeGreaterThanOrEqual(pair.enumValues);
    expect(comparison.unions.members.agreed).toBeGreaterThanOrEqual(pair.unionMembers);
    expect(readingErrors).toBeLessThanOrEqual(pair.readingErrors);
  });
});
