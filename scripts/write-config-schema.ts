// Writes schema/codegen.schema.json from the configuration definitions in generator/config/schema.ts.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONFIG_JSON_SCHEMA_PATH, configJsonSchemaText } from '../generator/config/json-schema.js';

const target = fileURLToPath(new URL(`../${CONFIG_JSON_SCHEMA_PATH}`, import.meta.url));
writeFileSync(target, configJsonSchemaText());
process.stdout.write(`wrote ${CONFIG_JSON_SCHEMA_PATH}\n`);
