import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../generator/diagnostics/diagnostic.js';
import { generate, type GenerateResult } from '../../generator/generate.js';
import type { Model } from '../../generator/model/types.js';

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
    // Options that projects commonly add on top of strict; generated code must not break them.
    noUnusedLocals: true,
    noUnusedParameters: true,
    noImplicitReturns: true,
    isolatedModules: true,
    erasableSyntaxOnly: true,
    exactOptionalPropertyTypes: true,
    noPropertyAccessFromIndexSignature: true,
  },
  include: ['*.ts'],
};

/** Each corpus folder with the number of docs in it, all of them model docs. */
const CORPORA = [
  { folder: 'stackone-php/2025-11-30', docs: 2418 },
  { folder: 'stackone-php/2024-10-11', docs: 1213 },
  { folder: 'dub-php/2026-07-04', docs: 505 },
];

/** Facts read from the PHP SDK classes that were generated from the same API description as the docs. */
interface Oracle {
  models: Record<string, OracleModel>;
}

type OracleModel =
  | { kind: 'object'; group: string; fields: { name: string; required: boolean; nullable: boolean; deprecated: boolean }[] }
  | { kind: 'enum'; group: string; values: { name: string; value: string | number }[] };

/** Returns the folder under `Models/` that contains a doc: `Components`, `Operations` or `Errors`. */
function groupOf(model: Model): string | undefined {
  return model.source.file.split('/')[1];
}

/**
 * Lists where the intermediate model disagrees with the SDK classes. A field that is required and
 * nullable in the SDK is written without `?` in the PHP docs, so its nullability is not compared.
 */
function compareWithOracle(models: readonly Model[], oracle: Oracle): { compared: number; mismatches: string[] } {
  const mismatches: string[] = [];
  let compared = 0;

  for (const model of models) {
    const facts = oracle.models[model.name];
    if (!facts || facts.group !== groupOf(model)) continue;
    if (facts.kind !== model.kind) {
      mismatches.push(`${model.source.file}: kind ${model.kind}, SDK ${facts.kind}`);
      continue;
    }
    if (model.kind === 'enum' && facts.kind === 'enum') {
      const values = model.members.map((member) => String(member.value)).sort();
      const expected = facts.values.map((value) => String(value.value)).sort();
      if (values.join('\n') !== expected.join('\n')) mismatches.push(`${model.source.file}: values ${values.join(', ')}, SDK ${expected.join(', ')}`);
      compared += 1;
      continue;
    }
    if (model.kind !== 'object' || facts.kind !== 'object') continue;

    const sdkFields = new Map(facts.fields.map((field) => [field.name, field]));
    for (const field of model.fields) {
      const sdk = sdkFields.get(field.name);
      if (!sdk) continue;
      compared += 1;
      const where = `${model.source.file}:${field.source.line}: ${field.name}`;
      if (field.required !== sdk.required) mismatches.push(`${where}: required ${field.required}, SDK ${sdk.required}`);
      if (field.nullable !== sdk.nullable && !(sdk.required && sdk.nullable)) mismatches.push(`${where}: nullable ${field.nullable}, SDK ${sdk.nullable}`);
      if ((field.deprecated !== undefined) !== sdk.deprecated) mismatches.push(`${where}: deprecated ${field.deprecated !== undefined}, SDK ${sdk.deprecated}`);
    }
  }
  return { compared, mismatches };
}

const workFolders: string[] = [];
afterAll(() => {
  for (const folder of workFolders) rmSync(folder, { recursive: true, force: true });
});

describe.each(CORPORA)('corpus $folder', ({ folder, docs }) => {
  const input = join(CORPUS, folder, 'docs');
  const present = existsSync(input);
  let result: GenerateResult;
  let out: string;

  beforeAll(() => {
    if (!present) return;
    out = mkdtempSync(join(tmpdir(), 'md-models-corpus-'));
    workFolders.push(out);
    result = generate({ input, out, cwd: ROOT });
  });

  it.skipIf(!present)('generates every doc without errors', () => {
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');

    expect(errors.slice(0, 20).map((diagnostic) => formatDiagnostic(diagnostic))).toEqual([]);
    expect(result.hasErrors).toBe(false);
    expect(result.document.models).toHaveLength(docs);
    expect(result.files).toHaveLength(docs + 2);
  });

  it.skipIf(!present)('compiles under strict tsc', () => {
    for (const file of result.files) writeFileSync(join(out, file.path), file.content);
    writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(out, 'tsconfig.json'), JSON.stringify(TSCONFIG));

    const compile = spawnSync(TSC, ['-p', out], { encoding: 'utf8' });

    expect(compile.error).toBeUndefined();
    expect(compile.stdout.split('\n').slice(0, 20).join('\n')).toBe('');
    expect(compile.status).toBe(0);
  });

  it.skipIf(!present || !existsSync(join(CORPUS, folder, 'oracle.json')))('agrees with the SDK classes', () => {
    const oracle = JSON.parse(readFileSync(join(CORPUS, folder, 'oracle.json'), 'utf8')) as Oracle;

    const { compared, mismatches } = compareWithOracle(result.document.models, oracle);

    expect(compared).toBeGreaterThan(docs);
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});

/** The corpus folders of the other SDK dialects, whose output must compile too. */
const OTHER_DIALECTS = ['stackone-typescript/2026-02-24', 'stackone-csharp/2025-12-05', 'stackone-java/2026-02-09', 'stackone-ruby/2026-04-23', 'clerk-python/2026-06-12', 'clerk-csharp/2026-06-11', 'dub-go/2026-07-04'];

describe.each(OTHER_DIALECTS)('corpus %s', (folder) => {
  const input = join(CORPUS, folder, 'docs');
  const present = existsSync(input);

  it.skipIf(!present)('generates and compiles under strict tsc', () => {
    const out = mkdtempSync(join(tmpdir(), 'md-models-dialect-'));
    workFolders.push(out);
    const result = generate({ input, out, cwd: ROOT });
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    expect(errors.slice(0, 20).map((diagnostic) => formatDiagnostic(diagnostic))).toEqual([]);

    for (const file of result.files) writeFileSync(join(out, file.path), file.content);
    writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(out, 'tsconfig.json'), JSON.stringify(TSCONFIG));
    const compile = spawnSync(TSC, ['-p', out], { encoding: 'utf8' });

    expect(compile.stdout.split('\n').slice(0, 20).join('\n')).toBe('');
    expect(compile.status).toBe(0);
  });
});
