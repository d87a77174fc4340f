// Runs the doc fuzzer for longer than the test suite does, and prints what the cases produced.
// Usage: npx tsx scripts/fuzz.ts [--runs N] [--seed S] [--compile-every K]
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { compileGenerated } from '../test/hostile/compile-output.js';
import { docsOfCase, findOutcomeProblems, fuzzCaseArbitrary, loadFuzzFolders, MAX_CASE_MILLISECONDS, runPipeline } from '../test/hostile/doc-mutations.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    'compile-every': { type: 'string', default: '0' },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Date.now() ^ (Math.random() * 0x100000000) : Number(values.seed);
const compileEvery = Number(values['compile-every']);

const folders = loadFuzzFolders(
  fileURLToPath(new URL('../spec', import.meta.url)),
  fileURLToPath(new URL('../../shared/corpus/stackone-php/2025-11-30/docs', import.meta.url)),
  200,
);

const stats = { cases: 0, withErrors: 0, generating: 0, compiled: 0, slowestMilliseconds: 0, codes: new Map<string, number>() };
console.log(`fuzzing ${runs} cases with seed ${seed} over ${folders.length} folders`);

const result = fc.check(
  fc.property(fuzzCaseArbitrary(folders), (fuzzCase) => {
    const docs = docsOfCase(folders, fuzzCase);
    const outcome = runPipeline(docs);
    stats.cases += 1;
    if (stats.cases % 1000 === 0) console.error(`${stats.cases} cases done`);
    stats.slowestMilliseconds = Math.max(stats.slowestMilliseconds, outcome.milliseconds);
    if (outcome.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) stats.withErrors += 1;
    if (outcome.files.some((file) => file.doc !== undefined)) stats.generating += 1;
    for (const diagnostic of outcome.diagnostics) stats.codes.set(diagnostic.code, (stats.codes.get(diagnostic.code) ?? 0) + 1);

    if (outcome.milliseconds > MAX_CASE_MILLISECONDS) throw new Error(`the case took ${Math.round(outcome.milliseconds)} ms`);
    const problems = findOutcomeProblems(docs, outcome);
    if (problems.length > 0) throw new Error(problems.join('\n'));

    if (compileEvery > 0 && stats.cases % compileEvery === 0 && outcome.files.some((file) => file.doc !== undefined)) {
      const compiled = compileGenerated(outcome.files);
      stats.compiled += 1;
      if (!compiled.ok) throw new Error(`the output does not compile (${compiled.folder}):\n${compiled.output}`);
    }
  }),
  { numRuns: runs, seed },
);

console.log(`${stats.cases} cases: ${stats.withErrors} with errors, ${stats.generating} generating models, ${stats.compiled} compiled; slowest ${Math.round(stats.slowestMilliseconds)} ms`);
const codes = [...stats.codes.entries()].sort((a, b) => b[1] - a[1]);
console.log('diagnostic codes: ' + codes.map(([code, count]) => `${code} ${count}`).join(', '));
if (result.failed) {
  console.log(fc.defaultReportMessage(result));
  process.exitCode = 1;
}
