import { compareText } from '../diagnostics/diagnostic.js';
import type { NumberFormat, PrimitiveType, TypeExpression } from '../model/types.js';

/**
 * The relation of a new type expression to the old one, in the sets of JSON values they accept:
 * `same`, `wider` (accepts every old value and more), `narrower` (accepts a subset of the old
 * values) or `incompatible` (neither contains the other).
 */
export type TypeRelation = 'same' | 'wider' | 'narrower' | 'incompatible';

/**
 * Builds a canonical text for a type expression: equal keys mean equal types. Union members are sorted,
 * and a reference is keyed by the doc that defines its model (its name when unresolved).
 */
export function typeKey(type: TypeExpression): string {
  switch (type.kind) {
    case 'primitive':
      return type.format === undefined ? type.name : `${type.name}(${type.format})`;
    case 'array':
      return `array<${typeKey(type.items)}>`;
    case 'map':
      return `map<${typeKey(type.values)}>`;
    case 'union':
      return `union<${[...new Set(type.members.map(typeKey))].sort(compareText).join('|')}>`;
    case 'literal':
      return `literal:${JSON.stringify(type.value)}`;
    case 'unknown':
      return type.sdkType === undefined ? 'unknown' : `sdk:${type.sdkType}`;
    case 'reference':
      return `ref:${type.doc ?? type.model}`;
  }
}

/**
 * Tells whether two references that name different docs are models that accept the same values.
 * Without it, references match only when they name the same doc.
 */
export type SameModel = (docA: string, docB: string) => boolean;

/**
 * Relates two type expressions whose references are both written as docs of the new version
 * (see `mapReferences`).
 */
export function relateTypes(before: TypeExpression, after: TypeExpression, sameModel?: SameModel): TypeRelation {
  const oldFitsNew = isSubtype(before, after, sameModel);
  const newFitsOld = isSubtype(after, before, sameModel);
  if (oldFitsNew && newFitsOld) return 'same';
  if (oldFitsNew) return 'wider';
  if (newFitsOld) return 'narrower';
  return 'incompatible';
}

/**
 * Tells whether every value of type `a` is a value of type `b`. Distinct primitives are disjoint,
 * except that an integer is a number. Two references match when they name the same doc, or docs
 * whose models `sameModel` finds equal. What changed inside that model is reported on the model
 * itself.
 *
 * NOTE: `date` and `date-time` are kept apart from `string` on the assumption that the emitter
 * turns them into `Date` values. If it keeps them as strings, a change between them breaks neither
 * side on the wire, and this rule is stricter than needed.
 */
export function isSubtype(a: TypeExpression, b: TypeExpression, sameModel?: SameModel): boolean {
  if (b.kind === 'unknown' && b.sdkType === undefined) return true;
  if (a.kind === 'union') return a.members.every((member) => isSubtype(member, b, sameModel));
  if (b.kind === 'union') return b.members.some((member) => isSubtype(a, member, sameModel));

  switch (a.kind) {
    case 'primitive':
      return b.kind === 'primitive' && isPrimitiveSubtype(a, b);
    case 'literal':
      return (b.kind === 'literal' && b.value === a.value) || (b.kind === 'primitive' && literalFitsPrimitive(a.value, b));
    case 'array':
      return b.kind === 'array' && isSubtype(a.items, b.items, sameModel);
    case 'map':
      return b.kind === 'map' && isSubtype(a.values, b.values, sameModel);
    case 'reference':
      if (b.kind !== 'reference') return false;
      if (typeKey(a) === typeKey(b)) return true;
      return a.doc !== undefined && b.doc !== undefined && sameModel !== undefined && sameModel(a.doc, b.doc);
    case 'unknown':
      return b.kind === 'unknown' && b.sdkType === a.sdkType;
  }
}

/** Formats that hold every value of the narrower format named before them. */
const WIDER_FORMATS: Partial<Record<NumberFormat, NumberFormat[]>> = {
  int32: ['int64'],
  float: ['double'],
};

function isPrimitiveSubtype(a: PrimitiveType, b: PrimitiveType): boolean {
  const sameName = a.name === b.name;
  const integerInNumber = a.name === 'integer' && b.name === 'number';
  if (!sameName && !integerInNumber) return false;
  if (b.format === undefined || a.format === b.format) return true;
  if (integerInNumber) return b.format === 'double' || b.format === 'decimal';
  return a.format !== undefined && (WIDER_FORMATS[a.format] ?? []).includes(b.format);
}

function literalFitsPrimitive(value: string | number | boolean | null, type: PrimitiveType): boolean {
  switch (typeof value) {
    case 'string':
      return type.name === 'string';
    case 'boolean':
      return type.name === 'boolean';
    case 'number':
      return type.name === 'number' || (type.name === 'integer' && Number.isInteger(value));
    default:
      return false;
  }
}

/**
 * Returns a copy of a type expression of the old docs with each reference pointed at the doc its
 * model has in the new docs, so that old and new types can be compared.
 */
export function mapReferences(type: TypeExpression, newDocOf: (oldDoc: string) => string | undefined): TypeExpression {
  switch (type.kind) {
    case 'array':
      return { kind: 'array', items: mapReferences(type.items, newDocOf) };
    case 'map':
      return { kind: 'map', values: mapReferences(type.values, newDocOf) };
    case 'union':
      return { kind: 'union', members: type.members.map((member) => mapReferences(member, newDocOf)) };
    case 'reference': {
      if (type.doc === undefined) return type;
      const doc = newDocOf(type.doc) ?? type.doc;
      return doc === type.doc ? type : { ...type, doc };
    }
    default:
      return type;
  }
}
