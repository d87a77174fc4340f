import type { TypeExpression } from '../../model/types.js';
import { listType, mapType, readArraySuffixes } from './collection-types.js';
import { type GenericType, readGenericArguments } from './generic-arguments.js';
import { isReference, parseTypeCell, readLinkedType, readQualifiedName } from './grammar-support.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import { type TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';
import type { Token } from './tokens.js';

/**
 * The Type cell grammar of the C# dialect:
 *
 *   type     := atom ('[' ']')* '?'?
 *   atom     := link | 'byte' '[' ']' | name ('<' type (',' type)* '>')?
 *   link     := LINK_OPEN type LINK_CLOSE
 *   name     := IDENTIFIER ('.' IDENTIFIER)*
 *
 * The type does not say whether a field is optional (the Required column does); a trailing `?`
 * marks a nullable value. A property that shares its type's name writes the type qualified
 * (`Models.Components.Folders`).
 */
export function parseCSharpType(tokens: readonly Token[], context: TypeCellContext): ParsedType {
  return parseTypeCell(tokens, (stream) => readType(stream, context));
}

function readType(stream: TokenStream, context: TypeCellContext): ParsedType {
  const parsed = readArraySuffixes(stream, readAtom(stream, context));
  if (stream.acceptPunctuation('?')) return { ...parsed, nullable: true };
  return parsed;
}

function readAtom(stream: TokenStream, context: TypeCellContext): ParsedType {
  const token = stream.peek();

  if (token.kind === 'link-open') return readLinkedType(stream, context, () => readType(stream, context), isReference);
  if (token.kind !== 'identifier') throw new TypeSyntaxError(`expected a type but found ${describeToken(token)}`, token);

  const name = readQualifiedName(stream, '.');
  if (name === 'byte') {
    stream.expectPunctuation('[');
    stream.expectPunctuation(']');
    return { type: { kind: 'primitive', name: 'binary' }, nullable: false };
  }
  if (!stream.acceptPunctuation('<')) return { type: namedType(name), nullable: false };

  const typeArguments = readGenericArguments(stream, () => readType(stream, context), '>');
  return { type: applyGeneric({ name, arguments: typeArguments, token }), nullable: false };
}

/** Applies `List<T>` or `Dictionary<String, T>`, and rejects any other generic or argument count with one message. */
function applyGeneric(generic: GenericType): TypeExpression {
  const { name, arguments: typeArguments } = generic;
  if ((name === 'List' || name === 'IEnumerable') && typeArguments.length === 1) return listType(typeArguments[0]!);
  if ((name === 'Dictionary' || name === 'IDictionary') && typeArguments.length === 2) return mapType(typeArguments[1]!);
  throw new TypeSyntaxError(`unknown generic type \`${name}\` with ${typeArguments.length} type arguments; expected List<T> or Dictionary<String, T>`, generic.token);
}

function namedType(name: string): TypeExpression {
  const builtIn = CSHARP_TYPES[name];
  if (builtIn) return builtIn;
  // `Models.Components.X` names the namespace, which the resolver uses to pick the folder.
  return { kind: 'reference', model: name };
}

const CSHARP_TYPES: Record<string, TypeExpression> = {
  string: { kind: 'primitive', name: 'string' },
  String: { kind: 'primitive', name: 'string' },
  bool: { kind: 'primitive', name: 'boolean' },
  int: { kind: 'primitive', name: 'integer', format: 'int32' },
  long: { kind: 'primitive', name: 'integer', format: 'int64' },
  float: { kind: 'primitive', name: 'number', format: 'float' },
  double: { kind: 'primitive', name: 'number', format: 'double' },
  decimal: { kind: 'primitive', name: 'number', format: 'decimal' },
  BigInteger: { kind: 'primitive', name: 'integer' },
  object: { kind: 'unknown' },
  DateTime: { kind: 'primitive', name: 'date-time' },
  DateTimeOffset: { kind: 'primitive', name: 'date-time' },
  LocalDate: { kind: 'primitive', name: 'date' },
  Stream: { kind: 'primitive', name: 'binary' },
  HttpResponseMessage: { kind: 'unknown', sdkType: 'HttpResponseMessage' },
  HttpRequestMessage: { kind: 'unknown', sdkType: 'HttpRequestMessage' },
};
