import type { TypeExpression } from '../../model/types.js';
import { argumentType, dropEscapes, finishLink, readLinkContent } from './grammar-support.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import { TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';
import type { Token } from './tokens.js';

/**
 * The Type cell grammar of the Java dialect:
 *
 *   type     := atom ('[' ']')*
 *   atom     := link | '?' | 'byte' '[' ']' | name ('<' type (',' type)* '>')?
 *   link     := LINK_OPEN type LINK_CLOSE
 *   name     := IDENTIFIER ('.' IDENTIFIER)*
 *
 * The docs escape `<` as `\<`, and twice (`\\<`) inside another generic; the escapes are dropped
 * before reading. `JsonNullable<X>` marks a nullable field and `Optional<X>` an optional one.
 */
export function parseJavaType(tokens: readonly Token[], context: TypeCellContext): ParsedType {
  const stream = new TokenStream(dropEscapes(tokens));
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
  return parsed;
}

function readAtom(stream: TokenStream, context: TypeCellContext): ParsedType {
  const token = stream.peek();

  if (token.kind === 'link-open') {
    const { inner, linkedDoc } = readLinkContent(stream, context, () => readType(stream, context));
    return inner.type.kind === 'reference' ? finishLink(inner, linkedDoc, context) : inner;
  }
  if (stream.acceptPunctuation('?')) return { type: { kind: 'unknown' }, nullable: false };
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
  return applyGeneric(name, args, token);
}

function applyGeneric(name: string, args: ParsedType[], token: Token): ParsedType {
  const expectArguments = (count: number): void => {
    if (args.length !== count) throw new TypeSyntaxError(`\`${name}\` takes ${count} type argument${count === 1 ? '' : 's'} but found ${args.length}`, token);
  };

  switch (name) {
    case 'Optional':
      expectArguments(1);
      return { ...args[0]!, optional: true };
    case 'JsonNullable':
      expectArguments(1);
      return { ...args[0]!, nullable: true };
    case 'List':
    case 'Set':
      expectArguments(1);
      return { type: { kind: 'array', items: argumentType(args[0]!) }, nullable: false };
    case 'Map':
      expectArguments(2);
      return { type: { kind: 'map', values: argumentType(args[1]!) }, nullable: false };
    case 'HttpResponse':
      return { type: { kind: 'unknown', sdkType: 'HttpResponse' }, nullable: false };
    default:
      throw new TypeSyntaxError(`unknown generic type \`${name}\`; expected Optional, JsonNullable, List or Map`, token);
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
