import type { TypeExpression } from './types.js';

/**
 * Writes a type expression in a short notation of its own (`string`, `integer(int64)`, `X[]`,
 * `map<string, X>`, `A | B`), for labels and messages. The notation belongs to no SDK language.
 */
export function formatTypeExpression(type: TypeExpression): string {
  switch (type.kind) {
    case 'primitive':
      return type.format === undefined ? type.name : `${type.name}(${type.format})`;
    case 'array':
      return `${wrapUnion(type.items)}[]`;
    case 'map':
      return `map<string, ${formatTypeExpression(type.values)}>`;
    case 'reference':
      return type.model;
    case 'union':
      return type.members.map(formatTypeExpression).join(' | ');
    case 'literal':
      return JSON.stringify(type.value);
    case 'unknown':
      return type.sdkType === undefined ? 'unknown' : `unknown(${type.sdkType})`;
  }
}

function wrapUnion(type: TypeExpression): string {
  return type.kind === 'union' ? `(${formatTypeExpression(type)})` : formatTypeExpression(type);
}
