import type { TypeExpression } from '../../model/types.js';

/** A Type cell read by a dialect grammar: the type, and what the cell says about null and optionality. */
export interface ParsedType {
  type: TypeExpression;
  /** The cell marks the value as nullable (`?string`, `null` in a union, `Nullable[...]`). */
  nullable: boolean;
  /** The cell marks the field as optional (`Optional[...]`, `Optional<...>`); undefined when the cell has no such mark. */
  optional?: boolean;
}

/** What a grammar needs from the doc it reads: how to turn a link URL into a doc path. */
export interface TypeCellContext {
  /**
   * Resolves a link URL against the doc that holds the cell. Returns the linked doc's path relative
   * to the docs folder, or undefined for a link to another site.
   */
  resolveLink(url: string): string | undefined;
  /**
   * Receives the members of a union that a link's text spells out (`[T.any(::String, X)](x.md)`),
   * so that a union doc which lists no members of its own can take them from there.
   */
  recordLinkedUnion?(doc: string, members: TypeExpression[]): void;
  /** Reports an info diagnostic at a position of the doc, such as a part of a union member that was not used. */
  note?(code: string, message: string, position: { line: number; column: number }): void;
}
