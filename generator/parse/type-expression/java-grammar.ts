import type { TypeExpression } from '../../model/types.js';
import { readArraySuffixes } from './collection-types.js';
import { applyListGeneric, applyMapGeneric, applyNullableGeneric, applyOptionalGeneric, type GenericType, readGenericArguments } from './generic-arguments.js';
import { dropEscapes, isReference, parseTypeCell, readLinkedType, readQualifiedName } from './grammar-support.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import { type TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';
import type { Token } from './tokens.js';

/**
 * The Type cell grammar of the Java dialect:
 *
 *   type     := atom ('[' ']')*
 *   atom     := link | wildcard | 'byte' '[' ']' | name ('<' type (',' type)* '>')?
 *   wildcard := '?' (('extends' | 'super') type)?
 *   link     := LINK_OPEN type LINK_CLOSE
 *   name     := IDENTIFIER ('.' IDENTIFIER)*
 *
 * The docs escape `<` as `\<`, and twice (`\\<`) inside another generic; the escapes are dropped
 * before reading. `JsonNullable<X>` marks a nullable field and `Optional<X>` an optional one.
 */
export function parseJavaType(tokens: readonly Token[], context: TypeCellContext): ParsedType {
  return parseTypeCell(dropEscapes(tokens), (stream) => readType(stream, context));
}

function readType(stream: TokenStream, context: TypeCellContext): ParsedType {
  return readArraySuffixes(stream, readAtom(stream, context));
}

function readAtom(stream: TokenStream, context: TypeCellContext): ParsedType {
  const token = stream.peek();

  if (token.kind === 'link-open') return readLinkedType(stream, context, () => readType(stream, context), isReference);
  if (stream.acceptPunctuation('?')) return readWildcardBound(stream, context);
  if (token.kind !== 'identifier') throw new TypeSyntaxError(`expected a type but found ${describeToken(token)}`, token);

  const name = readQualifiedName(stream, '.');
  if (name === 'byte') {
    stream.expectPunctuation('[');
    stream.expectPunctuation(']');
    return { type: { kind: 'primitive', name: 'binary' }, nullable: false };
  }
  if (!stream.acceptPunctuation('<')) return { type: namedType(name), nullable: false };

  const typeArguments = readGenericArguments(stream, () => readType(stream, context), '>');
  return applyGeneric({ name, arguments: typeArguments, token });
}

/**
 * Reads what follows the `?` of a wildcard. A bounded wildcard such as `Optional<? extends X>`, as
 * Java getters return, stands for its bound; a bare `?` for any value.
 */
function readWildcardBound(stream: TokenStream, context: TypeCellContext): ParsedType {
  if (stream.acceptIdentifier('extends') || stream.acceptIdentifier('super')) return readType(stream, context);
  return { type: { kind: 'unknown' }, nullable: false };
}

function applyGeneric(generic: GenericType): ParsedType {
  switch (generic.name) {
    case 'Optional':
      return applyOptionalGeneric(generic);
    case 'JsonNullable':
      return applyNullableGeneric(generic);
    case 'List':
    case 'Set':
      return applyListGeneric(generic);
    case 'Map':
      return applyMapGeneric(generic);
    case 'HttpResponse':
      return { type: { kind: 'unknown', sdkType: 'HttpResponse' }, nullable: false };
    default:
      throw new TypeSyntaxError(`unknown generic type \`${generic.name}\`; expected Optional, JsonNullable, List or Map`, generic.token);
  }
}

function namedType(name: string): TypeExpression {
  const builtIn = JAVA_TYPES[name];
  if (builtIn) return builtIn;
  return { kind: 'reference', model: name };
}

const JAVA_TYPES: Record<string, TypeExpression> = {
  String: { kind: 'primitive', name: 'string' },
  Boolean: { kind: 'primitive', name: 'boolean' },
  boolean: { kind: 'primitive', name: 'boolean' },
  Integer: { kind: 'primitive', name: 'integer', format: 'int32' },
  int: { kind: 'primitive', name: 'integer', format: 'int32' },
  Long: { kind: 'primitive', name: 'integer', format: 'int64' },
  long: { kind: 'primitive', name: 'integer', format: 'int64' },
  Float: { kind: 'primitive', name: 'number', format: 'float' },
  float: { kind: 'primitive', name: 'number', format: 'float' },
  Double: { kind: 'primitive', name: 'number', format: 'double' },
  double: { kind: 'primitive', name: 'number', format: 'double' },
  BigDecimal: { kind: 'primitive', name: 'number', format: 'decimal' },
  BigInteger: { kind: 'primitive', name: 'integer' },
  Object: { kind: 'unknown' },
  OffsetDateTime: { kind: 'primitive', name: 'date-time' },
  LocalDate: { kind: 'primitive', name: 'date' },
  InputStream: { kind: 'primitive', name: 'binary' },
};
