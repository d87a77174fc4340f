/**
 * Reads each example of a nested model in the docs with the generated code, writes it back with
 * `JSON.stringify`, and counts the examples that come back unchanged.
 *
 *   npm run generate -- --input <docs> --out <out>
 *   npx tsx scripts/example-roundtrip.ts <docs> <out>
 *
 * Only examples of fields typed as an object model (or an array of them) take part. An example
 * that the generated code rejects counts as invalid, not as lossy.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { assignTypeNames, schemaName } from '../generator/emit/names.js';
import { readExample } from '../generator/model/example-value.js';
import { loadModelDocument } from '../generator/model/load-model-document.js';

const [docs, out] = process.argv.slice(2);
if (docs === undefined || out === undefined) {
  console.error('usage: npx tsx scripts/example-roundtrip.ts <docs folder> <generated folder>');
  process.exit(2);
}

const generated = (await import(pathToFileURL(resolve(out, 'index.ts')).href)) as Record<string, unknown>;
const { document } = loadModelDocument(resolve(docs));
const names = assignTypeNames(document.models);
const byDoc = new Map(document.models.map((model) => [model.source.file, model]));
const readJSON = generated.safeReadJSON as (schema: unknown, json: unknown) => { ok: boolean; value?: unknown };

const counts = { examples: 0, unchanged: 0, invalid: 0, lossy: 0 };
const lossy: string[] = [];
for (const model of document.models) {
  if (model.kind !== 'object') continue;
  for (const field of model.fields) {
    const type = field.type.kind === 'array' ? field.type.items : field.type;
    const target = type.kind === 'reference' && type.doc !== undefined ? byDoc.get(type.doc) : undefined;
    const reading = field.example === undefined ? undefined : readExample(field.example);
    if (target?.kind !== 'object' || reading?.json === undefined) continue;

    const schema = generated[schemaName(names.typeName(target.source.file))];
    const values = Array.isArray(reading.json.value) ? reading.json.value : [reading.json.value];
    for (const value of values) {
      counts.examples += 1;
      const result = readJSON(schema, value);
      if (!result.ok) {
        counts.invalid += 1;
        continue;
      }
      if (isDeepStrictEqual(JSON.parse(JSON.stringify(result.value)), value)) {
        counts.unchanged += 1;
      } else {
        counts.lossy += 1;
        lossy.push(`${model.name}.${field.name}: ${JSON.stringify(value).slice(0, 200)}`);
      }
    }
  }
}
console.log(counts);
for (const line of lossy) console.log(`lossy: ${line}`);
