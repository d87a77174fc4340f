import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { emitTypeScript } from '../../generator/emit/emit-files.js';
import { generate } from '../../generator/generate.js';
import { buildModelDocument } from '../../generator/model/build-model-document.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { readDocSafely } from '../../generator/model/read-doc-safely.js';
import { MAX_DOC_TOKENS } from '../../generator/parse/token-budget.js';

const CORPUS_DOCS = fileURLToPath(new URL('../../../shared/corpus/stackone-php/2025-11-30/docs', import.meta.url));

function largestDoc(folder: string): string {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
  const sized = files.map((file) => ({ file, size: statSync(join(folder, file)).size }));
  sized.sort((a, b) => b.size - a.size);
  return readFileSync(join(folder, sized[0]!.file), 'utf8');
}

/** Repeats the rows of a doc's Fields table `times` times, with field names made distinct. */
function multiplyRows(text: string, times: number): string {
  const lines = text.split('\n');
  const firstRow = lines.findIndex((line, index) => index > 0 && /^\| -/.test(lines[index - 1]!) && line.startsWith('|'));
  let lastRow = firstRow;
  while (lastRow + 1 < lines.length && lines[lastRow + 1]!.startsWith('|')) lastRow += 1;
  const rows = lines.slice(firstRow, lastRow + 1);
  const copies: string[] = [];
  for (let copy = 0; copy < times; copy += 1) for (const row of rows) copies.push(row.replace('| `', `| \`copy${copy}_`));
  return [...lines.slice(0, firstRow), ...copies, ...lines.slice(lastRow + 1)].join('\n');
}

/**
 * The fastest of `runs` timings of `work`, in milliseconds. Each timing repeats `work` until 50 ms
 * have passed and takes the mean, so that small inputs are not lost in timer and JIT noise.
 */
function fastest(work: () => void, runs: number): number {
  let best = Infinity;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    let repeats = 0;
    do {
      work();
      repeats += 1;
    } while (performance.now() - start < 50);
    best = Math.min(best, (performance.now() - start) / repeats);
  }
  return best;
}

function parse(text: string): void {
  readDocSafely({ file: 'Models/Components/Big.md', text }, phpDialect, new DiagnosticBag());
}

/**
 * Inputs built to make a parser backtrack or nest: each is built at two sizes, ten times apart, and
 * must take at most LINEAR_BOUND times as long at the larger size. Quadratic work would take about
 * a hundred times as long; the margin above ten absorbs garbage collection and timer noise.
 */
const LINEAR_BOUND = 40;
const SMALL = 300;
const LARGE = 3000;
const table = (type: string, description: string): string =>
  `# A\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| \`a\` | ${type} | :heavy_check_mark: | ${description} |\n`;
const PATHOLOGICAL: Record<string, (size: number) => string> = {
  'line break tags': (size) => table('string', '<br/>'.repeat(size) + 'x'),
  'escaped pipes': (size) => table('string', '\\|'.repeat(size)),
  'unclosed links': (size) => table('string', '[a]('.repeat(size)),
  'unclosed brackets in a type': (size) => table('['.repeat(size), 'x'),
  'open emphasis': (size) => table('string', '*a **a '.repeat(size)),
  'unclosed HTML tags': (size) => table('string', '<a '.repeat(size)),
  'backtick runs': (size) => table('`'.repeat(size) + 'x', 'x'),
  'whitespace runs': (size) => table('string', 'a' + ' '.repeat(size * 4) + 'b'),
  'blank description lines': (size) => `# A\n\n${'x\n\n'.repeat(size)}## Fields\n\n| Field | Type |\n| --- | --- |\n| \`a\` | string |\n`,
  'deprecation notices': (size) => table('string', ':warning: **DEPRECATED**: ' + ' '.repeat(size * 4) + '<br' + ' '.repeat(size * 4)),
  'nested quotes': (size) => `# A\n\n${'>'.repeat(size)} x\n\n## Fields\n\n| Field | Type |\n| --- | --- |\n| \`a\` | string |\n`,
  'nested list items': (size) => `# A\n\n${'- '.repeat(size)} x\n\n## Fields\n\n| Field | Type |\n| --- | --- |\n| \`a\` | string |\n`,
  'quotes under the limit': (size) => `# A\n\n${'>'.repeat(30)} x\n\n`.repeat(size / 30) + '## Fields\n\n| Field | Type |\n| --- | --- |\n| `a` | string |\n',
};

describe('parsing time', () => {
  it('grows linearly on a 100x doc', () => {
    const text = largestDoc(CORPUS_DOCS);
    const big = multiplyRows(text, 100);
    expect(big.length).toBeGreaterThan(text.length * 90);

    parse(text);
    const small = fastest(() => parse(text), 3);
    const large = fastest(() => parse(big), 1);
    // Linear work would give a ratio near 100, quadratic work near 10,000.
    expect(large / small).toBeLessThan(400);
  });

  for (const [name, build] of Object.entries(PATHOLOGICAL)) {
    it(`grows linearly on ${name}`, () => {
      const small = build(SMALL);
      const large = build(LARGE);
      parse(small);
      const smallTime = fastest(() => parse(small), 3);
      const largeTime = fastest(() => parse(large), 2);
      expect(largeTime / smallTime).toBeLessThan(LINEAR_BOUND);
    });
  }

  // After `<br/>`, each `*/` can both close and open, so every other one finds no opener.
  // micromark-core-commonmark 2.0.4 walked back over the whole cell for each of those, and 28,000
  // repeats took 70 s to generate. The quadratic part shows only past about 5,000 repeats, so the
  // sizes are farther apart than above.
  for (const marker of ['*', '_', '~']) {
    it(`grows linearly on unmatched ${marker} closers`, () => {
      const build = (size: number): string => table('string', `${marker}/ <br/>`.repeat(size));
      const small = build(1000);
      const large = build(16000);
      parse(small);
      const smallTime = fastest(() => parse(small), 3);
      const largeTime = fastest(() => parse(large), 1);
      // Linear work gives a ratio of about 16. micromark's own resolvers gave 83 to 166 on the 2-core test machine.
      expect(largeTime / smallTime).toBeLessThan(48);
    });
  }

  it('emits long descriptions linearly', () => {
    const emitWith = (description: string): void => {
      const docs = [{ file: 'A.md', text: table('string', description) }];
      const built = buildModelDocument(docs, new DiagnosticBag(), { dialect: phpDialect });
      emitTypeScript(built.document, { banner: { command: 'npm run generate' } });
    };
    const descriptionOf = (size: number): string => 'a' + ' '.repeat(size) + '<br/>'.repeat(size) + '@'.repeat(size) + 'b';
    emitWith(descriptionOf(2000));
    const small = fastest(() => emitWith(descriptionOf(2000)), 3);
    const large = fastest(() => emitWith(descriptionOf(20000)), 2);
    expect(large / small).toBeLessThan(LINEAR_BOUND);
  });
});

describe('oversized docs', () => {
  it('reports a 50 MB doc', () => {
    const root = mkdtempSync(join(tmpdir(), 'md-models-ts-large-'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'Huge.md'), Buffer.alloc(50 * 1024 * 1024, 'x'));
    writeFileSync(join(root, 'docs', 'Small.md'), table('string', 'x'));

    const result = generate({ input: 'docs', out: 'out', cwd: root });
    const problems = result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
    expect(problems.map((diagnostic) => `${diagnostic.source?.file} ${diagnostic.code}`)).toEqual(['Huge.md doc-too-large']);
    expect(result.document.models.map((model) => model.name)).toEqual(['A']);
  });

  it('reports a Fields table with too many rows', () => {
    // A doc of 158,000 rows like these (25 MB) ran the parser out of a 4 GiB heap.
    // Each row counts 14 tokens (5 pipes, 2 backticks, 2 stars, 2 underscores, 2 words and the
    // line ending), so the doc passes the token limit 100 rows before its end.
    const rowCount = Math.ceil(MAX_DOC_TOKENS / 14) + 100;
    const rows = Array.from({ length: rowCount }, (_, index) => `| \`f${String(index).padStart(6, '0')}\` | *?string* | :heavy_minus_sign: | N/A |\n`);
    const root = mkdtempSync(join(tmpdir(), 'md-models-ts-rows-'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'Huge.md'), table('string', 'x') + rows.join(''));
    writeFileSync(join(root, 'docs', 'Small.md'), table('string', 'x'));

    const result = generate({ input: 'docs', out: 'out', cwd: root, keepGoing: true });
    const problems = result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info');
    expect(problems.map((diagnostic) => `${diagnostic.source?.file} ${diagnostic.code}`)).toEqual(['Huge.md doc-too-complex']);
    // The 7 lines of `table` take 41 tokens, so the token past the limit lies in this row.
    const excessRow = Math.floor((MAX_DOC_TOKENS - 41) / 14) + 1;
    expect(problems[0]!.source).toMatchObject({ file: 'Huge.md', line: 7 + excessRow });
    expect(problems[0]!.message).toContain('Split the doc');
    expect(result.files.map((file) => file.doc)).toContain('Small.md');
  });
});
