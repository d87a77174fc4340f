import type { TypeExpression } from '../model/types.js';

/**
 * Writes a type expression the way the report shows it: `string`, `date-time`, `array<Employee>`,
 * `map<string, unknown>`, `string | integer`. A reference shows its model's name, and with
 * `withDocs` also the doc that defines it, for models whose names repeat across folders.
 */
export function describeType(type: TypeExpression, options: { withDocs?: boolean } = {}): string {
  switch (type.kind) {
    case 'primitive':
      return type.format === undefined ? type.name : `${type.name}(${type.format})`;
    case 'array':
      return `array<${describeType(type.items, options)}>`;
    case 'map':
      return `map<string, ${describeType(type.values, options)}>`;
    case 'union':
      return type.members.map((member) => describeMember(member, options)).join(' | ');
    case 'literal':
      return JSON.stringify(type.value);
    case 'unknown':
      return type.sdkType ?? 'unknown';
    case 'reference':
      return options.withDocs && type.doc !== undefined ? `${type.model} (${type.doc})` : type.model;
  }
}

function describeMember(member: TypeExpression, options: { withDocs?: boolean }): string {
  const text = describeType(member, options);
  return member.kind === 'union' ? `(${text})` : text;
}
