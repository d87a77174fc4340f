import type { Model, ModelDocument, TypeExpression } from '../model/types.js';
import { typeKey } from './type-relation.js';

/** Tells whether the models of two docs accept the same JSON values. */
export type ModelEquivalence = (docA: string, docB: string) => boolean;

/**
 * Builds a test for models of the same shape under different docs, such as a model that a new
 * version of the docs merged into a shared one with the same fields. A doc path is looked up in the
 * new docs first and then in the old docs, which is unambiguous because a path present in both
 * versions names one model. Two models are equivalent when they have the same kind, the same field
 * names, wire names, required and nullable flags and equivalent field types, the same enum values,
 * or equivalent union members. References are followed, and a pair already under comparison counts
 * as equivalent, so cycles end.
 */
export function createModelEquivalence(before: ModelDocument, after: ModelDocument): ModelEquivalence {
  const beforeByFile = new Map(before.models.map((model) => [model.source.file, model]));
  const afterByFile = new Map(after.models.map((model) => [model.source.file, model]));
  const resolve = (doc: string): Model | undefined => afterByFile.get(doc) ?? beforeByFile.get(doc);
  const results = new Map<string, boolean>();
  // Pairs found equal during the outermost comparison in progress. They may rest on the assumption
  // that a pair on a cycle is equal, so they are forgotten when that comparison fails.
  let provisional: string[] = [];
  let depth = 0;

  const modelsEqual = (docA: string, docB: string): boolean => {
    if (docA === docB) return true;
    const key = `${docA}\n${docB}`;
    const known = results.get(key);
    if (known !== undefined) return known;

    const a = resolve(docA);
    const b = resolve(docB);
    if (!a || !b) return false;
    results.set(key, true);
    depth += 1;
    const equal = compareShapes(a, b, typesEqual);
    depth -= 1;
    results.set(key, equal);
    if (equal) provisional.push(key);

    if (depth === 0) {
      if (!equal) for (const assumed of provisional) results.delete(assumed);
      provisional = [];
    }
    return equal;
  };

  const typesEqual = (a: TypeExpression, b: TypeExpression): boolean => {
    if (typeKey(a) === typeKey(b)) return true;
    if (a.kind === 'reference' && b.kind === 'reference') return a.doc !== undefined && b.doc !== undefined && modelsEqual(a.doc, b.doc);
    if (a.kind === 'array' && b.kind === 'array') return typesEqual(a.items, b.items);
    if (a.kind === 'map' && b.kind === 'map') return typesEqual(a.values, b.values);
    if (a.kind === 'union' && b.kind === 'union') return membersMatch(a.members, b.members, typesEqual);
    return false;
  };

  return modelsEqual;
}

function compareShapes(a: Model, b: Model, typesEqual: (a: TypeExpression, b: TypeExpression) => boolean): boolean {
  if (a.kind === 'object' && b.kind === 'object') {
    if (a.documented !== b.documented || a.fields.length !== b.fields.length) return false;
    const fieldsOfB = new Map(b.fields.map((field) => [field.name, field]));
    return a.fields.every((field) => {
      const other = fieldsOfB.get(field.name);
      return other !== undefined && other.wireName === field.wireName && other.required === field.required && other.nullable === field.nullable && typesEqual(field.type, other.type);
    });
  }
  if (a.kind === 'enum' && b.kind === 'enum') {
    if (a.valueType !== b.valueType || a.open !== b.open || a.members.length !== b.members.length) return false;
    const valuesOfB = new Set(b.members.map((member) => member.value));
    return a.members.every((member) => valuesOfB.has(member.value));
  }
  if (a.kind === 'union' && b.kind === 'union') {
    return membersMatch(a.members.map((member) => member.type), b.members.map((member) => member.type), typesEqual);
  }
  return false;
}

/** Tells whether each member on one side has an equal member on the other side. */
function membersMatch(a: readonly TypeExpression[], b: readonly TypeExpression[], typesEqual: (a: TypeExpression, b: TypeExpression) => boolean): boolean {
  return a.every((member) => b.some((other) => typesEqual(member, other))) && b.every((member) => a.some((other) => typesEqual(member, other)));
}
