import type { SourcePosition } from '../model/types.js';
import type { ParsedType, TypeCellContext } from './type-expression/parsed-type.js';
import type { Token } from './type-expression/tokens.js';

/**
 * How much a dialect's types state about null:
 * - `exact`: the type states optional and nullable apart (Python).
 * - `optional-implies-nullable`: one mark means both, so a required nullable field looks like any
 *   required field (PHP).
 * - `optional-or-nullable`: one mark (a Go pointer, Ruby `T.nilable`, Java `JsonNullable`) covers
 *   both and the docs do not tell which is meant.
 * - `unstated`: the type never mentions null (TypeScript, C#).
 */
export type NullabilityConvention = 'exact' | 'optional-implies-nullable' | 'optional-or-nullable' | 'unstated';

/** The parts of one `###` union member in a `## Supported Types` section. */
export interface UnionMemberSource {
  /** The heading's text, such as `string`, `shared.Employee` or `Str`; empty for an empty heading. */
  label: string;
  /** The tokens of the heading's content, as for a Type cell. */
  headingTokens: readonly Token[];
  /** The first code block under the heading, with the position of its first line. */
  code?: { value: string; line: number; column: number };
  source: SourcePosition;
}

/** The content of an enum's code block: its members' values, and whether it accepts other values. */
export interface EnumCodeReading {
  values: (string | number)[];
  open: boolean;
  /** The value type an open enum names (`Unrecognized<string>`), when it names one. */
  valueType?: 'string' | 'integer';
}

/**
 * One SDK language's way of writing model docs. Each dialect is one module in `dialects/`;
 * everything it does not set is shared by all dialects.
 */
export interface Dialect {
  /** The dialect's name, as the configuration and the intermediate model write it. */
  name: string;
  /**
   * Scores how strongly the given doc texts look like this dialect; the folder's dialect is the
   * one with the highest score.
   */
  detect(docs: readonly string[]): number;
  /** Reads the tokens of a Type cell, or of a union member heading, into a type expression. */
  parseType(tokens: readonly Token[], context: TypeCellContext): ParsedType;
  /**
   * Whether a field that the Required column marks optional also accepts null. The PHP SDK
   * declares every optional property nullable, so its docs mean both with one mark.
   */
  optionalImpliesNullable: boolean;
  /**
   * The dialect's convention for null in types. Tools that compare dialects read it, and take a
   * dialect that does not set it for one whose docs may leave nullability out.
   */
  nullability?: NullabilityConvention;
  /**
   * Reads the type of one union member. When not set, the member's heading is read as a type with
   * `parseType`. Throws `TypeSyntaxError` when the member cannot be read.
   */
  readUnionMember?(member: UnionMemberSource, context: TypeCellContext): ParsedType;
  /**
   * The name a union member's heading gives: the member's type (the default), or the factory method
   * that creates the member (C#). A factory name does not always match the member's model.
   */
  unionMemberLabels?: 'type' | 'factory-name';
  /** True when the dialect writes integers and other numbers alike (TypeScript `number`). */
  writesIntegersAsNumbers?: boolean;
  /** Reads an enum written as a code block under `## Values`; dialects that never do so leave it unset. */
  readEnumCode?(code: string, start: { line: number; column: number }): EnumCodeReading;
  /**
   * Whether a doc that has a title (and perhaps a description) but no section is a union whose members the doc leaves out
   * (the Java and Ruby SDKs write union docs so). Its members are then taken from a field type that
   * spells them out, when one does. False when not set.
   */
  titleOnlyDocIsUnion?: boolean;
}
