import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../generator/cli/main.js';
import type { CommandIo } from '../../generator/cli/io.js';
import { generate } from '../../generator/generate.js';

const CASES = fileURLToPath(new URL('./cases', import.meta.url));
const DOC = (name: string): string => `# ${name}\n\n## Fields\n\n| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n| \`a\` | *string* | :heavy_check_mark: | x |\n`;

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/** The generated modules in a folder, without the cache and manifest files the writer keeps beside them. */
function typeScriptFiles(folder: string): string[] {
  return listFiles(folder).filter((file) => file.endsWith('.ts'));
}

function captureIo(cwd: string): CommandIo & { errors: string[] } {
  const errors: string[] = [];
  return { stdout: () => undefined, stderr: (text) => errors.push(text), isTerminal: false, cwd, errors };
}

describe('docs folder boundaries', () => {
  it('rejects a symlinked doc outside', () => {
    const root = mkdtempSync(join(tmpdir(), 'md-models-ts-paths-'));
    mkdirSync(join(root, 'docs'));
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(root, 'outside', 'Secret.md'), DOC('Secret'));
    writeFileSync(join(root, 'docs', 'Inside.md'), DOC('Inside'));
    symlinkSync(join(root, 'outside', 'Secret.md'), join(root, 'docs', 'Secret.md'));
    symlinkSync('../outside/Secret.md', join(root, 'docs', 'Relative.md'));

    const result = generate({ input: 'docs', out: 'out', cwd: root });
    expect(result.document.models.map((model) => model.name)).toEqual(['Inside']);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'link-outside-docs').map((diagnostic) => diagnostic.source?.file)).toEqual(['Relative.md', 'Secret.md']);
    expect(result.hasErrors).toBe(true);
  });

  it('reads a symlinked doc inside', () => {
    const root = mkdtempSync(join(tmpdir(), 'md-models-ts-paths-'));
    mkdirSync(join(root, 'docs', 'Models'), { recursive: true });
    writeFileSync(join(root, 'docs', 'Models', 'Real.md'), DOC('Real'));
    symlinkSync(join('Models', 'Real.md'), join(root, 'docs', 'Alias.md'));

    const result = generate({ input: 'docs', out: 'out', cwd: root });
    expect(result.document.models.map((model) => model.source.file)).toEqual(['Alias.md', 'Models/Real.md']);
    expect(result.hasErrors).toBe(false);
  });

  it('warns about a dangling symlink', () => {
    const root = mkdtempSync(join(tmpdir(), 'md-models-ts-paths-'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'Inside.md'), DOC('Inside'));
    symlinkSync('Missing.md', join(root, 'docs', 'Dangling.md'));

    const result = generate({ input: 'docs', out: 'out', cwd: root });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').map((diagnostic) => `${diagnostic.source?.file} ${diagnostic.severity} ${diagnostic.code}`)).toEqual(['Dangling.md warning broken-link-file']);
    expect(result.document.models.map((model) => model.name)).toEqual(['Inside']);
  });

  it('skips a symlinked folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'md-models-ts-paths-'));
    mkdirSync(join(root, 'docs'));
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(root, 'outside', 'Secret.md'), DOC('Secret'));
    writeFileSync(join(root, 'docs', 'Inside.md'), DOC('Inside'));
    symlinkSync(join(root, 'outside'), join(root, 'docs', 'Linked'));

    const result = generate({ input: 'docs', out: 'out', cwd: root });
    expect(result.document.models.map((model) => model.name)).toEqual(['Inside']);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toEqual([]);
  });

  it('writes path-like model names inside out', async () => {
    const root = mkdtempSync(join(tmpdir(), 'md-models-ts-paths-'));
    cpSync(join(CASES, 'hostile-model-names'), join(root, 'docs'), { recursive: true });
    const before = listFiles(root);

    const code = await main(['generate', '--input', 'docs', '--out', 'out'], captureIo(root));
    expect(code).toBe(0);
    const added = listFiles(root).filter((file) => !before.includes(file));
    for (const file of added) expect(file).toMatch(/^out\/[A-Za-z0-9_$.-]+$/);
    const modules = added.filter((file) => file.endsWith('.ts'));
    expect(modules.length).toBe(11);
    for (const file of modules) expect(file).toMatch(/^out\/[A-Za-z0-9_$]+\.ts$/);
  });
});

describe('keep-going', () => {
  function setUp(): string {
    const root = mkdtempSync(join(tmpdir(), 'md-models-ts-keep-going-'));
    cpSync(join(CASES, 'broken-and-good'), join(root, 'docs'), { recursive: true });
    return root;
  }

  it('writes nothing by default', async () => {
    const root = setUp();
    const io = captureIo(root);
    expect(await main(['generate', '--input', 'docs', '--out', 'out'], io)).toBe(2);
    expect(readdirSync(root)).toEqual(['docs']);
    expect(io.errors.join('')).toContain('nothing was written');
  });

  it('writes the docs without errors', async () => {
    const root = setUp();
    const io = captureIo(root);
    expect(await main(['generate', '--input', 'docs', '--out', 'out', '--keep-going'], io)).toBe(2);
    expect(typeScriptFiles(join(root, 'out'))).toEqual(['Good.ts', 'index.ts', 'runtime.ts']);
    expect(io.errors.join('')).toContain('Broken.md:7:10: error unknown-type');
    expect(io.errors.join('')).toContain('2 docs were left out');
  });

  it('keeps old files of broken docs', async () => {
    const root = setUp();
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'out', 'Broken.ts'), '// @generated by md-models-ts. Do not edit this file by hand.\nexport class Broken {}\n');
    expect(await main(['generate', '--input', 'docs', '--out', 'out', '--keep-going'], captureIo(root))).toBe(2);
    expect(typeScriptFiles(join(root, 'out'))).toEqual(['Broken.ts', 'Good.ts', 'index.ts', 'runtime.ts']);
  });
});

describe('keep-going with --ir-only', () => {
  it('still exits with 2', async () => {
    const root = mkdtempSync(join(tmpdir(), 'md-models-ts-keep-going-'));
    cpSync(join(CASES, 'broken-and-good'), join(root, 'docs'), { recursive: true });
    const code = await main(['generate', '--input', 'docs', '--out', 'out', '--ir', 'ir.json', '--ir-only', '--keep-going'], captureIo(root));
    expect(code).toBe(2);
    expect(readdirSync(root).sort()).toEqual(['docs', 'ir.json']);
  });
});
