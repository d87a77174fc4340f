import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../generator/cli/main.js';
import type { CommandIo } from '../../generator/cli/io.js';
import { loadModelDocument } from '../../generator/model/load-model-document.js';
import type { Field, ObjectModel, TypeExpression } from '../../generator/model/types.js';
import type { ValidationProblem } from '../../generated/runtime.js';
import { generateModule } from './generate-module.js';
import { validateLmsCreateCompletionRequestDto, validateLmsCreateCompletionRequestDtoResult } from '../../generated/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const seed = loadModelDocument(join(ROOT, 'spec')).document;

function objectModel(name: string): ObjectModel {
  const model = seed.models.find((candidate) => candidate.name === name);
  if (model?.kind !== 'object') throw new Error(`${name} is not an object model of the seed docs`);
  return model;
}

/** Reads an Example cell as the JSON value it shows: strings stay as written, the rest is parsed as JSON. */
function exampleValue(type: TypeExpression, example: string): unknown {
  if (type.kind === 'primitive' && (type.name === 'string' || type.name === 'date' || type.name === 'date-time')) return example;
  return JSON.parse(example);
}

/** Builds a JSON object from the Example cells of a model's fields, keyed by each field's wire name. */
function exampleObject(model: ObjectModel): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const field of model.fields) {
    if (field.example === undefined) continue;
    object[field.wireName] = exampleValue(field.type, field.example);
  }
  return object;
}

function only(problems: ValidationProblem[]): Pick<ValidationProblem, 'path' | 'expected' | 'found'> {
  expect(problems).toHaveLength(1);
  const [{ path, expected, found }] = problems as [ValidationProblem];
  return { path, expected, found };
}

describe('seed validators', () => {
  it('accept the examples of the docs', () => {
    const model = objectModel('LmsCreateCompletionRequestDto');
    const example = exampleObject(model);

    // The seed docs' one JSON example writes snake_case keys, so the wire names are snake_case.
    expect(Object.keys(example)).toEqual(['passthrough', 'external_id', 'content_external_reference', 'content_id', 'completed_at']);
    expect(validateLmsCreateCompletionRequestDto(example)).toEqual([]);
  });

  it('accept the example with a nested result', () => {
    const example = { ...exampleObject(objectModel('LmsCreateCompletionRequestDto')), result: { value: 'Pass', source_value: 'Passed' } };

    expect(validateLmsCreateCompletionRequestDto(example)).toEqual([]);
  });

  it('accept null for optional fields', () => {
    const model = objectModel('LmsCreateCompletionRequestDto');
    const allNull = Object.fromEntries(model.fields.map((field: Field) => [field.wireName, null]));

    expect(validateLmsCreateCompletionRequestDto(allNull)).toEqual([]);
  });

  it('report a wrong type', () => {
    expect(only(validateLmsCreateCompletionRequestDto({ external_id: 5 }))).toEqual({ path: '$.external_id', expected: 'string', found: 'number 5' });
  });

  it('report a bad enum value', () => {
    expect(only(validateLmsCreateCompletionRequestDto({ result: { value: 'Maybe' } }))).toEqual({
      path: '$.result.value',
      expected: 'one of "Pass", "Fail"',
      found: 'string "Maybe"',
    });
  });

  it('report a nested value that is not an object', () => {
    expect(only(validateLmsCreateCompletionRequestDto({ result: [1, 2] }))).toEqual({
      path: '$.result',
      expected: 'LmsCreateCompletionRequestDtoResult object',
      found: 'an array of 2',
    });
  });

  it('report a map that is not an object', () => {
    expect(only(validateLmsCreateCompletionRequestDto({ passthrough: 'text' }))).toEqual({ path: '$.passthrough', expected: 'object', found: 'string "text"' });
  });

  it('report every problem at once', () => {
    const problems = validateLmsCreateCompletionRequestDto({ content_id: false, result: { value: 1 }, completed_at: 3 });

    expect(problems.map((problem) => problem.path)).toEqual(['$.content_id', '$.result.value', '$.completed_at']);
  });

  it('start from the given path', () => {
    expect(only(validateLmsCreateCompletionRequestDtoResult({ value: 'x' }, '$.items[0]'))).toMatchObject({ path: '$.items[0].value' });
  });
});

const REQUIRED_DOCS: Record<string, string> = {
  'Models/Components/Order.md': [
    '# Order',
    '',
    '## Fields',
    '',
    '| Field | Type | Required | Description | Example |',
    '| ----- | ---- | -------- | ----------- | ------- |',
    '| `id` | *string* | :heavy_check_mark: | The order ID | ord-1 |',
    '| `quantity` | *int* | :heavy_check_mark: | How many | 3 |',
    '| `tags` | array<*string*> | :heavy_minus_sign: | Labels | ["a","b"] |',
    '| `customer` | [Components\\Customer](../../Models/Components/Customer.md) | :heavy_check_mark: | Who ordered | |',
    '| `placedAt` | [\\DateTime](https://www.php.net/manual/en/class.datetime.php) | :heavy_minus_sign: | When | 2021-07-21T14:00:00.000Z |',
    '',
  ].join('\n'),
  'Models/Components/Customer.md': [
    '# Customer',
    '',
    '## Fields',
    '',
    '| Field | Type | Required | Description | Example |',
    '| ----- | ---- | -------- | ----------- | ------- |',
    '| `name` | *string* | :heavy_check_mark: | Full name | Ada |',
    '',
  ].join('\n'),
};

type Validator = (value: unknown, path?: string, problems?: ValidationProblem[]) => ValidationProblem[];

describe('validators of a model with required fields', () => {
  // Inside the repository, so the generated files import the runtime the way the project compiles them.
  const work = mkdtempSync(join(ROOT, 'test', '.tmp-validators-'));
  let validateOrder: Validator;

  beforeAll(async () => {
    for (const [file, text] of Object.entries(REQUIRED_DOCS)) {
      mkdirSync(join(work, 'docs', file, '..'), { recursive: true });
      writeFileSync(join(work, 'docs', file), text);
    }
    const output: string[] = [];
    const io: CommandIo = { stdout: (text) => output.push(text), stderr: (text) => output.push(text), isTerminal: false, cwd: work };
    const exitCode = await main(['generate', '--input', 'docs', '--out', 'out'], io);
    if (exitCode !== 0) throw new Error(`generate failed with exit code ${exitCode}:\n${output.join('')}`);

    const module = (await import(pathToFileURL(join(work, 'out', 'index.ts')).href)) as { validateOrder: Validator };
    validateOrder = module.validateOrder;
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('accept a complete order', () => {
    expect(validateOrder({ id: 'ord-1', quantity: 3, tags: ['a', 'b'], customer: { name: 'Ada' }, placedAt: '2021-07-21T14:00:00.000Z' })).toEqual([]);
  });

  it('report a missing required field', () => {
    expect(only(validateOrder({ quantity: 3, customer: { name: 'Ada' } }))).toEqual({ path: '$.id', expected: 'string', found: 'nothing' });
  });

  it('report a missing nested required field', () => {
    expect(only(validateOrder({ id: 'ord-1', quantity: 3, customer: {} }))).toEqual({ path: '$.customer.name', expected: 'string', found: 'nothing' });
  });

  it('report null for a required field', () => {
    expect(only(validateOrder({ id: null, quantity: 3, customer: { name: 'Ada' } }))).toEqual({ path: '$.id', expected: 'string', found: 'null' });
  });

  it('report a fraction for an integer', () => {
    expect(only(validateOrder({ id: 'ord-1', quantity: 1.5, customer: { name: 'Ada' } }))).toEqual({ path: '$.quantity', expected: 'integer', found: 'number 1.5' });
  });

  it('report a bad array item with its index', () => {
    expect(only(validateOrder({ id: 'ord-1', quantity: 3, tags: ['a', 7], customer: { name: 'Ada' } }))).toEqual({ path: '$.tags[1]', expected: 'string', found: 'number 7' });
  });

  it('report a string that is not a date-time', () => {
    expect(only(validateOrder({ id: 'ord-1', quantity: 3, customer: { name: 'Ada' }, placedAt: '2021-02-30T10:00:00Z' }))).toEqual({
      path: '$.placedAt',
      expected: 'ISO 8601 date-time',
      found: 'string "2021-02-30T10:00:00Z"',
    });
  });

  it('report every missing field of an empty object', () => {
    expect(validateOrder({}).map((problem) => problem.path)).toEqual(['$.id', '$.quantity', '$.customer']);
  });
});

const CSHARP_DOC = [
  '# Thing',
  '',
  '## Fields',
  '',
  '| Field | Type | Required | Description |',
  '| ----- | ---- | -------- | ----------- |',
  '| `Id` | *string* | :heavy_check_mark: | N/A |',
  '| `Name` | *string* | :heavy_minus_sign: | N/A |',
  '| `Tags` | List<*string*> | :heavy_minus_sign: | N/A |',
  '',
].join('\n');

interface ThingClass {
  safeFromJSON(json: unknown): { ok: true; value: { toJSON(): Record<string, unknown> } } | { ok: false };
  new (properties: Record<string, unknown>): { toJSON(): Record<string, unknown> };
}

describe('validators of optional fields that are not nullable', () => {
  // C# docs mark optional fields without nullability; such fields still accept null, as in the PHP
  // dialect. Without examples, the capitalized C# names are sent in camelCase.
  let work: string;
  let validateThing: Validator;
  let Thing: ThingClass;

  beforeAll(async () => {
    const generated = await generateModule<{ validateThing: Validator; Thing: ThingClass }>('validators', { 'Thing.md': CSHARP_DOC }, ['--dialect', 'csharp']);
    work = generated.work;
    validateThing = generated.module.validateThing;
    Thing = generated.module.Thing;
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('accept null', () => {
    expect(validateThing({ id: '1', name: null, tags: null })).toEqual([]);
  });

  it('agree with fromJSON', () => {
    expect(Thing.safeFromJSON({ id: '1', name: null, tags: null }).ok).toBe(true);
  });

  it('accept what toJSON writes', () => {
    const written = new Thing({ Id: '1', Tags: null }).toJSON();

    expect(written).toEqual({ id: '1', tags: null });
    expect(validateThing(written)).toEqual([]);
  });

  it('still reject null for a required field', () => {
    expect(only(validateThing({ id: null }))).toEqual({ path: '$.id', expected: 'string', found: 'null' });
  });
});
