// Measures validators on one real model: operations per second for a valid and an invalid payload,
// for the generated validator, ajv (allErrors, on the exported schema), zod 3, zod 4 and valibot,
// interleaved round by round. Prints the results as JSON.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as v from 'valibot';
import { toJsonSchema } from '../../generator/export/export-document.js';
import type { JsonSchema } from '../../generator/export/json-schema.js';
import { generate } from '../../generator/generate.js';
import { loadModelDocument } from '../../generator/model/load-model-document.js';
import { reachableDocs } from '../../generator/model/reachable-docs.js';
import { median } from './measure.js';
import { valibotSchema, zod3Schema, zod4Schema } from './validator-schemas.js';

const [docsFolder, roundsText, millisecondsText] = process.argv.slice(2);
if (!docsFolder) throw new Error('usage: validators.ts <docs folder> [rounds] [milliseconds per measurement]');
const rounds = Number(roundsText ?? 5);
const measureMs = Number(millisecondsText ?? 300);
const MODEL = 'ScorecardsPaginated';
const ITEMS = 20;
const SCHEMA_ID = 'https://md-models-ts.bench/models.schema.json';

const document = loadModelDocument(docsFolder).document;
const schema = toJsonSchema(document);
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
addFormats.default(ajv);
ajv.addSchema({ ...schema, $id: SCHEMA_ID });
const ajvValidate = ajv.compile({ $ref: `${SCHEMA_ID}#/$defs/${MODEL}` });

const folder = mkdtempSync(join(tmpdir(), 'bench-validators-'));
let ours: (value: unknown) => unknown[];
try {
  const docs = reachableDocs(document, `Models/Components/${MODEL}.md`);
  const result = generate({ input: docsFolder, out: folder, include: (file) => docs.has(file) });
  for (const file of result.files) writeFileSync(join(folder, file.path), file.content);
  // Loaded as ES modules like the project's own output, not as CommonJS with getter-based exports.
  writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n');
  const module = (await import(pathToFileURL(join(folder, `${MODEL}.ts`)).href)) as Record<string, (value: unknown) => unknown[]>;
  ours = module[`validate${MODEL}`]!;
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const defs = schema.$defs as Record<string, JsonSchema>;

/** Builds an object of a model from its docs' examples; an example the schema rejects is replaced by the first enum value. */
function fromExamples(name: string, depth: number): Record<string, unknown> {
  const properties = (defs[name]!.properties ?? {}) as Record<string, JsonSchema>;
  const object: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(properties)) {
    const check = ajv.compile({ $ref: `${SCHEMA_ID}#/$defs/${name}/properties/${encodeURIComponent(key)}` });
    const example = (property.examples as unknown[] | undefined)?.[0];
    if (example !== undefined && check(example)) {
      object[key] = example;
      continue;
    }
    const target = referencedName(property);
    const itemTarget = referencedName((property.items ?? {}) as JsonSchema);
    if (target && Array.isArray(defs[target]!.enum)) object[key] = (defs[target]!.enum as unknown[])[0];
    else if (itemTarget && defs[itemTarget]!.properties && depth < 3) object[key] = [fromExamples(itemTarget, depth + 1), fromExamples(itemTarget, depth + 1)];
  }
  return object;
}

function referencedName(schema: JsonSchema): string | undefined {
  const text = JSON.stringify(schema);
  const match = /"#\/\$defs\/([A-Za-z0-9_]+)"/.exec(text);
  return match?.[1];
}

const scorecard = fromExamples('Scorecard', 0);
const valid = { next: 'c2NvcmVjYXJkczoxMDA=', data: Array.from({ length: ITEMS }, (_, index) => ({ ...structuredClone(scorecard), id: `scorecard-${index}` })) };
const invalid = structuredClone(valid) as { data: Record<string, unknown>[] };
invalid.data[3]!.overallRecommendation = 'perhaps';
invalid.data[9]!.createdAt = 'yesterday';
invalid.data[15]!.label = 42;

const zod3 = zod3Schema();
const zod4 = zod4Schema();
const valibot = valibotSchema();
const contenders: Record<string, (value: unknown) => boolean> = {
  generated: (value) => ours(value).length === 0,
  ajv: (value) => ajvValidate(value) as boolean,
  'zod 3': (value) => zod3.safeParse(value).success,
  'zod 4': (value) => zod4.safeParse(value).success,
  valibot: (value) => v.safeParse(valibot, value).success,
};

for (const [name, accepts] of Object.entries(contenders)) {
  if (!accepts(valid)) throw new Error(`${name} rejects the valid payload`);
  if (accepts(invalid)) throw new Error(`${name} accepts the invalid payload`);
}

/** Counts calls in `measureMs` milliseconds and returns operations per second. */
function opsPerSecond(accepts: (value: unknown) => boolean, payload: unknown): number {
  let calls = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < measureMs) {
    for (let index = 0; index < 50; index += 1) accepts(payload);
    calls += 50;
    elapsed = performance.now() - start;
  }
  return (calls / elapsed) * 1000;
}

const results: Record<string, Record<string, { opsPerSecond: number; ratioToGenerated: number }>> = {};
for (const [payloadName, payload] of Object.entries({ valid, invalid })) {
  const samples: Record<string, number[]> = {};
  const ratios: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round += 1) {
    const ourOps = opsPerSecond(contenders.generated!, payload);
    (samples.generated ??= []).push(ourOps);
    for (const [name, accepts] of Object.entries(contenders)) {
      if (name === 'generated') continue;
      const ops = opsPerSecond(accepts, payload);
      (samples[name] ??= []).push(ops);
      (ratios[name] ??= []).push(ops / ourOps);
    }
  }
  results[payloadName] = Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, { opsPerSecond: median(values), ratioToGenerated: name === 'generated' ? 1 : median(ratios[name]!) }]));
}

console.log(JSON.stringify({ model: MODEL, items: ITEMS, payloadBytes: JSON.stringify(valid).length, results }));
