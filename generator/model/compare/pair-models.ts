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
 * Pairs the models of two documents by name, ignoring letter case and separators. Among several
 * models of one name (a `One` in two namespaces), models of the same kind pair first. A model then
 * prefers a partner in a folder of the same name, then the one whose field names or enum values
 * overlap its own most.
 */
export function pairModels(left: readonly Model[], right: readonly Model[]): { pairs: [Model, Model][]; onlyLeft: Model[]; onlyRight: Model[] } {
  const rightByKey = new Map<string, Model[]>();
  const addRight = (key: string, model: Model): void => {
    rightByKey.set(key, [...(rightByKey.get(key) ?? []), model]);
  };
  for (const model of right) {
    const key = pairingKey(model.name);
    addRight(key, model);
    if (model.kind === 'union' && key.endsWith(UNION_SUFFIX)) addRight(key.slice(0, -UNION_SUFFIX.length), model);
  }

  const taken = new Set<Model>();
  const partners = new Map<Model, Model>();
  for (const sameKindOnly of [true, false]) {
    for (const model of left) {
      if (partners.has(model)) continue;
      const candidates = (rightByKey.get(pairingKey(model.name)) ?? []).filter((candidate) => !taken.has(candidate) && (!sameKindOnly || candidate.kind === model.kind));
      const best = pickCandidate(model, candidates);
      if (best === undefined) continue;
      taken.add(best);
      partners.set(model, best);
    }
  }

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
