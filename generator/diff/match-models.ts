import type { Model, ModelDocument } from '../model/types.js';
import type { Rename } from './report.js';
import { mapReferences, typeKey } from './type-relation.js';

/** A model of the old docs and the model it became in the new docs. */
export interface ModelPair {
  before: Model;
  after: Model;
  /** Set when the model moved to another doc. */
  rename?: Rename;
}

export interface ModelMatching {
  pairs: ModelPair[];
  removed: Model[];
  added: Model[];
  /** Maps the doc of each paired old model to the doc of its new model. */
  newDocOf: (oldDoc: string) => string | undefined;
}

/**
 * Pairs the models of two versions of the docs. A model keeps its identity when its doc keeps its
 * path. Among the rest, a model whose name appears once on each side is taken as moved. Then a
 * removed and an added model with the same shape (fields, enum values or union members) are taken
 * as renamed when no other model of that shape competes. Matching by shape repeats until it finds
 * no more pairs, because a rename changes the references of the models that use it.
 */
export function matchModels(before: ModelDocument, after: ModelDocument): ModelMatching {
  const newDocs = new Map<string, string>();
  const pairs: ModelPair[] = [];
  const afterByFile = new Map(after.models.map((model) => [model.source.file, model]));

  let removed: Model[] = [];
  for (const model of before.models) {
    const match = afterByFile.get(model.source.file);
    if (match) {
      pairs.push({ before: model, after: match });
      newDocs.set(model.source.file, match.source.file);
      afterByFile.delete(model.source.file);
    } else {
      removed.push(model);
    }
  }
  let added = [...afterByFile.values()];

  // Keys shared by several models on one side in any round, so their leftovers are not unique pairs.
  const contested: Record<Rename['evidence'], Set<string>> = { 'same-name': new Set(), 'same-shape': new Set() };
  const pairUnique = (keyOfBefore: (model: Model) => string | undefined, keyOfAfter: (model: Model) => string | undefined, evidence: Rename['evidence']): number => {
    const matches = findUniqueMatches(removed, added, { keyOfBefore, keyOfAfter, contested: contested[evidence] });
    for (const [oldModel, newModel] of matches) {
      pairs.push({ before: oldModel, after: newModel, rename: { from: { name: oldModel.name, file: oldModel.source.file }, evidence } });
      newDocs.set(oldModel.source.file, newModel.source.file);
    }
    const pairedBefore = new Set(matches.map(([oldModel]) => oldModel));
    const pairedAfter = new Set(matches.map(([, newModel]) => newModel));
    removed = removed.filter((model) => !pairedBefore.has(model));
    added = added.filter((model) => !pairedAfter.has(model));
    return matches.length;
  };

  const newDocOf = (oldDoc: string): string | undefined => newDocs.get(oldDoc);
  pairUnique((model) => model.name, (model) => model.name, 'same-name');
  while (pairUnique((model) => shapeKey(model, newDocOf), (model) => shapeKey(model, (doc) => doc), 'same-shape') > 0) {
    // Each round's renames can make more shapes equal.
  }

  return { pairs, removed, added, newDocOf };
}

interface MatchKeys {
  keyOfBefore: (model: Model) => string | undefined;
  keyOfAfter: (model: Model) => string | undefined;
  /** Keys that several models shared in an earlier round; this function adds to it. */
  contested: Set<string>;
}

/**
 * Pairs the models whose key appears exactly once among `before` and exactly once among `after`.
 * When a key appears more often, or did in an earlier round, a model still pairs with the one
 * model on the other side whose name contains its name or is contained in it (`JobHiringTeam`
 * and `AtsJobHiringTeam`), when that relation is one to one.
 */
function findUniqueMatches(before: readonly Model[], after: readonly Model[], keys: MatchKeys): [Model, Model][] {
  const beforeByKey = groupByKey(before, keys.keyOfBefore);
  const afterByKey = groupByKey(after, keys.keyOfAfter);
  const matches: [Model, Model][] = [];
  for (const [key, oldModels] of beforeByKey) {
    const newModels = afterByKey.get(key);
    if (!newModels) continue;
    if (oldModels.length > 1 || newModels.length > 1) keys.contested.add(key);
    if (!keys.contested.has(key)) {
      matches.push([oldModels[0]!, newModels[0]!]);
      continue;
    }
    matches.push(...matchByNameContainment(oldModels, newModels));
  }
  return matches;
}

function matchByNameContainment(oldModels: readonly Model[], newModels: readonly Model[]): [Model, Model][] {
  const related = (a: Model, b: Model): boolean => a.name.includes(b.name) || b.name.includes(a.name);
  const matches: [Model, Model][] = [];
  for (const oldModel of oldModels) {
    const partners = newModels.filter((newModel) => related(oldModel, newModel));
    if (partners.length !== 1) continue;
    const partner = partners[0]!;
    if (oldModels.filter((other) => related(other, partner)).length === 1) matches.push([oldModel, partner]);
  }
  return matches;
}

function groupByKey(models: readonly Model[], keyOf: (model: Model) => string | undefined): Map<string, Model[]> {
  const groups = new Map<string, Model[]>();
  for (const model of models) {
    const key = keyOf(model);
    if (key === undefined) continue;
    const group = groups.get(key);
    if (group) group.push(model);
    else groups.set(key, [model]);
  }
  return groups;
}

/**
 * Builds a text equal for two models of the same shape: an object's fields (name, wire name, type,
 * required, nullable), an enum's values, a union's member types. Models with no fields, values or
 * members have no shape key, because their shape is too weak evidence for a rename.
 */
function shapeKey(model: Model, newDocOf: (doc: string) => string | undefined): string | undefined {
  const keyOf = (type: Parameters<typeof typeKey>[0]): string => typeKey(mapReferences(type, newDocOf));
  let parts: string[];
  switch (model.kind) {
    case 'object':
      parts = model.fields.map((field) => `${field.name}=${field.wireName}:${keyOf(field.type)}:${field.required}:${field.nullable}`);
      break;
    case 'enum':
      parts = model.members.map((member) => `${model.valueType}:${JSON.stringify(member.value)}`);
      break;
    case 'union':
      parts = model.members.map((member) => keyOf(member.type));
      break;
  }
  if (parts.length === 0) return undefined;
  return `${model.kind}:${parts.sort().join(',')}`;
}
