// Runs one peer code generator on an exported document and writes its output, so the benchmark
// can time it as a fresh process. Usage: node run-peer.mjs <peer> <input file> <output folder>
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const [peer, input, out] = process.argv.slice(2);
if (!peer || !input || !out) {
  console.error('usage: node run-peer.mjs <openapi-typescript|quicktype|hey-api|json-schema-to-typescript> <input file> <output folder>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const runners = {
  /** TypeScript types from an OpenAPI 3.1 document. */
  async 'openapi-typescript'() {
    const { default: openapiTS, astToString } = await import('openapi-typescript');
    const ast = await openapiTS(JSON.parse(readFileSync(input, 'utf8')));
    writeFileSync(join(out, 'schema.d.ts'), astToString(ast));
  },

  /** TypeScript types with runtime conversion and checks, from a JSON Schema with one source per definition. */
  async quicktype() {
    const { InputData, JSONSchemaInput, FetchingJSONSchemaStore, quicktype } = await import('quicktype-core');
    const text = readFileSync(input, 'utf8');
    const names = Object.keys(JSON.parse(text).$defs);
    const schemaInput = new JSONSchemaInput(new FetchingJSONSchemaStore());
    for (const name of names) await schemaInput.addSource({ name, schema: text, uris: [`#/$defs/${name}`] });
    const inputData = new InputData();
    inputData.addInput(schemaInput);
    const result = await quicktype({ inputData, lang: 'typescript', rendererOptions: { 'runtime-typecheck': 'true' } });
    writeFileSync(join(out, 'models.ts'), result.lines.join('\n'));
  },

  /** TypeScript types and zod schemas from an OpenAPI 3.1 document. */
  async 'hey-api'() {
    const { createClient } = await import('@hey-api/openapi-ts');
    // A bare path would be looked up as a registry name, so the input is passed as `./path`.
    const local = `./${relative(process.cwd(), input)}`;
    await createClient({ input: local, output: out, plugins: ['@hey-api/typescript', 'zod'], logs: { level: 'silent' } });
  },

  /** TypeScript types from a JSON Schema, every definition included. */
  async 'json-schema-to-typescript'() {
    const { compile } = await import('json-schema-to-typescript');
    const schema = JSON.parse(readFileSync(input, 'utf8'));
    const code = await compile(schema, 'Models', { unreachableDefinitions: true, bannerComment: '', format: false, additionalProperties: true });
    writeFileSync(join(out, 'models.d.ts'), code);
  },
};

const run = runners[peer];
if (!run) {
  console.error(`unknown peer ${peer}; use one of ${Object.keys(runners).join(', ')}`);
  process.exit(2);
}
await run();
