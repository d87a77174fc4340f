import type { TypeExpression } from '../../model/types.js';
import { applyListGeneric, applyMapGeneric, applyNullableGeneric, applyOptionalGeneric, type GenericType, readGenericArguments } from './generic-arguments.js';
import { isNullLiteral, parseTypeCell, readLinkedType, readLiteral, readQualifiedName, unionOf } from './grammar-support.js';
import type { ParsedType, TypeCellContext } from './parsed-type.js';
import { type TokenStream, TypeSyntaxError, describeToken } from './token-stream.js';
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
  return parseTypeCell(tokens, (stream) => readType(stream, context, undefined));
}

function readType(stream: TokenStream, context: TypeCellContext, linkUrl: string | undefined): ParsedType {
  const token = stream.peek();

  if (token.kind === 'link-open') {
    return readLinkedType(stream, context, (url) => readType(stream, context, url), containsReference);
  }
  const literal = readLiteral(stream);
  if (literal !== undefined) return literal;
  if (token.kind !== 'identifier') throw new TypeSyntaxError(`expected a type but found ${describeToken(token)}`, token);

  const name = readQualifiedName(stream, '.');
  if (!stream.acceptPunctuation('[')) return { type: namedType(name, linkUrl), nullable: false };

  const typeArguments = readGenericArguments(stream, () => readType(stream, context, linkUrl), ']');
  return applyGeneric({ name, arguments: typeArguments, token });
}

/** Applies a generic such as `Optional`, `List` or `Dict` to its arguments. */
function applyGeneric(generic: GenericType): ParsedType {
  const typeArguments = generic.arguments;

  switch (generic.name) {
    case 'Optional':
      return applyOptionalGeneric(generic);
    case 'Nullable':
      return applyNullableGeneric(generic);
    case 'OptionalNullable':
      return { ...applyNullableGeneric(generic), optional: true };
    case 'List':
      return applyListGeneric(generic);
    case 'Dict':
      return applyMapGeneric(generic);
    case 'Union': {
      const nullable = typeArguments.some((argument) => argument.nullable || isNullLiteral(argument.type));
      const members = typeArguments.filter((argument) => !isNullLiteral(argument.type)).map((argument) => argument.type);
      return { type: unionOf(members), nullable };
    }
    case 'Literal':
      return { type: unionOf(typeArguments.map((argument) => argument.type)), nullable: false };
    case 'IO':
      return { type: { kind: 'primitive', name: 'binary' }, nullable: false };
    default:
      throw new TypeSyntaxError(`unknown generic type \`${generic.name}\`; expected Optional, Nullable, OptionalNullable, List, Dict, Union or Literal`, generic.token);
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
