import type { TypeExpression } from '../../model/types.js';
import { argumentType, finishLink, unionOf, readLinkContent } from './grammar-support.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import { TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';
import type { Token } from './tokens.js';

/**
 * The Type cell grammar of the Python dialect:
 *
 *   type     := link | name ('[' type (',' type)* ']')? | STRING | NUMBER
 *   link     := LINK_OPEN type LINK_CLOSE
 *   name     := IDENTIFIER ('.' IDENTIFIER)*
 *
 * Python is the one dialect that states both optionality and nullability: `Optional[X]` is an
 * optional field, `Nullable[X]` a nullable one, `OptionalNullable[X]` both.
 */
export function parsePythonType(tokens: readonly Token[], context: TypeCellContext): ParsedType {
  const stream = new TokenStream(tokens);
  if (stream.atEnd()) throw new TypeSyntaxError('the Type cell is empty', stream.peek());

  const parsed = readType(stream, context, undefined);
  stream.expectEnd();
  return parsed;
}

function readType(stream: TokenStream, context: TypeCellContext, linkUrl: string | undefined): ParsedType {
  const token = stream.peek();

  if (token.kind === 'link-open') {
    const { inner, linkedDoc } = readLinkContent(stream, context, (url) => readType(stream, context, url));
    if (!containsReference(inner.type)) return inner;
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
  if (token.kind !== 'identifier') throw new TypeSyntaxError(`expected a type but found ${describeToken(token)}`, token);

  const name = readName(stream);
  if (!stream.acceptPunctuation('[')) return { type: namedType(name, linkUrl), nullable: false };

  const args: ParsedType[] = [readType(stream, context, linkUrl)];
  while (stream.acceptPunctuation(',')) args.push(readType(stream, context, linkUrl));
  stream.expectPunctuation(']');
  return applyGeneric(name, args, token);
}

function readName(stream: TokenStream): string {
  const parts = [stream.expectIdentifier().text];
  while (stream.acceptPunctuation('.')) parts.push(stream.expectIdentifier().text);
  return parts.join('.');
}

/** Applies a generic such as `Optional`, `List` or `Dict` to its arguments. */
function applyGeneric(name: string, args: ParsedType[], token: Token): ParsedType {
  const expectArguments = (count: number): void => {
    if (args.length !== count) throw new TypeSyntaxError(`\`${name}\` takes ${count} type argument${count === 1 ? '' : 's'} but found ${args.length}`, token);
  };

  switch (name) {
    case 'Optional':
      expectArguments(1);
      return { ...args[0]!, optional: true };
    case 'Nullable':
      expectArguments(1);
      return { ...args[0]!, nullable: true };
    case 'OptionalNullable':
      expectArguments(1);
      return { ...args[0]!, nullable: true, optional: true };
    case 'List':
      expectArguments(1);
      return { type: { kind: 'array', items: argumentType(args[0]!) }, nullable: false };
    case 'Dict':
      expectArguments(2);
      return { type: { kind: 'map', values: argumentType(args[1]!) }, nullable: false };
    case 'Union': {
      const nullable = args.some((arg) => arg.nullable || isNull(arg.type));
      return { type: unionOf(args.filter((arg) => !isNull(arg.type)).map((arg) => arg.type)), nullable };
    }
    case 'Literal':
      return { type: unionOf(args.map((arg) => arg.type)), nullable: false };
    case 'IO':
      return { type: { kind: 'primitive', name: 'binary' }, nullable: false };
    default:
      throw new TypeSyntaxError(`unknown generic type \`${name}\`; expected Optional, Nullable, OptionalNullable, List, Dict, Union or Literal`, token);
  }
}

/**
 * Returns the type a name stands for. The Python docs write `date` for a date-time and `datetime`
 * for a calendar date (both the link text and its target), so the two are swapped back here.
 */
function namedType(name: string, linkUrl: string | undefined): TypeExpression {
  if (name === 'date' || name === 'datetime') {
    const target = linkUrl?.includes('#datetime-objects') ? 'datetime' : linkUrl?.includes('#date-objects') ? 'date' : name;
    return { kind: 'primitive', name: target === 'date' ? 'date-time' : 'date' };
  }
  const builtIn = PYTHON_TYPES[name];
  if (builtIn) return builtIn;
  // Models are written with their package (`models.X`); the resolver uses it to pick the folder.
  return { kind: 'reference', model: name };
}

function isNull(type: TypeExpression): boolean {
  return type.kind === 'literal' && type.value === null;
}

function containsReference(type: TypeExpression): boolean {
  if (type.kind === 'reference') return true;
  if (type.kind === 'union') return type.members.some(containsReference);
  return false;
}

const PYTHON_TYPES: Record<string, TypeExpression> = {
  str: { kind: 'primitive', name: 'string' },
  int: { kind: 'primitive', name: 'integer' },
  float: { kind: 'primitive', name: 'number' },
  decimal: { kind: 'primitive', name: 'number', format: 'decimal' },
  'decimal.Decimal': { kind: 'primitive', name: 'number', format: 'decimal' },
  Decimal: { kind: 'primitive', name: 'number', format: 'decimal' },
  bool: { kind: 'primitive', name: 'boolean' },
  bytes: { kind: 'primitive', name: 'binary' },
  'io.IOBase': { kind: 'primitive', name: 'binary' },
  'io.BufferedReader': { kind: 'primitive', name: 'binary' },
  Any: { kind: 'unknown' },
  None: { kind: 'literal', value: null },
  True: { kind: 'literal', value: true },
  False: { kind: 'literal', value: false },
  'httpx.Response': { kind: 'unknown', sdkType: 'httpx.Response' },
};
