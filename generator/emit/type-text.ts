import type { TypeExpression } from '../model/types.js';
import { useModelType, type EmitContext } from './emit-context.js';

/**
 * Writes the TypeScript type of a type expression as the model classes hold it: date-times
 * are `Date`, calendar dates stay strings, and integers are numbers.
 */
export function typeText(type: TypeExpression, context: EmitContext): string {
  switch (type.kind) {
    case 'primitive':
      return PRIMITIVE_TYPES[type.name];
    case 'array':
      return `${wrapForArray(typeText(type.items, context), type.items)}[]`;
    case 'map':
      return `Record<string, ${typeText(type.values, context)}>`;
    case 'reference':
      return useModelType(context, type.doc!, 'type');
    case 'union':
      return uniqueMembers(type.members.map((member) => typeText(member, context))).join(' | ');
    case 'literal':
      return type.value === null ? 'null' : JSON.stringify(type.value);
    case 'unknown':
      return 'unknown';
  }
}

const PRIMITIVE_TYPES = {
  string: 'string',
  integer: 'number',
  number: 'number',
  boolean: 'boolean',
  date: 'string',
  'date-time': 'Date',
  // JSON has no bytes, so binary content is the base64 text that the JSON carries.
  binary: 'string',
} as const;

function wrapForArray(text: string, items: TypeExpression): string {
  return items.kind === 'union' ? `(${text})` : text;
}

function uniqueMembers(members: string[]): string[] {
  return [...new Set(members)];
}

/** Adds `| null` to a type when the value may be null. */
export function withNull(text: string, nullable: boolean): string {
  if (!nullable || text === 'unknown' || text === 'null' || text.endsWith(' | null')) return text;
  return `${text} | null`;
}
