import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { MIN_DOCS_PER_WORKER, startParallelReading } from '../../generator/model/parallel-reading.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { readDoc } from '../../generator/parse/read-doc.js';
import type { DocSource } from '../../generator/parse/read-docs-folder.js';
import { run, tempProject, type TempProject } from './helpers.js';

/** Enough docs for one worker and more: object models that refer to each other, every tenth with an unknown type. */
function manyDocs(count: number): DocSource[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `Model${String(index).padStart(4, '0')}`;
    const next = `Model${String((index + 1) % count).padStart(4, '0')}`;
    const type = index % 10 === 0 ? '*Unknowable*' : '*?string*';
    const text = [
      `# ${name}`,
      '',
      `Model number ${index}.`,
      '',
      '## Fields',
      '',
      '| Field | Type | Required | Description | Example |',
      '| ----- | ---- | -------- | ----------- | ------- |',
      `| \`label${index}\` | ${type} | :heavy_minus_sign: | A label | label ${index} |`,
      `| \`next\` | [?Components\\${next}](../../Models/Components/${next}.md) | :heavy_minus_sign: | The next model | |`,
      `| \`count\` | *int* | :heavy_check_mark: | A count | 1.5 |`,
      '',
    ].join('\n');
    return { file: `Models/Components/${name}.md`, text };
  });
}

/** Resolves once `condition` holds, checking every 50 ms for at most 60 s. */
async function waitFor(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition did not hold within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('startParallelReading', () => {
  it('reads as one thread does', async () => {
    const docs = manyDocs(2 * MIN_DOCS_PER_WORKER);
    const parallel = startParallelReading(docs, phpDialect, 2);
    expect(parallel).toBeDefined();
    // The worker loads the parser first; the main thread waits for it here so that both parse docs.
    await waitFor(() => parallel!.stats.parsedByWorkers > 0);

    const parallelBag = new DiagnosticBag();
    const serialBag = new DiagnosticBag();
    try {
      for (const doc of docs) {
        const reading = parallel!.read(doc.file, doc.text, phpDialect, parallelBag);
        expect(reading).toEqual(readDoc(doc.file, doc.text, phpDialect, serialBag));
      }
    } finally {
      parallel!.stop();
    }

    expect(parallelBag.items).toEqual(serialBag.items);
    expect(serialBag.items.filter((item) => item.code === 'unknown-type')).toHaveLength(2 * MIN_DOCS_PER_WORKER / 10);
    expect(parallel!.stats.fromWorkers).toBeGreaterThan(0);
  });

  it('parses a doc itself when its worker ends', async () => {
    const docs = manyDocs(MIN_DOCS_PER_WORKER);
    const parallel = startParallelReading(docs, phpDialect, 2, new URL('./fixtures/vanishing-worker.js', import.meta.url))!;
    const last = docs.at(-1)!;
    await waitFor(() => parallel.stats.parsedByWorkers > 0);

    const parallelBag = new DiagnosticBag();
    const serialBag = new DiagnosticBag();
    try {
      expect(parallel.read(last.file, last.text, phpDialect, parallelBag)).toEqual(readDoc(last.file, last.text, phpDialect, serialBag));
    } finally {
      parallel.stop();
    }
    expect(parallelBag.items).toEqual(serialBag.items);
    expect(parallel.stats.fromWorkers).toBe(0);
  });

  it('starts no worker for few docs', () => {
    expect(startParallelReading(manyDocs(MIN_DOCS_PER_WORKER - 1), phpDialect, 4)).toBeUndefined();
  });

  it('starts no worker by default', () => {
    expect(startParallelReading(manyDocs(4 * MIN_DOCS_PER_WORKER), phpDialect)).toBeUndefined();
  });

  it('starts no worker for one job', () => {
    expect(startParallelReading(manyDocs(4 * MIN_DOCS_PER_WORKER), phpDialect, 1)).toBeUndefined();
  });

  it('starts no worker for an unnamed dialect', () => {
    expect(startParallelReading(manyDocs(4 * MIN_DOCS_PER_WORKER), { ...phpDialect }, 2)).toBeUndefined();
  });
});

describe('generate --jobs', () => {
  let projects: TempProject[] = [];
  afterEach(() => {
    for (const project of projects) project.remove();
    projects = [];
  });

  /** Generates the docs of `manyDocs` with `--jobs` and returns the run and the output files. */
  async function generateWith(jobs: string): Promise<{ code: number; stderr: string; files: Map<string, string> }> {
    const project = tempProject({ empty: true });
    projects.push(project);
    for (const doc of manyDocs(2 * MIN_DOCS_PER_WORKER)) project.write(`docs/${doc.file}`, doc.text.replace('*Unknowable*', '*?float*'));
    const result = await run(project, ['generate', '--input', 'docs', '--out', 'out', '--no-cache', '--jobs', jobs]);
    const files = new Map(readdirSync(project.out).map((name) => [name, project.read(`out/${name}`)]));
    return { code: result.code, stderr: result.stderr.replace(/ in [\d.]+ s$/m, ''), files };
  }

  it('writes the same files with two threads', async () => {
    const oneThread = await generateWith('1');
    const twoThreads = await generateWith('2');

    expect(oneThread.code).toBe(0);
    expect(twoThreads.code).toBe(0);
    expect(oneThread.files.size).toBe(2 * MIN_DOCS_PER_WORKER + 3);
    expect(twoThreads.files).toEqual(oneThread.files);
    expect(twoThreads.stderr).toBe(oneThread.stderr);
  });

  it.each(['0', '1.5', 'many', '65'])('rejects --jobs %s', async (jobs) => {
    const project = tempProject();
    projects.push(project);
    const result = await run(project, ['generate', '--input', 'docs', '--out', 'out', '--jobs', jobs]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--jobs ${jobs} is not valid; expected a whole number from 1 to 64`);
  });
});
