import type { TypeExpression } from '../../model/types.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import type { Token } from './tokens.js';
import { TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';

/**
 * Steps that every dialect grammar shares: reading a whole cell, qualified names, literals, unions
 * with null, and links. List, map and generic forms are in collection-types.ts and generic-arguments.ts.
 */

/** Reads a whole Type cell with `readType`, rejecting an empty cell and tokens left after the type. */
export function parseTypeCell(tokens: readonly Token[], readType: (stream: TokenStream) => ParsedType): ParsedType {
  const stream = new TokenStream(tokens);
  if (stream.atEnd()) throw new TypeSyntaxError('the Type cell is empty', stream.peek());

  const parsed = readType(stream);
  stream.expectEnd();
  return parsed;
}

/** Reads identifiers joined by `separator` (`shared.Employee`, `Components\Employee`) as one name. */
export function readQualifiedName(stream: TokenStream, separator: string): string {
  const parts = [stream.expectIdentifier().text];
  while (stream.acceptPunctuation(separator)) parts.push(stream.expectIdentifier().text);
  return parts.join(separator);
}

/** Reads a string or number token as a literal type (`"simple"`, `2`), or returns undefined when none comes next. */
export function readLiteral(stream: TokenStream): ParsedType | undefined {
  const token = stream.peek();
  if (token.kind === 'string') {
    stream.next();
    return { type: { kind: 'literal', value: token.text }, nullable: false };
  }
  if (token.kind === 'number') {
    stream.next();
    return { type: { kind: 'literal', value: Number(token.text) }, nullable: false };
  }
  return undefined;
}

export function isNullLiteral(type: TypeExpression): boolean {
  return type.kind === 'literal' && type.value === null;
}

/** Returns the model name a doc path stands for: its file name without `.md`. */
export function modelNameOfDoc(doc: string): string {
  const fileName = doc.slice(doc.lastIndexOf('/') + 1);
  return fileName.replace(/\.md$/i, '');
}

/** Adds `null` to a type, for a nullable generic argument such as `List[Optional[str]]`. */
export function withNull(type: TypeExpression): TypeExpression {
  if (type.kind === 'literal' && type.value === null) return type;
  const members = type.kind === 'union' ? type.members : [type];
  return { kind: 'union', members: [...members, { kind: 'literal', value: null }] };
}

/** Turns a parsed generic argument into a type, keeping a nullable argument as a union with null. */
export function argumentType(parsed: ParsedType): TypeExpression {
  return parsed.nullable ? withNull(parsed.type) : parsed.type;
}

/**
 * Reads a union type whose members, read by `readMember`, are separated by `|`. A `null` member
 * is left out of the members and makes the union nullable, as a member marked nullable (`?string`)
 * does. A union of `null` alone is the null literal. `combineMembers` builds the type of the other
 * members.
 */
export function readUnionType(
  stream: TokenStream,
  readMember: () => ParsedType,
  combineMembers: (members: TypeExpression[]) => TypeExpression,
): ParsedType {
  const members: TypeExpression[] = [];
  let nullable = false;
  do {
    const member = readMember();
    nullable ||= member.nullable;
    if (isNullLiteral(member.type)) nullable = true;
    else members.push(member.type);
  } while (stream.acceptPunctuation('|'));

  if (members.length === 0) return { type: { kind: 'literal', value: null }, nullable: true };
  return { type: combineMembers(members), nullable };
}

/** Builds a union, dropping members that repeat an earlier one; one member stands for itself. */
export function unionOf(members: readonly TypeExpression[]): TypeExpression {
  const unique: TypeExpression[] = [];
  const seen = new Set<string>();
  for (const member of members) {
    const key = JSON.stringify(member);
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(member);
  }
  if (unique.length === 1) return unique[0]!;
  return { kind: 'union', members: unique };
}

/**
 * Finishes a link around a type. A link to a doc in the docs folder stands for that doc's model,
 * whatever the link text wraps around it (`Optional[models.X]`, `T.nilable(T.any(...))`); when the
 * text spells out a union, its members go to `context.recordLinkedUnion`. A link to another site
 * (such as a language's date class) keeps the type its text names.
 */
export function finishLink(inner: ParsedType, linkedDoc: string | undefined, context: TypeCellContext): ParsedType {
  if (linkedDoc === undefined) return inner;
  if (inner.type.kind === 'union') context.recordLinkedUnion?.(linkedDoc, inner.type.members);
  return { ...inner, type: { kind: 'reference', model: modelNameOfDoc(linkedDoc), doc: linkedDoc } };
}

/** Drops the backslashes that escape `<` and `>` in a Type cell (`Optional\<String>`, `List\\<X>`). */
export function dropEscapes(tokens: readonly Token[]): Token[] {
  return tokens.filter((token) => !(token.kind === 'punctuation' && token.text === '\\'));
}

/**
 * Reads a link whose `link-open` token comes next: its content, read by `readInner`, then the end of
 * the link. Returns the content with the doc the link points to.
 */
export function readLinkContent(stream: TokenStream, context: TypeCellContext, readInner: (url: string) => ParsedType): { inner: ParsedType; linkedDoc: string | undefined } {
  const open = stream.next();
  const linkedDoc = context.resolveLink(open.text);
  const inner = readInner(open.text);
  if (stream.peek().kind !== 'link-close') throw new TypeSyntaxError(`unexpected ${describeToken(stream.peek())} inside the link`, stream.peek());
  stream.next();
  return { inner, linkedDoc };
}

/**
 * Reads a link whose `link-open` token comes next, with `readInner` for its text. When
 * `standsForLinkedDoc` accepts the type the text names, finishLink makes a link to a doc in the docs
 * folder stand for that doc's model. Otherwise the text's own type is kept, as for a built-in type.
 */
export function readLinkedType(
  stream: TokenStream,
  context: TypeCellContext,
  readInner: (url: string) => ParsedType,
  standsForLinkedDoc: (type: TypeExpression) => boolean,
): ParsedType {
  const { inner, linkedDoc } = readLinkContent(stream, context, readInner);
  if (!standsForLinkedDoc(inner.type)) return inner;
  return finishLink(inner, linkedDoc, context);
}

export function isReference(type: TypeExpression): boolean {
  return type.kind === 'reference';
}
