import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { main } from '../../generator/cli/main.js';
import type { CommandIo } from '../../generator/cli/io.js';
import { toJsonSchema, toOpenApi } from '../../generator/export/export-document.js';
import { loadModelDocument } from '../../generator/model/load-model-document.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folders: string[] = [];

function capture(): CommandIo & { out: string; err: string } {
  const io = { out: '', err: '', isTerminal: false, cwd: root, stdout: (text: string) => void (io.out += text), stderr: (text: string) => void (io.err += text) };
  return io;
}

function temporaryFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'export-command-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('export command', () => {
  const document = loadModelDocument(join(root, 'spec')).document;

  it('follows the configuration file', async () => {
    const folder = temporaryFolder();
    cpSync(join(root, 'spec', 'Models'), join(folder, 'docs', 'Models'), { recursive: true });
    writeFileSync(join(folder, 'docs', 'codegen.yaml'), 'wireNames:\n  mapping: kebab-case\nenums:\n  open: true\n');
    const out = join(folder, 'models.schema.json');

    expect(await main(['export', '--input', join(folder, 'docs'), '--out', out], capture())).toBe(0);

    const defs = JSON.parse(readFileSync(out, 'utf8')).$defs as Record<string, { properties?: object; anyOf?: unknown[] }>;
    expect(Object.keys(defs.LmsCreateCompletionRequestDto!.properties!)).toContain('external-id');
    expect(defs.LmsCreateCompletionRequestDtoValue!.anyOf).toEqual([{ type: 'string', enum: ['Pass', 'Fail'] }, { type: 'string' }]);
  });

  it('writes JSON Schema as JSON', async () => {
    const out = join(temporaryFolder(), 'models.schema.json');
    const io = capture();
    expect(await main(['export', '--input', 'spec', '--out', out], io)).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(toJsonSchema(document, { title: 'spec' }));
    expect(io.err).toContain('5 models written');
  });

  it('counts a single model in the singular', async () => {
    const folder = temporaryFolder();
    cpSync(join(root, 'spec', 'Models', 'Components', 'LmsCreateCompletionRequestDtoValue.md'), join(folder, 'Value.md'));
    const io = capture();
    expect(await main(['export', '--input', folder, '--out', join(folder, 'models.schema.json')], io)).toBe(0);
    expect(io.err).toMatch(/^1 model written to /);
  });

  it('writes OpenAPI as YAML by extension', async () => {
    const out = join(temporaryFolder(), 'openapi.yaml');
    expect(await main(['export', '--input', 'spec', '--out', out, '--format', 'openapi', '--title', 'Seed models'], capture())).toBe(0);
    expect(parse(readFileSync(out, 'utf8'))).toEqual(toOpenApi(document, { title: 'Seed models' }));
  });

  it('rejects a missing --out', async () => {
    const io = capture();
    expect(await main(['export', '--input', 'spec'], io)).toBe(2);
    expect(io.err).toContain('--out <file> is missing');
  });

  it('rejects an unknown format', async () => {
    const io = capture();
    expect(await main(['export', '--out', join(temporaryFolder(), 'x.json'), '--format', 'protobuf'], io)).toBe(2);
    expect(io.err).toContain('--format protobuf is not supported');
  });

  it('reports a missing docs folder', async () => {
    const io = capture();
    expect(await main(['export', '--input', 'no-such-folder', '--out', join(temporaryFolder(), 'x.json')], io)).toBe(2);
    expect(io.err).toContain('does not exist');
  });
});
