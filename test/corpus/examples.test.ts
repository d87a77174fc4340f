import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ValidationProblem } from '../../generated/runtime.js';
import { generate } from '../../generator/generate.js';
import type { Model, TypeExpression } from '../../generator/model/types.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

type Validator = (value: unknown, path?: string, problems?: ValidationProblem[]) => ValidationProblem[];

/** A field whose Example cell can be checked, with the JSON value the cell shows. */
interface ExampleCase {
  model: string;
  field: string;
  value: unknown;
}

const TEXT_PRIMITIVES = new Set(['string', 'date', 'date-time']);

/**
 * Reads an Example cell as the JSON value it shows. Strings and enum values are written bare, the
 * rest as JSON. Returns undefined for a cell that is not JSON, such as a union value written bare.
 */
function exampleValue(type: TypeExpression, example: string, models: ReadonlyMap<string, Model>): { value: unknown } | undefined {
  if (type.kind === 'primitive' && TEXT_PRIMITIVES.has(type.name)) return { value: example };
  if (type.kind === 'reference' && models.get(type.doc ?? '')?.kind === 'enum') return { value: example };
  try {
    return { value: JSON.parse(example) };
  } catch {
    return undefined;
  }
}

function collectExamples(models: readonly Model[]): ExampleCase[] {
  const byDoc = new Map(models.map((model) => [model.source.file, model]));
  const cases: ExampleCase[] = [];
  for (const model of models) {
    if (model.kind !== 'object') continue;
    for (const field of model.fields) {
      if (field.example === undefined) continue;
      const example = exampleValue(field.type, field.example, byDoc);
      if (example) cases.push({ model: model.source.file, field: field.wireName, value: example.value });
    }
  }
  return cases;
}

const workFolders: string[] = [];
afterAll(() => {
  for (const folder of workFolders) rmSync(folder, { recursive: true, force: true });
});

/** Generates a corpus into a folder inside the repository and returns each object model's validator by doc. */
async function generateValidators(input: string): Promise<{ models: Model[]; validators: Map<string, Validator> }> {
  const out = mkdtempSync(join(ROOT, 'test', '.tmp-examples-'));
  workFolders.push(out);
  const result = generate({ input, out, cwd: ROOT });
  expect(result.hasErrors).toBe(false);
  for (const file of result.files) writeFileSync(join(out, file.path), file.content);

  const validators = new Map<string, Validator>();
  for (const file of result.files) {
    if (file.doc === undefined) continue;
    const module = (await import(pathToFileURL(join(out, file.path)).href)) as Record<string, unknown>;
    const validator = Object.entries(module).find(([name]) => name.startsWith('validate'))?.[1];
    if (typeof validator === 'function') validators.set(file.doc, validator as Validator);
  }
  return { models: result.document.models, validators };
}

function validateExamples(cases: readonly ExampleCase[], validators: ReadonlyMap<string, Validator>): string[] {
  const messages: string[] = [];
  for (const { model, field, value } of cases) {
    const validator = validators.get(model);
    if (!validator) {
      messages.push(`${model}: no validator was generated`);
      continue;
    }
    for (const problem of validator({ [field]: value })) {
      // Only the field's own value is given, so the other required fields are missing on purpose.
      if (problem.found !== 'nothing') messages.push(`${model}: ${problem.message}`);
    }
  }
  return messages;
}

// NOTE: The StackOne docs are left out because generating and importing their 2,400 modules takes
// over a minute. Some of their examples also break their own docs, such as enum values outside the
// Values table.
describe('examples of the docs', () => {
  const dub = join(CORPUS, 'dub-php/2026-07-04/docs');

  it.skipIf(!existsSync(dub))('pass their validators in the Dub docs', async () => {
    const { models, validators } = await generateValidators(dub);
    const cases = collectExamples(models);

    expect(cases.length).toBeGreaterThan(100);
    expect(validateExamples(cases, validators)).toEqual([]);
  });
});
