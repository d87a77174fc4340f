import type { TypeExpression } from '../../model/types.js';
import { BARE_ARRAY_TYPE } from './bare-array.js';
import { isPrimitive } from './collection-types.js';
import { modelNameOfDoc, parseTypeCell, readQualifiedName, readUnionType } from './grammar-support.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import { type TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';
import { isPunctuation, type Token } from './tokens.js';

/**
 * The Type cell grammar of the PHP dialect:
 *
 *   type     := member ('|' member)*
 *   member   := '?'? atom
 *   atom     := link | 'array' ('<' type (',' type)? '>')? | 'list' '<' type '>' | name
 *   link     := LINK_OPEN type LINK_CLOSE
 *   name     := '\'? IDENTIFIER ('\' IDENTIFIER)*
 *
 * A link around a single class name or around an inline union refers to the doc it links to.
 */
export function parsePhpType(tokens: readonly Token[], context: TypeCellContext): ParsedType {
  return parseTypeCell(tokens, (stream) => readUnion(stream, context, undefined));
}

function readUnion(stream: TokenStream, context: TypeCellContext, linkedDoc: string | undefined): ParsedType {
  return readUnionType(stream, () => readMember(stream, context, linkedDoc), unionAsWritten);
}

/**
 * Builds a union of the members as the cell writes them, repeats included; a bare `array` adds its
 * two members in its place. One member is its own type.
 */
function unionAsWritten(members: TypeExpression[]): TypeExpression {
  if (members.length === 1) return members[0]!;
  return { kind: 'union', members: members.flatMap((member) => (member.kind === 'union' ? member.members : [member])) };
}

function readMember(stream: TokenStream, context: TypeCellContext, linkedDoc: string | undefined): ParsedType {
  const nullable = stream.acceptPunctuation('?');
  const type = readAtom(stream, context, linkedDoc);
  return { type: type.type, nullable: nullable || type.nullable };
}

function readAtom(stream: TokenStream, context: TypeCellContext, linkedDoc: string | undefined): ParsedType {
  const token = stream.peek();

  if (token.kind === 'link-open') return readLink(stream, context);

  if (token.kind === 'identifier' && token.text === 'array') {
    stream.next();
    return { type: readArrayArguments(stream, context, linkedDoc), nullable: false };
  }
  // `list<T>`, a PHPDoc type that `@var` annotations may use, is an array with keys 0, 1, 2...
  if (token.kind === 'identifier' && token.text === 'list' && isPunctuation(stream.peek(1), '<')) {
    stream.next();
    stream.next();
    const items = readTypeArgument(stream, context, linkedDoc);
    stream.expectPunctuation('>');
    return { type: { kind: 'array', items }, nullable: false };
  }

  if (token.kind === 'identifier' || isPunctuation(token, '\\')) {
    return { type: readName(stream, linkedDoc), nullable: false };
  }

  throw new TypeSyntaxError(`expected a type but found ${describeToken(token)}`, token);
}

/**
 * Reads `<T>` (a list) or `<string, T>` (a map) after `array`. A bare `array` is a list or a map of
 * any values, because a PHP array may be associative.
 */
function readArrayArguments(stream: TokenStream, context: TypeCellContext, linkedDoc: string | undefined): TypeExpression {
  if (!stream.acceptPunctuation('<')) return structuredClone(BARE_ARRAY_TYPE);

  const first = readTypeArgument(stream, context, linkedDoc);
  if (stream.acceptPunctuation(',')) {
    const keyToken = stream.peek();
    const values = readTypeArgument(stream, context, linkedDoc);
    stream.expectPunctuation('>');
    if (isPrimitive(first, 'integer')) return { kind: 'array', items: values };
    if (!isPrimitive(first, 'string')) {
      throw new TypeSyntaxError('expected `string` or `int` as the key type of an array', keyToken);
    }
    return { kind: 'map', values };
  }

  stream.expectPunctuation('>');
  return { kind: 'array', items: first };
}

/**
 * Reads a generic argument; a nullable argument (`array<?string>`) becomes a union with null.
 * NOTE: unlike argumentType in grammar-support.ts, this reads `array<null>` as a list of `null|null`,
 * not of `null` alone. The PHP grammar keeps its own reading so that its output does not change.
 */
function readTypeArgument(stream: TokenStream, context: TypeCellContext, linkedDoc: string | undefined): TypeExpression {
  const argument = readUnion(stream, context, linkedDoc);
  if (!argument.nullable) return argument.type;
  const members = argument.type.kind === 'union' ? argument.type.members : [argument.type];
  return { kind: 'union', members: [...members, { kind: 'literal', value: null }] };
}

/**
 * Reads a link. A link to a model doc around a union (`[string|X|null](X.md)`) stands for the
 * union model that doc defines; around a class name it is a reference to that doc's model.
 */
function readLink(stream: TokenStream, context: TypeCellContext): ParsedType {
  const open = stream.next();
  const linkedDoc = context.resolveLink(open.text);
  const inner = readUnion(stream, context, linkedDoc);
  if (!isPunctuation(stream.peek(), ']') && stream.peek().kind !== 'link-close') {
    throw new TypeSyntaxError(`unexpected ${describeToken(stream.peek())} inside the link`, stream.peek());
  }
  stream.next();

  if (linkedDoc !== undefined && inner.type.kind === 'union') {
    return { type: { kind: 'reference', model: modelNameOfDoc(linkedDoc), doc: linkedDoc }, nullable: inner.nullable };
  }
  return inner;
}

/** Reads a PHP class or scalar name such as `string`, `\DateTime` or `Components\Employee`. */
function readName(stream: TokenStream, linkedDoc: string | undefined): TypeExpression {
  const start = stream.peek();
  const rooted = stream.acceptPunctuation('\\');
  const name = readQualifiedName(stream, '\\');
  const inNamespace = name.includes('\\');

  const qualified = (rooted ? '\\' : '') + name;
  if (!rooted && !inNamespace) {
    const scalar = PHP_SCALARS[name.toLowerCase()];
    if (scalar) return scalar;
  }
  const known = PHP_CLASSES[qualified];
  if (known) return known;

  if (!rooted && inNamespace) {
    if (linkedDoc !== undefined) return { kind: 'reference', model: modelNameOfDoc(linkedDoc), doc: linkedDoc };
    // Without a link the namespace (`Components`) stays in the name; the resolver uses it to pick the folder.
    return { kind: 'reference', model: qualified };
  }
  throw new TypeSyntaxError(`unknown type \`${qualified}\`; expected a PHP scalar, \\DateTime or a model such as Components\\Name`, start, { code: 'unknown-type' });
}

const PHP_SCALARS: Record<string, TypeExpression> = {
  string: { kind: 'primitive', name: 'string' },
  int: { kind: 'primitive', name: 'integer' },
  integer: { kind: 'primitive', name: 'integer' },
  float: { kind: 'primitive', name: 'number' },
  double: { kind: 'primitive', name: 'number' },
  bool: { kind: 'primitive', name: 'boolean' },
  boolean: { kind: 'primitive', name: 'boolean' },
  mixed: { kind: 'unknown' },
  object: { kind: 'map', values: { kind: 'unknown' } },
  null: { kind: 'literal', value: null },
  true: { kind: 'literal', value: true },
  false: { kind: 'literal', value: false },
};

const PHP_CLASSES: Record<string, TypeExpression> = {
  '\\DateTime': { kind: 'primitive', name: 'date-time' },
  '\\DateTimeInterface': { kind: 'primitive', name: 'date-time' },
  '\\DateTimeImmutable': { kind: 'primitive', name: 'date-time' },
  '\\Brick\\DateTime\\LocalDate': { kind: 'primitive', name: 'date' },
  '\\Brick\\Math\\BigDecimal': { kind: 'primitive', name: 'number', format: 'decimal' },
  '\\Brick\\Math\\BigInteger': { kind: 'primitive', name: 'integer', format: 'int64' },
  '\\stdClass': { kind: 'map', values: { kind: 'unknown' } },
  '\\Psr\\Http\\Message\\ResponseInterface': { kind: 'unknown', sdkType: 'Psr\\Http\\Message\\ResponseInterface' },
  '\\Psr\\Http\\Message\\StreamInterface': { kind: 'primitive', name: 'binary' },
  '\\GuzzleHttp\\Psr7\\Stream': { kind: 'primitive', name: 'binary' },
};
