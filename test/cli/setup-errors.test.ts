import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../generator/cli/io.js';
import { main } from '../../generator/cli/main.js';
import { generate } from '../../generator/generate.js';

let cwd: string;

async function run(...args: string[]): Promise<{ exitCode: number; stderr: string }> {
  let stderr = '';
  const io: CommandIo = { stdout: () => undefined, stderr: (text) => void (stderr += text), isTerminal: false, cwd };
  const exitCode = await main(args, io);
  return { exitCode, stderr };
}

function writeDoc(name: string, rows: string[], description = ''): void {
  const folder = join(cwd, 'docs', 'Models', 'Components');
  mkdirSync(folder, { recursive: true });
  const table = ['| Field | Type | Required | Description | Example |', '| ----- | ---- | -------- | ----------- | ------- |', ...rows];
  writeFileSync(join(folder, `${name}.md`), [`# ${name}`, '', description, '', '## Fields', '', ...table, ''].join('\n'));
}

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'md-models-setup-'));
});

afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

describe('setup errors', () => {
  it('rejects an empty --input', async () => {
    const { exitCode, stderr } = await run('generate', '--input=');
    expect(exitCode).toBe(2);
    expect(stderr).toContain('--input needs a path');
  });

  it('rejects an unknown --dialect', async () => {
    writeDoc('A', ['| `a` | *string* | :heavy_check_mark: | x | |']);
    const { exitCode, stderr } = await run('generate', '--input', 'docs', '--out', 'out', '--dialect', 'cobol');
    expect(exitCode).toBe(2);
    expect(stderr).toContain('--dialect cobol is not valid; expected auto or one of php, typescript');
  });

  it('reads the docs in the --dialect given', async () => {
    writeDoc('A', ['| `a` | *string* | :heavy_check_mark: | x | |']);
    const { exitCode } = await run('generate', '--input', 'docs', '--out', 'out', '--dialect', 'typescript', '--ir', 'ir.json');
    expect(exitCode).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'ir.json'), 'utf8')).dialect).toBe('typescript');
  });

  it('reports --ir naming a folder without a stack trace', async () => {
    writeDoc('A', ['| `a` | *string* | :heavy_check_mark: | x | |']);
    mkdirSync(join(cwd, 'ir-folder'));
    const { exitCode, stderr } = await run('generate', '--input', 'docs', '--out', 'out', '--ir', 'ir-folder');
    expect(exitCode).toBe(2);
    expect(stderr).toContain('is a folder where a file is expected');
    expect(stderr).not.toContain('    at ');
  });

  it('leaves the output alone for a folder without model docs', async () => {
    writeDoc('A', ['| `a` | *string* | :heavy_check_mark: | x | |']);
    expect((await run('generate', '--input', 'docs', '--out', 'out')).exitCode).toBe(0);
    const before = readdirSync(join(cwd, 'out')).sort();
    mkdirSync(join(cwd, 'empty'));

    const { exitCode, stderr } = await run('generate', '--input', 'empty', '--out', 'out');

    expect(exitCode).toBe(2);
    expect(stderr).toContain('no-model-docs');
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(before);
  });
});

describe('doc text in generated code', () => {
  it('keeps comment openers inside the JSDoc', () => {
    writeDoc('A', ['| `a` | *string* | :heavy_check_mark: | a /* b | e */ (globalThis.PWNED = 1) /* |'], 'Intro /* with an opener');
    const result = generate({ input: join(cwd, 'docs'), out: join(cwd, 'out'), cwd });
    const text = result.files.find((file) => file.path === 'A.ts')!.content;

    expect(text).toContain(' * a \u2215* b');
    expect(text).toContain(' * @example e *\u2215 (globalThis.PWNED = 1) \u2215*');
    expect(text).not.toMatch(/\*\/\s*@example/);
  });

  it('renames fields that Object.prototype has', () => {
    writeDoc('A', ['| `toString` | *?string* | :heavy_minus_sign: | x | |', '| `__proto__` | *?string* | :heavy_minus_sign: | x | |']);
    const result = generate({ input: join(cwd, 'docs'), out: join(cwd, 'out'), cwd });
    const text = result.files.find((file) => file.path === 'A.ts')!.content;

    expect(text).toContain('toStringValue?: string | null;');
    expect(text).toContain('protoValue?: string | null;');
    expect(text).toContain('wire: "toString"');
  });

  it('gives models named like runtime helpers other names', () => {
    writeDoc('problem', ['| `a` | *string* | :heavy_check_mark: | x | |']);
    writeDoc('DateTime', ['| `a` | *string* | :heavy_check_mark: | x | |']);
    const result = generate({ input: join(cwd, 'docs'), out: join(cwd, 'out'), cwd });
    const paths = result.files.map((file) => file.path);

    expect(paths).not.toContain('problem.ts');
    expect(paths).not.toContain('DateTime.ts');
    expect(result.diagnostics.filter((item) => item.code === 'renamed-model')).toHaveLength(2);
  });
});

describe('banner paths', () => {
  it('do not depend on the working directory', () => {
    writeFileSync(join(cwd, 'package.json'), '{}');
    writeDoc('A', ['| `a` | *string* | :heavy_check_mark: | x | |']);
    const fromRoot = generate({ input: 'docs', out: 'out', cwd });
    const fromDocs = generate({ input: '.', out: '../out', cwd: join(cwd, 'docs') });

    expect(fromDocs.files.map((file) => file.content)).toEqual(fromRoot.files.map((file) => file.content));
  });

  it('do not depend on it without a package.json', () => {
    writeDoc('A', ['| `a` | *string* | :heavy_check_mark: | x | |']);
    const fromRoot = generate({ input: 'docs', out: 'out', cwd });
    const fromElsewhere = generate({ input: join(cwd, 'docs'), out: join(cwd, 'out'), cwd: tmpdir() });

    expect(fromElsewhere.files.map((file) => file.content)).toEqual(fromRoot.files.map((file) => file.content));
    expect(fromRoot.files.find((file) => file.path === 'A.ts')!.content).toContain('// Source: docs/Models/Components/A.md');
  });
});
