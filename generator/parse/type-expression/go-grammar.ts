import type { TypeExpression } from '../../model/types.js';
import { expectStringKey, listType, mapType } from './collection-types.js';
import { isReference, parseTypeCell, readLinkedType, readQualifiedName } from './grammar-support.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import { type TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';
import type { Token } from './tokens.js';

/**
 * The Type cell grammar of the Go dialect:
 *
 *   type     := '*'? ('[' ']' type | 'map' '[' type ']' type | link | name)
 *   link     := LINK_OPEN type LINK_CLOSE
 *   name     := IDENTIFIER ('.' IDENTIFIER)*
 *
 * A pointer (`*string`) is how the Go SDK writes both an optional and a nullable field, so the docs
 * do not tell the two apart; a pointer is read as nullable, because a nil pointer reads JSON `null`.
 */
export function parseGoType(tokens: readonly Token[], context: TypeCellContext): ParsedType {
  return parseTypeCell(tokens, (stream) => readType(stream, context));
}

function readType(stream: TokenStream, context: TypeCellContext): ParsedType {
  const pointer = stream.acceptPunctuation('*');
  const token = stream.peek();

  if (token.kind === 'link-open') {
    const linked = readLinkedType(stream, context, () => readType(stream, context), isReference);
    return { ...linked, nullable: linked.nullable || pointer };
  }
  if (stream.acceptPunctuation('[')) {
    stream.expectPunctuation(']');
    if (stream.acceptIdentifier('byte')) return { type: { kind: 'primitive', name: 'binary' }, nullable: pointer };
    const items = readType(stream, context);
    return { type: listType(items), nullable: pointer };
  }
  if (token.kind === 'identifier' && token.text === 'map' && stream.peek(1).text === '[') {
    stream.next();
    stream.expectPunctuation('[');
    const key = readType(stream, context);
    stream.expectPunctuation(']');
    const values = readType(stream, context);
    expectStringKey(key.type, 'a map', token);
    return { type: mapType(values), nullable: pointer };
  }
  if (token.kind === 'identifier') return { type: readName(stream), nullable: pointer };

  throw new TypeSyntaxError(`expected a type but found ${describeToken(token)}`, token);
}

/** Reads a Go type such as `string`, `int64`, `time.Time` or `components.Link`. */
function readName(stream: TokenStream): TypeExpression {
  const qualified = readQualifiedName(stream, '.');
  if (qualified === 'interface' && stream.acceptPunctuation('{')) {
    stream.expectPunctuation('}');
    return { kind: 'unknown' };
  }

  const builtIn = GO_TYPES[qualified];
  if (builtIn) return builtIn;
  // Models are written with their package (`components.X`); the resolver uses it to pick the folder.
  return { kind: 'reference', model: qualified };
}

const GO_TYPES: Record<string, TypeExpression> = {
  string: { kind: 'primitive', name: 'string' },
  bool: { kind: 'primitive', name: 'boolean' },
  int: { kind: 'primitive', name: 'integer' },
  int8: { kind: 'primitive', name: 'integer', format: 'int32' },
  int16: { kind: 'primitive', name: 'integer', format: 'int32' },
  int32: { kind: 'primitive', name: 'integer', format: 'int32' },
  int64: { kind: 'primitive', name: 'integer', format: 'int64' },
  uint: { kind: 'primitive', name: 'integer' },
  uint8: { kind: 'primitive', name: 'integer', format: 'int32' },
  uint16: { kind: 'primitive', name: 'integer', format: 'int32' },
  uint32: { kind: 'primitive', name: 'integer', format: 'int64' },
  // No format: the values of a uint64 go beyond those of an int64.
  uint64: { kind: 'primitive', name: 'integer' },
  float32: { kind: 'primitive', name: 'number', format: 'float' },
  float64: { kind: 'primitive', name: 'number', format: 'double' },
  any: { kind: 'unknown' },
  'big.Int': { kind: 'primitive', name: 'integer', format: 'int64' },
  'decimal.Big': { kind: 'primitive', name: 'number', format: 'decimal' },
  'time.Time': { kind: 'primitive', name: 'date-time' },
  'types.Date': { kind: 'primitive', name: 'date' },
  'io.Reader': { kind: 'primitive', name: 'binary' },
  'http.Response': { kind: 'unknown', sdkType: 'http.Response' },
};
