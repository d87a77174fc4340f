import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generator/diagnostics/diagnostic.js';
import { generate } from '../../generator/generate.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));
const TSC = join(ROOT, 'node_modules', '.bin', 'tsc');

const TSCONFIG = {
  compilerOptions: {
    strict: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    module: 'nodenext',
    target: 'es2022',
    types: [],
    noEmit: true,
  },
  include: ['*.ts'],
};

/** Each corpus folder with the number of docs in it, all of them model docs. */
const CORPORA = [
  { folder: 'stackone-php/2025-11-30/docs', docs: 2418 },
  { folder: 'stackone-php/2024-10-11/docs', docs: 1213 },
  { folder: 'dub-php/2026-07-04/docs', docs: 505 },
];

const workFolders: string[] = [];
afterAll(() => {
  for (const folder of workFolders) rmSync(folder, { recursive: true, force: true });
});

describe.each(CORPORA)('corpus $folder', ({ folder, docs }) => {
  const input = join(CORPUS, folder);

  it.skipIf(!existsSync(input))('generates without errors and compiles under strict tsc', () => {
    const out = mkdtempSync(join(tmpdir(), 'md-models-corpus-'));
    workFolders.push(out);

    const result = generate({ input, out, cwd: ROOT });
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors.slice(0, 20).map((diagnostic) => formatDiagnostic(diagnostic))).toEqual([]);
    expect(result.hasErrors).toBe(false);
    expect(result.document.models).toHaveLength(docs);
    expect(result.files).toHaveLength(docs + 2);

    for (const file of result.files) writeFileSync(join(out, file.path), file.content);
    writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(out, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    const compile = spawnSync(TSC, ['-p', out], { encoding: 'utf8' });

    expect(compile.stdout.split('\n').slice(0, 20).join('\n')).toBe('');
    expect(compile.status).toBe(0);
  });
});
