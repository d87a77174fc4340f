import type { Field, Model, ObjectModel, SourcePosition, TypeExpression } from './types.js';
import { readExample } from './example-value.js';

/**
 * One JSON key that an example writes: the wire name the docs show for a field. An example of an
 * object names the field; a comma-separated list of field names (the example of a `fields` query
 * parameter) shows wire names without saying which model they belong to.
 */
export interface WireNameEvidence {
  /** The field the key belongs to, when the example names it. */
  field?: Field;
  /**
   * The fields of one model that the key spells equally well, such as `userID` and `userId` for
   * `user_id`. The key then belongs to none of them, and `field` is not set.
   */
  ambiguousFields?: readonly Field[];
  /** The key as the example writes it. */
  key: string;
  /** The Example cell that shows the key. */
  source: SourcePosition;
}

/**
 * Collects the keys that Example cells write for the fields of referenced models. An example of a
 * field whose type is (an array or map of) a model is a JSON object in wire form, so each of its
 * keys is the wire name of one of that model's fields. A key belongs to the field whose name it
 * spells when letter case and separators (`_`, `-`) are ignored, so `street_1` names `street1`.
 * When several fields of the model spell the key that way, the key belongs to the one whose name
 * it is exactly, and to none of them otherwise (an item with `ambiguousFields`).
 */
export function collectWireNameEvidence(models: readonly Model[]): WireNameEvidence[] {
  const byDoc = new Map(models.map((model) => [model.source.file, model]));
  const evidence: WireNameEvidence[] = [];
  const fieldIndexes = new Map<ObjectModel, Map<string, Field[]>>();

  const indexOf = (model: ObjectModel): Map<string, Field[]> => {
    let index = fieldIndexes.get(model);
    if (!index) {
      index = groupFieldsByLooseName(model);
      fieldIndexes.set(model, index);
    }
    return index;
  };

  const visit = (value: unknown, type: TypeExpression, source: SourcePosition, depth: number): void => {
    if (depth > 32) return;
    switch (type.kind) {
      case 'array':
        if (Array.isArray(value)) for (const item of value) visit(item, type.items, source, depth + 1);
        return;
      case 'map':
        if (isObject(value)) for (const entry of Object.values(value)) visit(entry, type.values, source, depth + 1);
        return;
      case 'union':
        for (const member of type.members) visit(value, member, source, depth + 1);
        return;
      case 'reference': {
        const model = type.doc === undefined ? undefined : byDoc.get(type.doc);
        if (model?.kind === 'union') {
          for (const member of model.members) visit(value, member.type, source, depth + 1);
          return;
        }
        if (model?.kind !== 'object' || !isObject(value)) return;
        const index = indexOf(model);
        for (const [key, entry] of Object.entries(value)) {
          const candidates = index.get(looseName(key));
          if (!candidates) continue;
          const field = candidates.length === 1 ? candidates[0]! : candidates.find((candidate) => candidate.name === key);
          if (!field) {
            evidence.push({ key, source, ambiguousFields: candidates });
            continue;
          }
          evidence.push({ field, key, source });
          visit(entry, field.type, source, depth + 1);
        }
        return;
      }
      default:
        return;
    }
  };

  for (const model of models) {
    if (model.kind !== 'object') continue;
    for (const field of model.fields) {
      if (field.example === undefined) continue;
      const reading = readExample(field.example);
      if (reading.json !== undefined) visit(reading.json.value, field.type, field.source, 0);
      else if (FIELD_LIST.test(reading.text)) for (const key of reading.text.split(',')) evidence.push({ key, source: field.source });
    }
  }
  return evidence;
}

/** A list such as `id,remote_id,street_1`: three or more lower-case keys separated by commas. */
const FIELD_LIST = /^[a-z][a-z0-9_-]*(,[a-z][a-z0-9_-]*){2,}$/;

/**
 * Lower-cases a name and drops `_` and `-`: `street_1`, `Street1` and `street-1` all read `street1`.
 * Every other character counts, so `zip.code` does not spell `zipCode` and `café` does not spell `cafe`.
 */
export function looseName(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

/** Groups the fields of a model by loose name; a group of two or more (`userID`, `userId`) makes its keys ambiguous. */
export function groupFieldsByLooseName(model: ObjectModel): Map<string, Field[]> {
  const groups = new Map<string, Field[]>();
  for (const field of model.fields) {
    const name = looseName(field.name);
    const group = groups.get(name);
    if (group) group.push(field);
    else groups.set(name, [field]);
  }
  return groups;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects every object key written in the JSON examples of the docs, nested keys included, with the cell of each. */
export function collectExampleKeys(models: readonly Model[]): { key: string; source: SourcePosition }[] {
  const keys: { key: string; source: SourcePosition }[] = [];
  const visit = (value: unknown, source: SourcePosition, depth: number): void => {
    if (depth > 32) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, source, depth + 1);
    } else if (isObject(value)) {
      for (const [key, entry] of Object.entries(value)) {
        keys.push({ key, source });
        visit(entry, source, depth + 1);
      }
    }
  };
  for (const model of models) {
    if (model.kind !== 'object') continue;
    for (const field of model.fields) {
      if (field.example === undefined) continue;
      const reading = readExample(field.example);
      if (reading.json !== undefined) visit(reading.json.value, field.source, 0);
    }
  }
  return keys;
}
