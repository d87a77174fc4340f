import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyMutation, checkFuzzCase, fuzzCaseArbitrary, loadFuzzFolders } from './doc-mutations.js';

const SPEC = fileURLToPath(new URL('../../spec', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/stackone-php/2025-11-30/docs', import.meta.url));

/** FUZZ_SEED replays a failing run (fast-check prints the seed); FUZZ_RUNS sets the number of cases. */
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);

describe('mutated real docs', () => {
  const folders = loadFuzzFolders(SPEC, CORPUS, 40);

  it('loads the seed folder and a corpus sample', () => {
    expect(folders[0]!.docs.length).toBe(5);
    expect(folders.length).toBe(41);
  });

  it('mutations change the text', () => {
    const text = '# A\n\n## Fields\n\n| Field | Type |\n| --- | --- |\n| `a` | *string* |\n';
    expect(applyMutation(text, { kind: 'swap-cells', row: 0.99, first: 1, second: 2 })).toContain('| *string* | `a` |');
    expect(applyMutation(text, { kind: 'insert', at: 0, text: '*/' }).startsWith('*/# A')).toBe(true);
    expect(applyMutation(text, { kind: 'truncate', at: 0.5 }).length).toBe(Math.floor(text.length / 2));
  });

  it('never crash and always place diagnostics', () => {
    fc.assert(
      fc.property(fuzzCaseArbitrary(folders), (fuzzCase) => checkFuzzCase(folders, fuzzCase)),
      { numRuns, ...(seed === undefined ? {} : { seed }) },
    );
  });
});
