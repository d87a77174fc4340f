// Times generation inside one process: a first run, then a second run after one doc changed, with
// the run cache kept in memory as watch mode keeps it. Prints the stage timings of both runs as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_FILE_NAME, RunCache } from '../../generator/cache/run-cache.js';
import { generate } from '../../generator/generate.js';
import { writeOutput } from '../../generator/write/write-output.js';

const [inputArgument, outArgument, changedDoc] = process.argv.slice(2);
if (!inputArgument || !outArgument || !changedDoc) throw new Error('usage: in-process.ts <docs folder> <output folder> <doc to change>');
const input = inputArgument;
const out = outArgument;

const cache = RunCache.open(join(out, CACHE_FILE_NAME));
let runs = 0;

function run(): Record<string, number> {
  const start = performance.now();
  if (runs > 0) cache.startRun();
  runs += 1;
  const result = generate({ input, out, cache });
  const writeStart = performance.now();
  writeOutput(out, result.files);
  const end = performance.now();
  return { ...result.timings, write: end - writeStart, total: end - start };
}

const first = run();
const docPath = join(input, changedDoc);
const original = readFileSync(docPath, 'utf8');
writeFileSync(docPath, original.replace(/\n## Fields/, '\nA sentence that the benchmark added.\n\n## Fields'));
try {
  const second = run();
  console.log(JSON.stringify({ first, second }));
} finally {
  writeFileSync(docPath, original);
}
