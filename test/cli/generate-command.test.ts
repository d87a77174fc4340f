import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../generator/cli/io.js';
import { main } from '../../generator/cli/main.js';
import { generate } from '../../generator/generate.js';
import type { ModelDocument } from '../../generator/model/types.js';

const SPEC = fileURLToPath(new URL('../../spec', import.meta.url));

interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

let cwd: string;

async function run(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), isTerminal: false, cwd };
  const exitCode = await main(args, io);
  return { exitCode, stdout, stderr };
}

const BAD_DOC = [
  '# Broken',
  '',
  '## Fields',
  '',
  '| Field | Type | Required | Description |',
  '| ----- | ---- | -------- | ----------- |',
  '| `ok` | *string* | :heavy_check_mark: | Fine |',
  '| `count` | array<*int* | :heavy_check_mark: | Unclosed |',
  '',
].join('\n');

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'md-models-cli-'));
  cpSync(SPEC, join(cwd, 'docs'), { recursive: true });
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

describe('generate command', () => {
  it('writes the models, index and runtime', async () => {
    const result = await run('generate', '--input', 'docs', '--out', 'out');

    expect(result.exitCode).toBe(0);
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual([
      '.md-models-ts-cache.json',
      'LmsCreateCompletionRequestDto.ts',
      'LmsCreateCompletionRequestDtoResult.ts',
      'LmsCreateCompletionRequestDtoSourceValue.ts',
      'LmsCreateCompletionRequestDtoSourceValue4.ts',
      'LmsCreateCompletionRequestDtoValue.ts',
      'index.ts',
      'md-models-ts.names.json',
      'runtime.ts',
    ]);
    expect(result.stderr).toMatch(/^5 models: 8 files written, 0 unchanged, 0 removed in [0-9]+\.[0-9]{2} s\n$/);
  });

  it('names the folders in the regenerate command of the banner', async () => {
    await run('generate', '--input', 'docs', '--out', 'out');
    const lines = readFileSync(join(cwd, 'out', 'LmsCreateCompletionRequestDto.ts'), 'utf8').split('\n');

    expect(lines[1]).toBe('// Source: docs/Models/Components/LmsCreateCompletionRequestDto.md');
    expect(lines[2]).toBe('// Regenerate it with: npm run generate -- --input docs --out out');
  });

  it('is the default command', async () => {
    const result = await run('--input', 'docs', '--out', 'out');

    expect(result.exitCode).toBe(0);
    expect(existsSync(join(cwd, 'out', 'index.ts'))).toBe(true);
  });

  it('writes the intermediate model with --ir', async () => {
    const result = await run('generate', '--input', 'docs', '--out', 'out', '--ir', 'build/model.json');
    const document = JSON.parse(readFileSync(join(cwd, 'build', 'model.json'), 'utf8')) as ModelDocument;

    expect(result.exitCode).toBe(0);
    expect(Object.keys(document)).toEqual(['version', 'dialect', 'models']);
    expect(document.version).toBe(1);
    expect(document.dialect).toBe('php');
    expect(document.models.map((model) => [model.kind, model.name])).toEqual([
      ['object', 'LmsCreateCompletionRequestDto'],
      ['object', 'LmsCreateCompletionRequestDtoResult'],
      ['union', 'LmsCreateCompletionRequestDtoSourceValue'],
      ['object', 'LmsCreateCompletionRequestDtoSourceValue4'],
      ['enum', 'LmsCreateCompletionRequestDtoValue'],
    ]);
    const dto = document.models[0]!;
    expect(dto.kind === 'object' && dto.fields.find((field) => field.name === 'result')).toEqual({
      name: 'result',
      wireName: 'result',
      wireNameSource: 'mapping',
      type: { kind: 'reference', model: 'LmsCreateCompletionRequestDtoResult', doc: 'Models/Components/LmsCreateCompletionRequestDtoResult.md' },
      required: false,
      nullable: true,
      description: 'The result of the completion',
      source: { file: 'Models/Components/LmsCreateCompletionRequestDto.md', line: 12, column: 3 },
    });
  });

  it('writes the intermediate model whole', async () => {
    await run('generate', '--input', 'docs', '--out', 'out', '--ir', 'model.json');
    const written: unknown = JSON.parse(readFileSync(join(cwd, 'model.json'), 'utf8'));

    expect(written).toEqual(generate({ input: 'docs', out: 'out', cwd }).document);
  });

  it('writes only the intermediate model with --ir-only', async () => {
    const result = await run('generate', '--input', 'docs', '--out', 'out', '--ir', 'model.json', '--ir-only');

    expect(result.exitCode).toBe(0);
    expect(existsSync(join(cwd, 'model.json'))).toBe(true);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
  });

  it('writes nothing when a doc has an error', async () => {
    writeFileSync(join(cwd, 'docs', 'Models', 'Components', 'Broken.md'), BAD_DOC);

    const result = await run('generate', '--input', 'docs', '--out', 'out', '--ir', 'model.json');

    expect(result.exitCode).toBe(2);
    expect(existsSync(join(cwd, 'out'))).toBe(false);
    expect(existsSync(join(cwd, 'model.json'))).toBe(false);
    expect(result.stdout).toBe('');
  });

  it('reports errors as file:line:column: error code: message', async () => {
    writeFileSync(join(cwd, 'docs', 'Models', 'Components', 'Broken.md'), BAD_DOC);

    const result = await run('generate', '--input', 'docs', '--out', 'out');
    const lines = result.stderr.split('\n');

    expect(lines[0]).toBe('docs/Models/Components/Broken.md:8:23: error invalid-type: cannot read the type of field `count`: expected `>` but found the end of the cell');
    expect(lines[1]).toBe('    | `count` | array<*int* | :heavy_check_mark: | Unclosed |');
    expect(lines[2]).toBe('                          ^');
    expect(lines[3]).toBe('1 error in the docs; nothing was written');
  });

  it('keeps an existing output folder unchanged on error', async () => {
    await run('generate', '--input', 'docs', '--out', 'out');
    const before = readFileSync(join(cwd, 'out', 'index.ts'), 'utf8');
    writeFileSync(join(cwd, 'docs', 'Models', 'Components', 'Broken.md'), BAD_DOC);

    const result = await run('generate', '--input', 'docs', '--out', 'out');

    expect(result.exitCode).toBe(2);
    expect(readFileSync(join(cwd, 'out', 'index.ts'), 'utf8')).toBe(before);
    expect(readdirSync(join(cwd, 'out'))).not.toContain('Broken.ts');
  });

  it('rejects an unknown option with exit 2', async () => {
    const result = await run('generate', '--inptu', 'docs');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^error: Unknown option '--inptu'/);
  });

  it('reports a missing docs folder with exit 2', async () => {
    const result = await run('generate', '--input', 'nowhere', '--out', 'out');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('error docs-folder-not-found: the docs folder nowhere does not exist; pass the folder of your model docs with --input\n');
  });

  it('reports a doc passed as the docs folder', async () => {
    const result = await run('generate', '--input', 'docs/Models/Components/LmsCreateCompletionRequestDto.md', '--out', 'out');

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      'error docs-folder-not-found: the docs folder docs/Models/Components/LmsCreateCompletionRequestDto.md is a file, not a folder; ' +
        'pass the folder that contains it, docs/Models/Components, with --input\n',
    );
  });
});

describe('check command', () => {
  it('exits 0 when the output is up to date', async () => {
    await run('generate', '--input', 'docs', '--out', 'out');

    const result = await run('check', '--input', 'docs', '--out', 'out');

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('out is up to date (8 files)\n');
  });

  it('exits 1 and lists a changed file', async () => {
    await run('generate', '--input', 'docs', '--out', 'out');
    const file = join(cwd, 'out', 'LmsCreateCompletionRequestDto.ts');
    writeFileSync(file, readFileSync(file, 'utf8') + '// edited\n');

    const result = await run('check', '--input', 'docs', '--out', 'out', '--max-diff-lines', '0');

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('changed: out/LmsCreateCompletionRequestDto.ts\n');
    expect(result.stderr).toBe('out is stale: 1 file differs (1 changed, 0 missing, 0 no longer produced); run `npm run generate -- --input docs --out out`\n');
  });

  it('exits 1 when a doc changed since generation', async () => {
    await run('generate', '--input', 'docs', '--out', 'out');
    mkdirSync(join(cwd, 'docs', 'Models', 'Components'), { recursive: true });
    writeFileSync(join(cwd, 'docs', 'Models', 'Components', 'Extra.md'), '# Extra\n\n## Values\n\n| Name | Value |\n| ---- | ----- |\n| `On` | on |\n');

    const result = await run('check', '--input', 'docs', '--out', 'out', '--max-diff-lines', '0');

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('changed: out/index.ts\nchanged: out/md-models-ts.names.json\nmissing: out/Extra.ts\n');
  });

  it('exits 1 and lists a stale file', async () => {
    await run('generate', '--input', 'docs', '--out', 'out');
    rmSync(join(cwd, 'docs', 'Models', 'Components', 'LmsCreateCompletionRequestDtoSourceValue4.md'));
    // The union refers to the removed model, so drop the union member too.
    const unionDoc = join(cwd, 'docs', 'Models', 'Components', 'LmsCreateCompletionRequestDtoSourceValue.md');
    writeFileSync(unionDoc, readFileSync(unionDoc, 'utf8').replace(/### `Components\\LmsCreateCompletionRequestDtoSourceValue4`[\s\S]*?```\n[\s\S]*?```\n/, ''));

    const result = await run('check', '--input', 'docs', '--out', 'out');

    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('stale: out/LmsCreateCompletionRequestDtoSourceValue4.ts (no doc produces it any more)\n');
  });

  it('exits 2 when a doc has an error', async () => {
    await run('generate', '--input', 'docs', '--out', 'out');
    writeFileSync(join(cwd, 'docs', 'Broken.md'), BAD_DOC);

    const result = await run('check', '--input', 'docs', '--out', 'out');

    expect(result.exitCode).toBe(2);
  });
});
