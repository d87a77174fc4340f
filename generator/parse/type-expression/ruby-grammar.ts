import type { TypeExpression } from '../../model/types.js';
import { applyListGeneric, applyMapGeneric, applyNullableGeneric, type GenericType, readGenericArguments } from './generic-arguments.js';
import { parseTypeCell, readLinkedType, unionOf } from './grammar-support.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import { type TokenStream, TypeSyntaxError } from './token-stream.js';
import type { Token } from './tokens.js';

/**
 * The Type cell grammar of the Ruby dialect, which writes Sorbet signatures:
 *
 *   type       := link | name arguments?
 *   arguments  := ('(' | '[' | '<') type (',' type)* (')' | ']' | '>')
 *   link       := LINK_OPEN type LINK_CLOSE
 *   name       := '::'? IDENTIFIER (('::' | '.') IDENTIFIER)*
 *
 * `T.nilable(X)` stands for both an optional and a nullable field, so it is read as nullable.
 * The `Crystalline::Nilable.new(X)`, `Crystalline::Array.new(X)`, `Crystalline::Hash.new(Symbol, X)`
 * and `Crystalline::Union.new(...)` forms of newer SDKs mean the same as their `T` counterparts.
 */
export function parseRubyType(tokens: readonly Token[], context: TypeCellContext): ParsedType {
  return parseTypeCell(tokens, (stream) => readType(stream, context, undefined));
}

const CLOSING: Record<string, string> = { '(': ')', '[': ']', '<': '>' };

function readType(stream: TokenStream, context: TypeCellContext, linkUrl: string | undefined): ParsedType {
  const token = stream.peek();

  if (token.kind === 'link-open') {
    return readLinkedType(stream, context, (url) => readType(stream, context, url), isReferenceOrUnion);
  }

  const name = readName(stream);
  const open = stream.peek();
  const closing = open.kind === 'punctuation' ? CLOSING[open.text] : undefined;
  if (closing === undefined) return { type: namedType(name, linkUrl), nullable: false };

  stream.next();
  const typeArguments = readGenericArguments(stream, () => readType(stream, context, linkUrl), closing);
  return applyGeneric({ name, arguments: typeArguments, token });
}

function isReferenceOrUnion(type: TypeExpression): boolean {
  return type.kind === 'reference' || type.kind === 'union';
}

/** Reads `::String`, `T::Array`, `T.nilable` or `Models::Shared::X` as one name with `::` between parts. */
function readName(stream: TokenStream): string {
  const parts: string[] = [];
  const readSeparator = (): string | undefined => {
    if (stream.peek().text === ':' && stream.peek(1).text === ':') {
      stream.next();
      stream.next();
      return '::';
    }
    return stream.acceptPunctuation('.') ? '.' : undefined;
  };

  readSeparator();
  parts.push(stream.expectIdentifier().text);
  for (let separator = readSeparator(); separator !== undefined; separator = readSeparator()) {
    parts.push(separator, stream.expectIdentifier().text);
  }
  return parts.join('');
}

function applyGeneric(generic: GenericType): ParsedType {
  const typeArguments = generic.arguments;

  switch (generic.name) {
    case 'T.nilable':
    case 'Crystalline::Nilable.new':
      return applyNullableGeneric(generic);
    case 'T.any':
    case 'Crystalline::Union.new': {
      const nullable = typeArguments.some((argument) => argument.nullable);
      return { type: unionOf(typeArguments.map((argument) => argument.type)), nullable };
    }
    case 'T::Array':
    case 'Crystalline::Array.new':
      return applyListGeneric(generic);
    case 'T::Hash':
    case 'Crystalline::Hash.new':
      return applyMapGeneric(generic);
    default:
      throw new TypeSyntaxError(`unknown generic type \`${generic.name}\`; expected T.nilable, T.any, T::Array or T::Hash`, generic.token);
  }
}

/**
 * Returns the type a name stands for. The Ruby docs link date-time fields as
 * `[Date](.../Date.html)`, naming Ruby's calendar-date class, and write `::DateTime` for a date-time
 * member of a union.
 */
function namedType(name: string, linkUrl: string | undefined): TypeExpression {
  if (name === 'DateTime') return { kind: 'primitive', name: 'date-time' };
  if (name === 'Date') {
    // NOTE: an unlinked `::Date` is taken for a calendar date, as Ruby's class is, but no doc read
    // so far writes one, so how the Ruby docs write a calendar-date field is not known.
    return { kind: 'primitive', name: linkUrl === undefined ? 'date' : 'date-time' };
  }
  const builtIn = RUBY_TYPES[name];
  if (builtIn) return builtIn;
  // `Models::Shared::X` becomes `Models.Shared.X`, whose namespace the resolver uses to pick the folder.
  return { kind: 'reference', model: name.replaceAll('::', '.') };
}

const RUBY_TYPES: Record<string, TypeExpression> = {
  String: { kind: 'primitive', name: 'string' },
  Symbol: { kind: 'primitive', name: 'string' },
  Integer: { kind: 'primitive', name: 'integer' },
  Float: { kind: 'primitive', name: 'number' },
  BigDecimal: { kind: 'primitive', name: 'number', format: 'decimal' },
  'T::Boolean': { kind: 'primitive', name: 'boolean' },
  'Crystalline::Boolean': { kind: 'primitive', name: 'boolean' },
  Object: { kind: 'unknown' },
  NilClass: { kind: 'literal', value: null },
  StringIO: { kind: 'primitive', name: 'binary' },
  IO: { kind: 'primitive', name: 'binary' },
  'Faraday::Response': { kind: 'unknown', sdkType: 'Faraday::Response' },
};
