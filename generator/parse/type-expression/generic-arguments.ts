import { listType, mapType } from './collection-types.js';
import type { ParsedType } from './parsed-type.js';
import { type TokenStream, TypeSyntaxError } from './token-stream.js';
import type { Token } from './tokens.js';

/**
 * Generic types as the dialects write them (`List<T>`, `Dict[str, T]`, `T.nilable(T)`): reading the
 * generic arguments, checking how many there are, and the list, map, nullable and optional generics.
 */

/** A generic type read from a Type cell: its name, its generic arguments and the token of its name. */
export interface GenericType {
  name: string;
  arguments: ParsedType[];
  /** The token of the generic's name, which errors about the generic point at. */
  token: Token;
}

/**
 * Reads the generic arguments after the opening bracket: type expressions read by `readArgument`,
 * separated by commas, up to the closing bracket `close`.
 */
export function readGenericArguments(stream: TokenStream, readArgument: () => ParsedType, close: string): ParsedType[] {
  const parsedArguments = [readArgument()];
  while (stream.acceptPunctuation(',')) parsedArguments.push(readArgument());
  stream.expectPunctuation(close);
  return parsedArguments;
}

/** Throws unless the generic has exactly `count` arguments. */
export function expectArgumentCount(generic: GenericType, count: number): void {
  const found = generic.arguments.length;
  if (found === count) return;
  throw new TypeSyntaxError(`\`${generic.name}\` takes ${count} type argument${count === 1 ? '' : 's'} but found ${found}`, generic.token);
}

/** Applies a list generic (`List[T]`, `T::Array[T]`) to its one argument. */
export function applyListGeneric(generic: GenericType): ParsedType {
  expectArgumentCount(generic, 1);
  return { type: listType(generic.arguments[0]!), nullable: false };
}

/** Applies a map generic (`Dict[str, T]`, `Map<String, T>`) to its key and value arguments, without checking the key type. */
export function applyMapGeneric(generic: GenericType): ParsedType {
  expectArgumentCount(generic, 2);
  return { type: mapType(generic.arguments[1]!), nullable: false };
}

/** Applies a nullable wrapper (`Nullable[T]`, `JsonNullable<T>`, `T.nilable(T)`): its argument, marked nullable. */
export function applyNullableGeneric(generic: GenericType): ParsedType {
  expectArgumentCount(generic, 1);
  return { ...generic.arguments[0]!, nullable: true };
}

/** Applies an optional wrapper (`Optional[T]`, `Optional<T>`): its argument, marked optional. */
export function applyOptionalGeneric(generic: GenericType): ParsedType {
  expectArgumentCount(generic, 1);
  return { ...generic.arguments[0]!, optional: true };
}
