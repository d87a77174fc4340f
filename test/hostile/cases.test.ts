import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileGenerated } from './compile-output.js';
import type { GenerateResult } from '../../generator/generate.js';
import { generatedDocs, listedDiagnostics, runCase, type CaseExpectation } from './run-case.js';

const CASES = fileURLToPath(new URL('./cases', import.meta.url));
const caseNames = readdirSync(CASES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

// Each case is generated once and shared by its tests.
const results = new Map<string, GenerateResult>();
function resultOf(folder: string): GenerateResult {
  let result = results.get(folder);
  if (!result) {
    result = runCase(folder);
    results.set(folder, result);
  }
  return result;
}

describe('hostile case folders', () => {
  it('has a case per listed problem', () => {
    expect(caseNames.length).toBeGreaterThanOrEqual(30);
  });

  for (const name of caseNames) {
    const folder = join(CASES, name);
    const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as CaseExpectation;

    it(`${name}: gives the listed diagnostics`, () => {
      const result = resultOf(folder);
      const actual = listedDiagnostics(result);

      const problems = actual.filter((diagnostic) => diagnostic.severity !== 'info');
      expect(problems).toEqual(expected.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info'));
      for (const info of expected.diagnostics.filter((diagnostic) => diagnostic.severity === 'info')) {
        expect(actual).toContainEqual(info);
      }
    });

    it(`${name}: places every problem in a doc`, () => {
      const result = resultOf(folder);
      // Info notes may concern the whole folder; errors and warnings must point into a doc.
      for (const diagnostic of result.diagnostics.filter((item) => item.severity !== 'info')) {
        expect(diagnostic.source?.file, diagnostic.message).toMatch(/\.md$/);
        expect(diagnostic.source!.line).toBeGreaterThanOrEqual(1);
        expect(diagnostic.source!.column).toBeGreaterThanOrEqual(1);
      }
    });

    it(`${name}: generates the listed docs`, () => {
      expect(generatedDocs(resultOf(folder))).toEqual([...expected.generated].sort());
    });

    if (expected.compiles) {
      it(`${name}: output compiles with strict options`, () => {
        const compiled = compileGenerated(resultOf(folder).files);
        expect(compiled.output).toBe('');
        expect(compiled.ok).toBe(true);
      });
    }
  }
});
