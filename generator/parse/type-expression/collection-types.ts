import type { PrimitiveName, TypeExpression } from '../../model/types.js';
import { argumentType } from './grammar-support.js';
import type { ParsedType } from './parsed-type.js';
import { type TokenStream, TypeSyntaxError } from './token-stream.js';
import type { Token } from './tokens.js';

/** List and map forms that several dialects write alike: element and value types, `[]` suffixes, string keys. */

/** Builds a list of `element`. A nullable element (`List[Optional[str]]`) becomes a union with null. */
export function listType(element: ParsedType): TypeExpression {
  return { kind: 'array', items: argumentType(element) };
}

/** Builds a map with string keys and `values`. Nullable values become a union with null. */
export function mapType(values: ParsedType): TypeExpression {
  return { kind: 'map', values: argumentType(values) };
}

/** Reads the `[]` suffixes after a type (`string[][]`), each making a list of what precedes it. */
export function readArraySuffixes(stream: TokenStream, element: ParsedType): ParsedType {
  let parsed = element;
  while (stream.acceptPunctuation('[')) {
    stream.expectPunctuation(']');
    parsed = { type: listType(parsed), nullable: false };
  }
  return parsed;
}

/**
 * Throws unless a map's key type is `string`, because the keys of a JSON object are strings.
 * `mapForm` names the notation in the message, such as `a Record`, and the error points at `token`.
 */
export function expectStringKey(key: TypeExpression, mapForm: string, token: Token): void {
  if (isPrimitive(key, 'string')) return;
  throw new TypeSyntaxError(`expected \`string\` as the key type of ${mapForm}`, token);
}

/** Tells whether a type is the primitive `name`, with or without a format. */
export function isPrimitive(type: TypeExpression, name: PrimitiveName): boolean {
  return type.kind === 'primitive' && type.name === name;
}
