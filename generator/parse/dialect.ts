import type { ParsedType, TypeCellContext } from './type-expression/parsed-type.js';
import type { Token } from './type-expression/tokens.js';

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
}
