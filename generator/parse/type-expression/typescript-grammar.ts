import type { TypeExpression } from '../../model/types.js';
import { argumentType, finishLink, unionOf, readLinkContent } from './grammar-support.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import { TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';
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
  const stream = new TokenStream(tokens);
  if (stream.atEnd()) throw new TypeSyntaxError('the Type cell is empty', stream.peek());

  const parsed = readUnion(stream, context);
  stream.expectEnd();
  return parsed;
}

function readUnion(stream: TokenStream, context: TypeCellContext): ParsedType {
  const members: TypeExpression[] = [];
  let nullable = false;
  do {
    const member = readPostfix(stream, context);
    nullable ||= member.nullable;
    if (member.type.kind === 'literal' && member.type.value === null) nullable = true;
    else members.push(member.type);
  } while (stream.acceptPunctuation('|'));

  if (members.length === 0) return { type: { kind: 'literal', value: null }, nullable: true };
  return { type: unionOf(members), nullable };
}

function readPostfix(stream: TokenStream, context: TypeCellContext): ParsedType {
  let parsed = readAtom(stream, context);
  while (stream.acceptPunctuation('[')) {
    stream.expectPunctuation(']');
    parsed = { type: { kind: 'array', items: argumentType(parsed) }, nullable: false };
  }
  return parsed;
}

function readAtom(stream: TokenStream, context: TypeCellContext): ParsedType {
  const token = stream.peek();

  if (token.kind === 'link-open') {
    const { inner, linkedDoc } = readLinkContent(stream, context, () => readUnion(stream, context));
    if (isBuiltIn(inner.type)) return inner;
    return finishLink(inner, linkedDoc, context);
  }
  if (token.kind === 'string') {
    stream.next();
    return { type: { kind: 'literal', value: token.text }, nullable: false };
  }
  if (token.kind === 'number') {
    stream.next();
    return { type: { kind: 'literal', value: Number(token.text) }, nullable: false };
  }
  if (token.kind === 'identifier' && (token.text === 'Record' || token.text === 'Array') && stream.peek(1).text === '<') {
    stream.next();
    return { type: readGenericArguments(token, stream, context), nullable: false };
  }
  if (token.kind === 'identifier') return { type: readName(stream), nullable: false };
  if (stream.acceptPunctuation('{')) return { type: readIndexSignature(stream, context), nullable: false };

  throw new TypeSyntaxError(`expected a type but found ${describeToken(token)}`, token);
}

/** Reads `<string, T>` after `Record` or `<T>` after `Array`. */
function readGenericArguments(name: Token, stream: TokenStream, context: TypeCellContext): TypeExpression {
  stream.expectPunctuation('<');
  const first = readUnion(stream, context);
  if (name.text === 'Array') {
    stream.expectPunctuation('>');
    return { kind: 'array', items: argumentType(first) };
  }
  stream.expectPunctuation(',');
  const values = readUnion(stream, context);
  stream.expectPunctuation('>');
  if (first.type.kind !== 'primitive' || first.type.name !== 'string') {
    throw new TypeSyntaxError('expected `string` as the key type of a Record', name);
  }
  return { kind: 'map', values: argumentType(values) };
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
  if (key.type.kind !== 'primitive' || key.type.name !== 'string') throw new TypeSyntaxError('expected `string` as the key type of an index signature', keyToken);
  return { kind: 'map', values: argumentType(values) };
}

/** Reads a scalar such as `string`, or a model such as `shared.Employee`. */
function readName(stream: TokenStream): TypeExpression {
  const parts = [stream.expectIdentifier().text];
  while (stream.acceptPunctuation('.')) parts.push(stream.expectIdentifier().text);

  const qualified = parts.join('.');
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
