import type { TypeExpression } from '../../model/types.js';
import { argumentType, finishLink, readLinkContent } from './grammar-support.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import { TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';
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
  const stream = new TokenStream(tokens);
  if (stream.atEnd()) throw new TypeSyntaxError('the Type cell is empty', stream.peek());

  const parsed = readType(stream, context);
  stream.expectEnd();
  return parsed;
}

function readType(stream: TokenStream, context: TypeCellContext): ParsedType {
  let parsed = readAtom(stream, context);
  while (stream.acceptPunctuation('[')) {
    stream.expectPunctuation(']');
    parsed = { type: { kind: 'array', items: argumentType(parsed) }, nullable: false };
  }
  if (stream.acceptPunctuation('?')) parsed = { ...parsed, nullable: true };
  return parsed;
}

function readAtom(stream: TokenStream, context: TypeCellContext): ParsedType {
  const token = stream.peek();

  if (token.kind === 'link-open') {
    const { inner, linkedDoc } = readLinkContent(stream, context, () => readType(stream, context));
    return inner.type.kind === 'reference' ? finishLink(inner, linkedDoc, context) : inner;
  }
  if (token.kind !== 'identifier') throw new TypeSyntaxError(`expected a type but found ${describeToken(token)}`, token);

  const parts = [stream.expectIdentifier().text];
  while (stream.acceptPunctuation('.')) parts.push(stream.expectIdentifier().text);
  const name = parts.join('.');
  if (name === 'byte') {
    stream.expectPunctuation('[');
    stream.expectPunctuation(']');
    return { type: { kind: 'primitive', name: 'binary' }, nullable: false };
  }
  if (!stream.acceptPunctuation('<')) return { type: namedType(name), nullable: false };

  const args: ParsedType[] = [readType(stream, context)];
  while (stream.acceptPunctuation(',')) args.push(readType(stream, context));
  stream.expectPunctuation('>');
  return { type: applyGeneric(name, args, token), nullable: false };
}

function applyGeneric(name: string, args: ParsedType[], token: Token): TypeExpression {
  if ((name === 'List' || name === 'IEnumerable') && args.length === 1) return { kind: 'array', items: argumentType(args[0]!) };
  if ((name === 'Dictionary' || name === 'IDictionary') && args.length === 2) return { kind: 'map', values: argumentType(args[1]!) };
  throw new TypeSyntaxError(`unknown generic type \`${name}\` with ${args.length} type arguments; expected List<T> or Dictionary<String, T>`, token);
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
