import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../generator/export/export-document.js';
import { loadModelDocument } from '../../generator/model/load-model-document.js';
import type { ValidationProblem } from '../../generated/runtime.js';
import { generateModule, oneFieldDoc } from './generate-module.js';

type Validator = (value: unknown) => ValidationProblem[];
interface FileModule {
  validateFile: Validator;
  File: {
    fromJSON(json: unknown): { content: unknown; toJSON(): Record<string, unknown> };
    safeFromJSON(json: unknown): { ok: boolean };
  };
}

const BASE64 = Buffer.from('hello').toString('base64');

describe('binary field', () => {
  let work: string;
  let generated: FileModule;

  beforeAll(async () => {
    ({ work, module: generated } = await generateModule<FileModule>('binary', { 'File.md': oneFieldDoc('File', 'content', '*byte[]*') }, ['--dialect', 'csharp']));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is typed as a string', () => {
    const source = readFileSync(join(work, 'out', 'File.ts'), 'utf8');

    expect(source).toContain('  content: string;');
    expect(source).not.toContain('Uint8Array');
  });

  it('keeps the base64 text on a round trip', () => {
    const file = generated.File.fromJSON({ content: BASE64 });

    expect(file.content).toBe(BASE64);
    expect(file.toJSON()).toEqual({ content: BASE64 });
  });

  it('rejects a number in the validator', () => {
    const problems = generated.validateFile({ content: 42 });

    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('$.content');
    expect(problems[0]!.expected).toBe('string');
  });

  it('rejects a number in fromJSON', () => {
    expect(generated.File.safeFromJSON({ content: 42 }).ok).toBe(false);
  });

  it('accepts the base64 text in the validator', () => {
    expect(generated.validateFile({ content: BASE64 })).toEqual([]);
  });

  it('exports a base64 string schema', () => {
    const { document } = loadModelDocument(join(work, 'docs'), { dialect: 'csharp' });
    const schema = toJsonSchema(document) as { $defs: Record<string, { properties: Record<string, unknown> }> };

    expect(schema.$defs['File']!.properties['content']).toEqual({ type: 'string', contentEncoding: 'base64', contentMediaType: 'application/octet-stream' });
  });
});
