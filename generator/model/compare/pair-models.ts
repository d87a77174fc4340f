import { compareText } from '../../diagnostics/diagnostic.js';
import type { Field, Model } from '../types.js';

/** Returns the key that pairs names across dialects: letters and digits only, in lower case. */
export function pairingKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * The C# SDK appends `Union` to a union's name when one of its members has the union's name
 * (`XSourceValueUnion` with a member `XSourceValue`), so such a union may pair with `XSourceValue`.
 */
const UNION_SUFFIX = 'union';

/**
 * Pairs the models of two documents in three passes. First by name, ignoring letter case and
 * separators, between models of the same kind. Then models left over pair when they alone have the
 * same shape: the same field names, or the same enum values (the SDKs name some models
 * differently). Last, models left over pair by name across kinds. Among several models of one name
 * (a `One` in two namespaces), a model prefers a partner in a folder of the same name, then the one
 * whose field names or enum values overlap its own most.
 */
export function pairModels(left: readonly Model[], right: readonly Model[]): { pairs: [Model, Model][]; onlyLeft: Model[]; onlyRight: Model[] } {
  const rightByKey = new Map<string, Model[]>();
  const addRight = (key: string, model: Model): void => {
    rightByKey.set(key, [...(rightByKey.get(key) ?? []), model]);
  };
  for (const model of right) {
    for (const key of namesOf(model)) addRight(key, model);
  }

  const taken = new Set<Model>();
  const partners = new Map<Model, Model>();
  const pairByName = (sameKindOnly: boolean): void => {
    for (const model of left) {
      if (partners.has(model)) continue;
      const candidates = namesOf(model)
        .flatMap((key) => rightByKey.get(key) ?? [])
        .filter((candidate) => !taken.has(candidate) && (!sameKindOnly || candidate.kind === model.kind));
      const best = pickCandidate(model, candidates);
      if (best === undefined) continue;
      taken.add(best);
      partners.set(model, best);
    }
  };

  pairByName(true);
  for (const [model, partner] of pairByShape(left.filter((model) => !partners.has(model)), right.filter((model) => !taken.has(model)))) {
    taken.add(partner);
    partners.set(model, partner);
  }
  pairByName(false);

  const pairs: [Model, Model][] = [];
  const onlyLeft: Model[] = [];
  for (const model of left) {
    const partner = partners.get(model);
    if (partner) pairs.push([model, partner]);
    else onlyLeft.push(model);
  }
  const onlyRight = right.filter((model) => !taken.has(model)).sort((a, b) => compareText(a.name, b.name));
  return { pairs, onlyLeft, onlyRight };
}

/** Returns the pairing keys of a model: its name, and for a `...Union` union also the name without the suffix. */
function namesOf(model: Model): string[] {
  const key = pairingKey(model.name);
  if (model.kind === 'union' && key.endsWith(UNION_SUFFIX)) return [key, key.slice(0, -UNION_SUFFIX.length)];
  return [key];
}

/** Pairs models whose shape no other model on either side shares. */
function pairByShape(left: readonly Model[], right: readonly Model[]): [Model, Model][] {
  const group = (models: readonly Model[]): Map<string, Model[]> => {
    const byShape = new Map<string, Model[]>();
    for (const model of models) {
      const shape = distinctiveShape(model);
      if (shape !== undefined) byShape.set(shape, [...(byShape.get(shape) ?? []), model]);
    }
    return byShape;
  };
  const leftByShape = group(left);
  const rightByShape = group(right);

  const pairs: [Model, Model][] = [];
  for (const [shape, leftModels] of leftByShape) {
    const rightModels = rightByShape.get(shape);
    if (leftModels.length === 1 && rightModels?.length === 1) pairs.push([leftModels[0]!, rightModels[0]!]);
  }
  return pairs;
}

/** Describes an object with two or more fields, or an enum with two or more values; undefined for others. */
function distinctiveShape(model: Model): string | undefined {
  if (model.kind === 'object' && model.fields.length >= 2) return `object:${model.fields.map((field) => pairingKey(field.name)).sort(compareText).join(',')}`;
  if (model.kind === 'enum' && model.members.length >= 2) return `enum:${model.members.map((member) => String(member.value)).sort(compareText).join(',')}`;
  return undefined;
}

function pickCandidate(model: Model, candidates: readonly Model[]): Model | undefined {
  if (candidates.length <= 1) return candidates[0];
  const folder = folderOf(model.source.file);
  const sameFolder = candidates.filter((candidate) => folderOf(candidate.source.file) === folder);
  const pool = sameFolder.length > 0 ? sameFolder : candidates;

  let best = pool[0]!;
  let bestScore = -1;
  for (const candidate of pool) {
    const score = overlap(model, candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

function folderOf(file: string): string {
  const parts = file.toLowerCase().split('/');
  return parts.at(-2) ?? '';
}

/** Counts the field names (objects) or enum values (enums) that two models share. */
function overlap(left: Model, right: Model): number {
  const keys = (model: Model): string[] => {
    if (model.kind === 'object') return model.fields.map((field) => pairingKey(field.name));
    if (model.kind === 'enum') return model.members.map((member) => String(member.value));
    return [];
  };
  const leftKeys = new Set(keys(left));
  return keys(right).filter((key) => leftKeys.has(key)).length;
}

/** Pairs the fields of two object models by name, ignoring letter case and separators. */
export function pairFields(left: readonly Field[], right: readonly Field[]): { pairs: [Field, Field][]; onlyLeft: Field[]; onlyRight: Field[] } {
  const rightByKey = new Map(right.map((field) => [pairingKey(field.name), field]));
  const pairs: [Field, Field][] = [];
  const onlyLeft: Field[] = [];
  for (const field of left) {
    const key = pairingKey(field.name);
    const other = rightByKey.get(key);
    if (other) {
      pairs.push([field, other]);
      rightByKey.delete(key);
    } else {
      onlyLeft.push(field);
    }
  }
  return { pairs, onlyLeft, onlyRight: [...rightByKey.values()] };
}
