// Benchmarks generation, the export against peer code generators, scaling and the generated
// validators, and prints a markdown report. `npm run bench` took 20 minutes on a shared two-core
// machine under load. `npm run bench -- --quick` runs on a part of the corpus, and `--out FILE`
// also writes the report to FILE. The benchmark is not part of the test suite.
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { loadModelDocument } from '../generator/model/load-model-document.js';
import { reachableDocs } from '../generator/model/reachable-docs.js';
import { writeCorpusCopies, writeDocSubset } from './bench/corpus-copies.js';
import { fixed, median, runMeasured, type ProcessCost } from './bench/measure.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpus = resolve(root, '../shared/corpus/stackone-php/2025-11-30/docs');
const peersFolder = join(root, 'scripts/bench/peers');
const cli = join(root, 'bin/md-models-ts.js');

const { values: options } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string' } } });
const quick = options.quick;
const settings = quick
  ? { coldRounds: 1, peerRounds: 1, fullCorpusPeers: false, scaleCopies: [1, 2], validatorRounds: 2, validatorMs: 100 }
  : { coldRounds: 3, peerRounds: 2, fullCorpusPeers: true, scaleCopies: [1, 2, 4, 8], validatorRounds: 5, validatorMs: 300 };
/** Models in the part of the corpus that every peer, quicktype included, finishes in reasonable time, and that a quick run uses throughout. */
const SUBSET_MODELS = 300;
/** The doc that the warm run changes. */
const CHANGED_DOC = 'Models/Components/Scorecard.md';
/** The doc of the model that `scripts/bench/validators.ts` measures; it refers to `CHANGED_DOC`. */
const VALIDATOR_MODEL_DOC = 'Models/Components/ScorecardsPaginated.md';

const work = mkdtempSync(join(tmpdir(), 'md-models-bench-'));
const report: string[] = [];
const corpusDocument = loadModelDocument(corpus).document;
const subset = writeSubset();
/** The docs that the cold, warm and scale runs read: the corpus, or its subset in a quick run. */
const docsForRuns = quick ? subset.folder : corpus;
const docsForRunsCount = quick ? subset.models : corpusDocument.models.length;

const log = (text: string): void => void process.stderr.write(`${text}\n`);

/** Environment for peer processes: npm offline and every HTTP(S) request sent to a closed local port. */
const offline: NodeJS.ProcessEnv = {
  ...process.env,
  npm_config_offline: 'true',
  HTTP_PROXY: 'http://127.0.0.1:9',
  HTTPS_PROXY: 'http://127.0.0.1:9',
  http_proxy: 'http://127.0.0.1:9',
  https_proxy: 'http://127.0.0.1:9',
  NO_PROXY: '',
};

/**
 * Writes the first models of the corpus with every doc they refer to, and the validator benchmark's
 * model, which includes the doc that the warm run changes.
 */
function writeSubset(): { folder: string; models: number } {
  const docs = reachableDocs(corpusDocument, VALIDATOR_MODEL_DOC);
  for (const model of corpusDocument.models) {
    if (docs.size >= SUBSET_MODELS) break;
    for (const doc of reachableDocs(corpusDocument, model.source.file)) docs.add(doc);
  }
  const folder = join(work, 'subset');
  writeDocSubset(corpus, folder, docs);
  return { folder, models: docs.size };
}

function ensurePeers(): void {
  if (existsSync(join(peersFolder, 'node_modules'))) return;
  log('installing the peer generators with npm ci --prefix scripts/bench/peers');
  execFileSync('npm', ['ci', '--prefix', peersFolder, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

function version(folder: string, name: string): string {
  return (JSON.parse(readFileSync(join(folder, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
}

interface OurRun extends ProcessCost {
  timings: Record<string, number>;
}

/** Runs `generate` or `check` as a fresh process with stage timings. */
function runOurs(command: 'generate' | 'check', input: string, out: string, options: { keepOutput?: boolean; jobs?: number } = {}): OurRun {
  if (command === 'generate' && !options.keepOutput) rmSync(out, { recursive: true, force: true });
  const jobs = options.jobs === undefined ? [] : ['--jobs', String(options.jobs)];
  const cost = runMeasured('node', [cli, command, '--input', input, '--out', out, '--timings', ...jobs], { cwd: root });
  const line = /timings \(ms\): ([^\n]+)/.exec(cost.stderr)?.[1] ?? '';
  const timings = Object.fromEntries(line.split(', ').map((part) => part.split(' ')).map(([stage, ms]) => [stage!, Number(ms)]));
  return { ...cost, timings };
}

function runPeer(peer: string, input: string, out: string): ProcessCost {
  rmSync(out, { recursive: true, force: true });
  return runMeasured('node', [join(peersFolder, 'run-peer.mjs'), peer, input, out], { cwd: work, env: offline });
}

function exportDocs(input: string, out: string, format: 'json-schema' | 'openapi'): void {
  runMeasured('node', [cli, 'export', '--input', input, '--out', out, '--format', format], { cwd: root });
}

function table(header: string[], rows: (string | number)[][]): string {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown';
  return `${cpus().length} cores (nproc), ${cpu}, node ${process.version}, ${process.platform} ${process.arch}`;
}

// 1. Cold whole-corpus generation, the parse baseline and the drift check, interleaved.
function coldSection(): void {
  log('cold generation');
  const out = join(work, 'cold-out');
  const runs: { ours: OurRun; twoThreads: OurRun; check: OurRun; baseline: ProcessCost; baselineParseMs: number }[] = [];
  for (let round = 0; round < settings.coldRounds; round += 1) {
    const baseline = runMeasured('node', ['--import', 'tsx', join(root, 'scripts/bench/parse-baseline.ts'), docsForRuns], { cwd: root });
    const ours = runOurs('generate', docsForRuns, out);
    const twoThreads = runOurs('generate', docsForRuns, out, { jobs: 2 });
    const check = runOurs('check', docsForRuns, out);
    runs.push({ ours, twoThreads, check, baseline, baselineParseMs: (JSON.parse(baseline.stdout) as { parseMs: number }).parseMs });
  }
  const m = (pick: (run: (typeof runs)[number]) => number): number => median(runs.map(pick));
  const stages = ['read', 'parse', 'model', 'emit', 'write'];
  report.push(quick ? `## Cold generation (${docsForRunsCount} docs)` : '## Cold whole-corpus generation', '');
  report.push(`A fresh process per run (\`node bin/md-models-ts.js generate --timings\`, output folder removed first), ${runs.length} run(s), medians. The \`--jobs 2\` run parses on two threads (${availableParallelism()} cores here); the other runs parse on the main thread only. The baseline is a fresh process that reads the same docs and parses them with remark-parse and remark-gfm alone, on one thread.`, '');
  report.push(table(['measure', 'value'], [
    ['wall time, generate (s)', fixed(m((run) => run.ours.wall))],
    ['CPU time, generate (s)', fixed(m((run) => run.ours.cpu))],
    ['peak memory, generate (MB)', fixed(m((run) => run.ours.maxRssMb), 0)],
    ...stages.map((stage) => [`stage ${stage} (ms)`, fixed(m((run) => run.ours.timings[stage] ?? 0), 0)]),
    ['wall time, parse baseline process (s)', fixed(m((run) => run.baseline.wall))],
    ['parse time inside the baseline process (s)', fixed(m((run) => run.baselineParseMs / 1000))],
    ['generate wall / baseline process wall', fixed(m((run) => run.ours.wall / run.baseline.wall))],
    ['generate wall / baseline parse time', fixed(m((run) => run.ours.wall / (run.baselineParseMs / 1000)))],
    ['wall time, generate --jobs 2 (s)', fixed(m((run) => run.twoThreads.wall))],
    ['CPU time, generate --jobs 2 (s)', fixed(m((run) => run.twoThreads.cpu))],
    ['peak memory, generate --jobs 2 (MB)', fixed(m((run) => run.twoThreads.maxRssMb), 0)],
    ['generate --jobs 2 wall / baseline process wall', fixed(m((run) => run.twoThreads.wall / run.baseline.wall))],
    ['generate --jobs 2 wall / generate wall', fixed(m((run) => run.twoThreads.wall / run.ours.wall))],
    ['wall time, check (s)', fixed(m((run) => run.check.wall))],
    ['CPU time, check (s)', fixed(m((run) => run.check.cpu))],
    ['check wall / generate wall', fixed(m((run) => run.check.wall / run.ours.wall))],
    ['check CPU / generate CPU', fixed(m((run) => run.check.cpu / run.ours.cpu))],
    ['generate CPU / baseline process CPU', fixed(m((run) => run.ours.cpu / run.baseline.cpu))],
  ]), '');
}

// 2. Warm regeneration after one changed doc.
function warmSection(): void {
  log('warm regeneration');
  const copy = join(work, 'warm-docs');
  writeCorpusCopies(docsForRuns, copy, 1);
  const out = join(work, 'warm-out');
  const result = runMeasured('node', ['--import', 'tsx', join(root, 'scripts/bench/in-process.ts'), copy, out, CHANGED_DOC], { cwd: root });
  const { first, second } = JSON.parse(result.stdout) as Record<'first' | 'second', Record<string, number>>;
  // A new process: a first run fills the cache file, then a run after one more change reuses it.
  const cachedOut = join(work, 'warm-cached-out');
  runOurs('generate', copy, cachedOut);
  const changed = join(copy, CHANGED_DOC);
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/\n## Fields/, '\nAnother sentence.\n\n## Fields'));
  const newProcess = runOurs('generate', copy, cachedOut, { keepOutput: true });
  report.push(`## Warm regeneration after one changed doc (${docsForRunsCount} docs)`, '');
  report.push('The in-process runs keep the run cache in memory, as `generate --watch` does; the new process reads the cache file that the run before it wrote.', '');
  report.push(table(['measure', 'ms'], [
    ['first in-process run', fixed(first.total!, 0)],
    ['second in-process run after one changed doc', fixed(second.total!, 0)],
    ...['read', 'parse', 'model', 'emit', 'write'].map((stage) => [`  of which ${stage}`, fixed(second[stage]!, 0)]),
    ['new process after one changed doc (wall)', fixed(newProcess.wall * 1000, 0)],
  ]), '');
}

// 3. Peers on the same models.
function peersSection(): void {
  ensurePeers();
  report.push('## Against peer generators on the same models', '');
  report.push(`Each generator runs as a fresh process, ours and the peers interleaved in every round, ${settings.peerRounds} round(s). Ours reads the docs; the peers read this project's export of the same docs (OpenAPI 3.1 for openapi-typescript and hey-api, JSON Schema for quicktype and json-schema-to-typescript). Ratios are peer time / our time in the same round (medians); above 1 means the peer is slower.`, '');
  report.push(`Peer versions: openapi-typescript ${version(peersFolder, 'openapi-typescript')} (typescript ${version(peersFolder, 'typescript')}), quicktype-core ${version(peersFolder, 'quicktype-core')}, @hey-api/openapi-ts ${version(peersFolder, '@hey-api/openapi-ts')}, json-schema-to-typescript ${version(peersFolder, 'json-schema-to-typescript')}.`, '');

  const sets = [{ name: `part of the corpus (${subset.models} models)`, folder: subset.folder, models: subset.models, peers: ['openapi-typescript', 'quicktype', 'hey-api', 'json-schema-to-typescript'] }];
  if (settings.fullCorpusPeers) sets.push({ name: `whole corpus (${corpusDocument.models.length} models)`, folder: corpus, models: corpusDocument.models.length, peers: ['openapi-typescript', 'hey-api', 'json-schema-to-typescript'] });

  for (const set of sets) {
    log(`peers: ${set.name}`);
    const openapi = join(work, `${set.models}.openapi.json`);
    const jsonSchema = join(work, `${set.models}.schema.json`);
    exportDocs(set.folder, openapi, 'openapi');
    exportDocs(set.folder, jsonSchema, 'json-schema');
    const walls: Record<string, number[]> = {};
    const ratios: Record<string, number[]> = {};
    const memory: Record<string, number[]> = {};
    const emitRatios: Record<string, number[]> = {};
    const emitMs: number[] = [];
    for (let round = 0; round < settings.peerRounds; round += 1) {
      const ours = runOurs('generate', set.folder, join(work, 'peer-ours'));
      (walls.ours ??= []).push(ours.wall);
      (memory.ours ??= []).push(ours.maxRssMb);
      emitMs.push(ours.timings.emit ?? 0);
      for (const peer of set.peers) {
        const input = peer === 'quicktype' || peer === 'json-schema-to-typescript' ? jsonSchema : openapi;
        const cost = runPeer(peer, input, join(work, `peer-${peer}`));
        (walls[peer] ??= []).push(cost.wall);
        (memory[peer] ??= []).push(cost.maxRssMb);
        (ratios[peer] ??= []).push(cost.wall / ours.wall);
        (emitRatios[peer] ??= []).push(cost.wall / ((ours.timings.emit ?? 0) / 1000));
      }
    }
    report.push(`### ${set.name}`, '');
    report.push(table(['generator', 'output', 'wall (s)', 'ms per model', 'peak memory (MB)', 'time ratio to ours', 'time ratio to our emit stage'], [
      ['md-models-ts (ours)', 'classes and validators', fixed(median(walls.ours!)), fixed((median(walls.ours!) * 1000) / set.models), fixed(median(memory.ours!), 0), '1.00', '-'],
      ['md-models-ts emit stage alone', 'classes and validators', fixed(median(emitMs) / 1000), fixed(median(emitMs) / set.models), '-', '-', '1.00'],
      ...set.peers.map((peer) => [peer, PEER_OUTPUT[peer]!, fixed(median(walls[peer]!)), fixed((median(walls[peer]!) * 1000) / set.models), fixed(median(memory[peer]!), 0), fixed(median(ratios[peer]!)), fixed(median(emitRatios[peer]!))]),
    ]), '');
  }
}

const PEER_OUTPUT: Record<string, string> = {
  'openapi-typescript': 'types',
  quicktype: 'types with runtime conversion',
  'hey-api': 'types and zod schemas',
  'json-schema-to-typescript': 'types',
};

// 4. Scale: the corpus 1, 2, 4 and 8 times over.
function scaleSection(): void {
  const source = docsForRuns;
  const rows: (string | number)[][] = [];
  let base: OurRun | undefined;
  let baseDocs = 0;
  for (const copies of settings.scaleCopies) {
    log(`scale x${copies}`);
    const folder = join(work, 'scale-docs');
    const docs = writeCorpusCopies(source, folder, copies);
    const run = runOurs('generate', folder, join(work, 'scale-out'));
    base ??= run;
    baseDocs ||= docs;
    rows.push([copies, docs, fixed(run.wall), fixed(run.cpu), fixed(run.maxRssMb, 0), fixed(run.wall / base.wall / (docs / baseDocs)), fixed(run.maxRssMb / base.maxRssMb)]);
    rmSync(folder, { recursive: true, force: true });
  }
  report.push('## Scale', '');
  report.push(`The ${quick ? `${docsForRunsCount} docs of the quick run` : 'corpus'} copied ${settings.scaleCopies.join(', ')} times into one folder, each copy's models renamed consistently (titles, file names, links, type names). One fresh process per size. Linear growth keeps "wall per doc vs x1" near 1.`, '');
  report.push(table(['copies', 'docs', 'wall (s)', 'CPU (s)', 'peak memory (MB)', 'wall per doc vs x1', 'memory vs x1'], rows), '');
}

// 5. Validators.
function validatorsSection(): void {
  log('validators');
  const result = runMeasured('node', ['--import', 'tsx', join(root, 'scripts/bench/validators.ts'), docsForRuns, String(settings.validatorRounds), String(settings.validatorMs)], { cwd: root });
  const data = JSON.parse(result.stdout) as { model: string; items: number; payloadBytes: number; results: Record<string, Record<string, { opsPerSecond: number; ratioToGenerated: number }>> };
  report.push('## Validators', '');
  report.push(`Model \`${data.model}\` from stackone-php/2025-11-30 (an array of ${data.items} \`Scorecard\` objects with nested sections, a date-time and an enum), payload built from the docs' examples (${data.payloadBytes} bytes of JSON); the invalid payload has three wrong values. ${settings.validatorRounds} interleaved rounds of ${settings.validatorMs} ms each, medians. Ratio is the contender's operations per second / the generated validator's, so below 1 means the generated validator is faster.`, '');
  const names = Object.keys(data.results.valid!);
  report.push(table(['validator', 'valid: ops/s', 'valid: ratio', 'invalid: ops/s', 'invalid: ratio'], names.map((name) => [
    name,
    fixed(data.results.valid![name]!.opsPerSecond, 0),
    fixed(data.results.valid![name]!.ratioToGenerated),
    fixed(data.results.invalid![name]!.opsPerSecond, 0),
    fixed(data.results.invalid![name]!.ratioToGenerated),
  ])), '');
}

try {
  const started = performance.now();
  report.push(`# Benchmark results${quick ? ' (quick run)' : ''}`, '');
  report.push(`Machine: ${machine()}. Command: \`npm run bench${quick ? ' -- --quick' : ''}\`. Input: stackone-php/2025-11-30 (2,418 docs).`, '');
  coldSection();
  warmSection();
  peersSection();
  scaleSection();
  validatorsSection();
  report.push(`Whole benchmark: ${fixed((performance.now() - started) / 1000, 0)} s.`, '');
  const text = report.join('\n');
  process.stdout.write(text);
  if (options.out) writeFileSync(resolve(options.out), text);
} finally {
  rmSync(work, { recursive: true, force: true });
}
