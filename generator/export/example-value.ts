import type { TypeExpression } from '../model/types.js';
import type { JsonValue } from './json-schema.js';

/**
 * Turns an Example cell into a JSON value. A cell that parses as JSON gives that value, except
 * that a string-typed field keeps its text as written, so an example `123` of a string field stays
 * the string `"123"`. Any other text is the example itself, as a string.
 */
export function exampleValue(example: string, type: TypeExpression): JsonValue {
  const text = example.trim();
  const parsed = parseJson(text);
  if (parsed === undefined) return example;
  if (typeof parsed !== 'string' && isStringType(type)) return example;
  return parsed;
}

function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

function isStringType(type: TypeExpression): boolean {
  if (type.kind === 'primitive') return type.name === 'string' || type.name === 'date' || type.name === 'date-time';
  if (type.kind === 'literal') return typeof type.value === 'string';
  return false;
}
