import { formatTypeExpression } from '../format-type.js';
import type { TypeExpression } from '../types.js';

/** The cause of a difference between two type expressions. */
export interface TypeDifference {
  cause: string;
  /** True when one dialect's docs state less than the other's, so the difference is no reading error. */
  fromDocs: boolean;
}

/** The model pairs of two documents, by model name. */
export interface ModelPairs {
  /** Maps a left model's name to the name of the right model paired with it. */
  leftToRight: ReadonlyMap<string, string>;
  /** The names of right models that are paired with a left model. */
  pairedRight: ReadonlySet<string>;
  /** Tells whether a left and a right model have the same fields, values or number of members. */
  sameShape(left: string, right: string): boolean;
  /** True when either dialect writes integers and other numbers alike. */
  numbersUntyped: boolean;
}

/**
 * Compares two type expressions read from two dialects' docs of one API. `pairs` maps each
 * model of the left document to its partner in the right one. Differences that the
 * docs cause (one dialect writes no number width, or writes `unknown` where the other names a
 * type) are distinguished from those that point at a reading error.
 */
export function compareTypes(left: TypeExpression, right: TypeExpression, pairs: ModelPairs): TypeDifference | undefined {
  if (left.kind === 'primitive' && right.kind === 'primitive') return comparePrimitives(left, right, pairs.numbersUntyped);

  if (left.kind !== right.kind) return compareKinds(left, right);

  switch (left.kind) {
    case 'array':
      return compareTypes(left.items, (right as typeof left).items, pairs);
    case 'map':
      return compareTypes(left.values, (right as typeof left).values, pairs);
    case 'reference':
      return compareReferences(left.model, (right as typeof left).model, pairs);
    case 'literal':
      return left.value === (right as typeof left).value ? undefined : { cause: 'different literal values', fromDocs: false };
    case 'union':
      return compareUnions(left.members, (right as typeof left).members, pairs);
    case 'unknown':
      return undefined;
    default:
      return undefined;
  }
}

function compareReferences(left: string, right: string, pairs: ModelPairs): TypeDifference | undefined {
  if (pairs.leftToRight.get(left) === right) return undefined;
  // A referenced model that found no partner by name is most likely one model named differently.
  if (!pairs.leftToRight.has(left) || !pairs.pairedRight.has(right) || pairs.sameShape(left, right)) {
    return { cause: 'the referenced model is named differently in the two dialects', fromDocs: true };
  }
  return { cause: 'references models that are paired with other models', fromDocs: false };
}

function comparePrimitives(left: Extract<TypeExpression, { kind: 'primitive' }>, right: Extract<TypeExpression, { kind: 'primitive' }>, numbersUntyped: boolean): TypeDifference | undefined {
  if (left.name !== right.name) {
    const numeric = new Set(['integer', 'number']);
    if (numeric.has(left.name) && numeric.has(right.name)) {
      const cause = numbersUntyped ? 'integer written as number by one dialect' : 'integer in one dialect, number in the other';
      return { cause, fromDocs: numbersUntyped };
    }
    const names = [left.name, right.name].sort().join(' and ');
    // The PHP SDK reads and writes byte content as a `string`.
    if (names === 'binary and string') return { cause: 'binary data written as string by one dialect', fromDocs: true };
    return { cause: `${left.name} in one dialect, ${right.name} in the other`, fromDocs: false };
  }
  if (left.format === right.format) return undefined;
  if (left.format === undefined || right.format === undefined) {
    return { cause: 'number width stated by one dialect only', fromDocs: true };
  }
  return { cause: `number width ${left.format} in one dialect, ${right.format} in the other`, fromDocs: true };
}

function compareKinds(left: TypeExpression, right: TypeExpression): TypeDifference {
  const kinds = [left.kind, right.kind].sort().join(' and ');
  if (left.kind === 'literal' && right.kind === 'primitive' && literalFits(left.value, right.name)) {
    return { cause: 'literal type stated by one dialect only', fromDocs: true };
  }
  if (right.kind === 'literal' && left.kind === 'primitive' && literalFits(right.value, left.name)) {
    return { cause: 'literal type stated by one dialect only', fromDocs: true };
  }
  if (isUntypedArray(left) || isUntypedArray(right)) {
    // The PHP docs write `array` for both a list and a map whose values they do not name.
    return { cause: 'untyped array in one dialect', fromDocs: true };
  }
  if (left.kind === 'unknown' || right.kind === 'unknown') {
    return { cause: `unknown in one dialect, ${left.kind === 'unknown' ? right.kind : left.kind} in the other`, fromDocs: true };
  }
  return { cause: `${kinds} (${formatTypeExpression(left)} and ${formatTypeExpression(right)})`, fromDocs: false };
}

/** Tells whether a type is a list of unknown, or the list-or-map union that a bare PHP `array` reads as. */
function isUntypedArray(type: TypeExpression): boolean {
  if (type.kind === 'union') return type.members.length === 2 && type.members.some(isUnknownList) && type.members.some(isUnknownMap);
  return isUnknownList(type);
}

function isUnknownList(type: TypeExpression): boolean {
  return type.kind === 'array' && type.items.kind === 'unknown';
}

function isUnknownMap(type: TypeExpression): boolean {
  return type.kind === 'map' && type.values.kind === 'unknown';
}

/**
 * Drops the half of each bare PHP `array` (a list of unknown and a map of unknown, side by side)
 * that the other union lacks, since the PHP docs do not say which of the two the API sends. When
 * the other union has neither, the lists stay, so the members compare as untyped arrays.
 */
function narrowBareArrays(members: readonly TypeExpression[], other: readonly TypeExpression[]): TypeExpression[] {
  const bareArrays = Math.min(members.filter(isUnknownList).length, members.filter(isUnknownMap).length);
  if (bareArrays === 0) return [...members];
  const otherHasLists = other.some(isUnknownList);
  const otherHasMaps = other.some(isUnknownMap);
  if (otherHasLists && otherHasMaps) return [...members];

  const drop = otherHasMaps ? isUnknownList : isUnknownMap;
  let dropped = 0;
  return members.filter((member) => {
    if (dropped === bareArrays || !drop(member)) return true;
    dropped += 1;
    return false;
  });
}

function literalFits(value: string | number | boolean | null, primitive: string): boolean {
  if (typeof value === 'boolean') return primitive === 'boolean';
  if (typeof value === 'number') return primitive === 'integer' || primitive === 'number';
  return typeof value === 'string' && primitive === 'string';
}

/**
 * Compares union members as sets. Members that agree exactly are set aside first; the rest are
 * compared in the order they are listed, and their first difference explains the union's.
 */
function compareUnions(leftMembers: readonly TypeExpression[], rightMembers: readonly TypeExpression[], pairs: ModelPairs): TypeDifference | undefined {
  const left = narrowBareArrays(leftMembers, rightMembers);
  const right = narrowBareArrays(rightMembers, leftMembers);
  const leftRest: TypeExpression[] = [];
  const rightRest = [...right];
  for (const member of left) {
    const index = rightRest.findIndex((candidate) => compareTypes(member, candidate, pairs) === undefined);
    if (index === -1) leftRest.push(member);
    else rightRest.splice(index, 1);
  }
  if (leftRest.length === 0 && rightRest.length === 0) return undefined;
  if (leftRest.length !== rightRest.length) return { cause: 'union members differ in number', fromDocs: false };

  const differences = leftRest.map((member, index) => compareTypes(member, rightRest[index]!, pairs)!);
  return differences.find((difference) => !difference.fromDocs) ?? differences[0];
}
