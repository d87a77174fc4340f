import type { NumberFormat, PrimitiveType, TypeExpression } from '../model/types.js';
import type { JsonSchema, JsonValue } from './json-schema.js';

/** How the exporter writes a reference to another model's schema. */
export type RefResolver = (doc: string | undefined) => string | undefined;

/** Number formats that JSON Schema tools know (OpenAPI's registry); `decimal` has no standard format. */
const KNOWN_NUMBER_FORMATS = new Set<NumberFormat>(['int32', 'int64', 'float', 'double']);

/** Builds the JSON Schema of a type expression. */
export function typeSchema(type: TypeExpression, refTo: RefResolver): JsonSchema {
  switch (type.kind) {
    case 'primitive':
      return primitiveSchema(type);
    case 'literal':
      return type.value === null ? { type: 'null' } : { const: type.value };
    case 'unknown':
      return {};
    case 'reference': {
      const ref = refTo(type.doc);
      // A reference the resolver cannot place was already reported by the parser; it accepts any value, as the validators do.
      return ref === undefined ? {} : { $ref: ref };
    }
    case 'array':
      return { type: 'array', items: typeSchema(type.items, refTo) };
    case 'map':
      return { type: 'object', additionalProperties: typeSchema(type.values, refTo) };
    case 'union':
      return unionSchema(type.members, refTo);
  }
}

function primitiveSchema(type: PrimitiveType): JsonSchema {
  switch (type.name) {
    case 'string':
      return { type: 'string' };
    case 'boolean':
      return { type: 'boolean' };
    case 'integer':
    case 'number': {
      const schema: JsonSchema = { type: type.name };
      if (type.format && KNOWN_NUMBER_FORMATS.has(type.format)) schema.format = type.format;
      return schema;
    }
    case 'date':
      return { type: 'string', format: 'date' };
    case 'date-time':
      return { type: 'string', format: 'date-time' };
    case 'binary':
      // JSON carries raw bytes as base64 text, and the validators check that the value is a string.
      return { type: 'string', contentEncoding: 'base64', contentMediaType: 'application/octet-stream' };
  }
}

/**
 * Builds `anyOf` for a union. A union that admits anything, or whose docs list no members, becomes
 * `{}`, as the validators skip it.
 */
export function unionSchema(members: readonly TypeExpression[], refTo: RefResolver): JsonSchema {
  if (members.length === 0) return {};
  const schemas = members.map((member) => typeSchema(member, refTo));
  if (schemas.some((schema) => Object.keys(schema).length === 0)) return {};
  const allowsNull = schemas.some(isNullSchema);
  const others = schemas.filter((schema) => !isNullSchema(schema));
  if (others.length === 0) return { type: 'null' };
  const combined = others.length === 1 ? others[0]! : { anyOf: others };
  return allowsNull ? withNull(combined) : combined;
}

/**
 * Adds `null` to the values a schema accepts: into its `type` list when it has a plain `type`,
 * otherwise as another `anyOf` branch.
 */
export function withNull(schema: JsonSchema): JsonSchema {
  if (isNullSchema(schema) || Object.keys(schema).length === 0) return schema;
  const type = schema.type;
  if (typeof type === 'string' && schema.const === undefined && schema.enum === undefined) return { ...schema, type: [type, 'null'] };
  if (Array.isArray(type)) return type.includes('null') ? schema : { ...schema, type: [...type, 'null'] };
  if (Array.isArray(schema.anyOf) && Object.keys(schema).length === 1) return { anyOf: [...schema.anyOf, { type: 'null' }] };
  return { anyOf: [schema, { type: 'null' }] };
}

function isNullSchema(schema: JsonSchema): boolean {
  return schema.type === 'null' && Object.keys(schema).length === 1;
}

/** Copies annotations onto a schema without replacing keywords it already has. */
export function annotate(schema: JsonSchema, annotations: Record<string, JsonValue | undefined>): JsonSchema {
  const result: JsonSchema = { ...schema };
  for (const [keyword, value] of Object.entries(annotations)) {
    if (value !== undefined && result[keyword] === undefined) result[keyword] = value;
  }
  return result;
}
