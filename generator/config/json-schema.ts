import { CONFIG_SCHEMA, type ValueSchema } from './schema.js';

/** Where the published JSON Schema of the configuration file lives, relative to the repository root. */
export const CONFIG_JSON_SCHEMA_PATH = 'schema/codegen.schema.json';

/**
 * Builds the JSON Schema (draft 2020-12) of the configuration file from the same definitions the
 * validator uses, so editors complete and check the keys the tool accepts.
 */
export function configJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'md-models-ts configuration (codegen.yaml)',
    ...toJsonSchema(CONFIG_SCHEMA),
  };
}

/** Returns the schema as the text of the published file: two-space JSON with a final newline. */
export function configJsonSchemaText(): string {
  return JSON.stringify(configJsonSchema(), null, 2) + '\n';
}

function toJsonSchema(schema: ValueSchema): Record<string, unknown> {
  const common = { description: schema.description, ...('default' in schema && schema.default !== undefined ? { default: schema.default } : {}) };
  switch (schema.type) {
    case 'string':
      return { type: 'string', ...common, ...(schema.pattern === undefined ? {} : { pattern: schema.pattern }) };
    case 'boolean':
      return { type: 'boolean', ...common };
    case 'integer':
      return { type: 'integer', minimum: schema.minimum, ...common };
    case 'choice':
      return { enum: [...schema.choices], ...common };
    case 'list':
      return { type: 'array', items: toJsonSchema(schema.items), ...common };
    case 'map':
      return { type: 'object', propertyNames: { pattern: schema.keyPattern }, additionalProperties: toJsonSchema(schema.values), ...common };
    case 'object':
      return {
        type: 'object',
        ...common,
        properties: Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, toJsonSchema(value)])),
        additionalProperties: false,
      };
    case 'either':
      return { anyOf: schema.options.map(toJsonSchema), ...common };
  }
}
