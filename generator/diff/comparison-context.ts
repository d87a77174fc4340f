import type { SameModel } from './type-relation.js';

/** Facts about both versions of the docs that the comparison of one pair of models needs. */
export interface ComparisonContext {
  /** Maps the doc of a model of the old docs to the doc of the same model in the new docs. */
  newDocOf: (oldDoc: string) => string | undefined;
  /** Tells whether two docs hold models that accept the same values. */
  sameModel: SameModel;
}
