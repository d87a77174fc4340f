import type { TypeExpression } from '../../model/types.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import type { Token } from './tokens.js';
import { type TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';

/** Steps that every dialect grammar shares: model names from doc paths, null members and links. */

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
