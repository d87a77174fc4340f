import type { TypeExpression } from '../../model/types.js';
import { expectStringKey, listType, mapType, readArraySuffixes } from './collection-types.js';
import { parseTypeCell, readLinkedType, readLiteral, readQualifiedName, readUnionType, unionOf } from './grammar-support.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import { type TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';
import type { Token } from './tokens.js';

/**
 * The Type cell grammar of the TypeScript dialect:
 *
 *   type     := postfix ('|' postfix)*
 *   postfix  := atom ('[' ']')*
 *   atom     := link | ('Record' | 'Array') '<' type (',' type)? '>' | index | STRING | NUMBER | name
 *   index    := '{' '[' IDENTIFIER ':' type ']' ':' type '}'
 *   link     := LINK_OPEN type LINK_CLOSE
 *   name     := IDENTIFIER ('.' IDENTIFIER)*
 *
 * The type never states whether a field is optional or nullable (the Required column does), so
 * `nullable` is only set by a `null` member.
 */
export function parseTypeScriptType(tokens: readonly Token[], context: TypeCellContext): ParsedType {
  return parseTypeCell(tokens, (stream) => readUnion(stream, context));
}

function readUnion(stream: TokenStream, context: TypeCellContext): ParsedType {
  return readUnionType(stream, () => readArraySuffixes(stream, readAtom(stream, context)), unionOf);
}

function readAtom(stream: TokenStream, context: TypeCellContext): ParsedType {
  const token = stream.peek();

  if (token.kind === 'link-open') {
    return readLinkedType(stream, context, () => readUnion(stream, context), (type) => !isBuiltIn(type));
  }
  const literal = readLiteral(stream);
  if (literal !== undefined) return literal;
  if (token.kind === 'identifier' && (token.text === 'Record' || token.text === 'Array') && stream.peek(1).text === '<') {
    stream.next();
    return { type: readRecordOrArrayArguments(token, stream, context), nullable: false };
  }
  if (token.kind === 'identifier') return { type: readName(stream), nullable: false };
  if (stream.acceptPunctuation('{')) return { type: readIndexSignature(stream, context), nullable: false };

  throw new TypeSyntaxError(`expected a type but found ${describeToken(token)}`, token);
}

/** Reads `<string, T>` after `Record` or `<T>` after `Array`. */
function readRecordOrArrayArguments(name: Token, stream: TokenStream, context: TypeCellContext): TypeExpression {
  stream.expectPunctuation('<');
  const first = readUnion(stream, context);
  if (name.text === 'Array') {
    stream.expectPunctuation('>');
    return listType(first);
  }
  stream.expectPunctuation(',');
  const values = readUnion(stream, context);
  stream.expectPunctuation('>');
  expectStringKey(first.type, 'a Record', name);
  return mapType(values);
}

/** Reads an object type with an index signature, `{ [k: string]: T }`, after its `{`. */
function readIndexSignature(stream: TokenStream, context: TypeCellContext): TypeExpression {
  stream.expectPunctuation('[');
  stream.expectIdentifier();
  stream.expectPunctuation(':');
  const keyToken = stream.peek();
  const key = readUnion(stream, context);
  stream.expectPunctuation(']');
  stream.expectPunctuation(':');
  const values = readUnion(stream, context);
  stream.expectPunctuation('}');
  expectStringKey(key.type, 'an index signature', keyToken);
  return mapType(values);
}

/** Reads a scalar such as `string`, or a model such as `shared.Employee`. */
function readName(stream: TokenStream): TypeExpression {
  const qualified = readQualifiedName(stream, '.');
  const builtIn = TYPESCRIPT_TYPES[qualified];
  if (builtIn) return builtIn;
  // Models are written with their namespace (`shared.X`, `operations.X`); the resolver uses it to pick the folder.
  return { kind: 'reference', model: qualified };
}

function isBuiltIn(type: TypeExpression): boolean {
  return type.kind === 'primitive' || type.kind === 'unknown';
}

const TYPESCRIPT_TYPES: Record<string, TypeExpression> = {
  string: { kind: 'primitive', name: 'string' },
  number: { kind: 'primitive', name: 'number' },
  bigint: { kind: 'primitive', name: 'integer', format: 'int64' },
  boolean: { kind: 'primitive', name: 'boolean' },
  any: { kind: 'unknown' },
  unknown: { kind: 'unknown' },
  object: { kind: 'map', values: { kind: 'unknown' } },
  null: { kind: 'literal', value: null },
  true: { kind: 'literal', value: true },
  false: { kind: 'literal', value: false },
  Date: { kind: 'primitive', name: 'date-time' },
  RFCDate: { kind: 'primitive', name: 'date' },
  Uint8Array: { kind: 'primitive', name: 'binary' },
  ArrayBuffer: { kind: 'primitive', name: 'binary' },
  Blob: { kind: 'primitive', name: 'binary' },
  File: { kind: 'primitive', name: 'binary' },
  ReadableStream: { kind: 'primitive', name: 'binary' },
  Response: { kind: 'unknown', sdkType: 'Response' },
};
