/** Settings that change what the docs say about single fields and enums. */
import type { Model } from './types.js';

/**
 * Marks required fields that the API may send as null. Some dialects (PHP) mark only optional
 * fields with `?`, so the docs cannot show that a required field is nullable; the setting lists
 * such fields as `Model.field`. Returns the entries that name no field of an object model.
 */
export function markNullableFields(models: readonly Model[], entries: readonly string[]): string[] {
  if (entries.length === 0) return [];
  const wanted = new Set(entries);
  const found = new Set<string>();
  for (const model of models) {
    if (model.kind !== 'object') continue;
    for (const field of model.fields) {
      const key = `${model.name}.${field.name}`;
      if (!wanted.has(key)) continue;
      field.nullable = true;
      found.add(key);
    }
  }
  return [...wanted].filter((entry) => !found.has(entry));
}

/**
 * Opens the enums the setting names (by model name), or every enum when it is `true`. Returns the
 * names that name no enum model.
 */
export function markOpenEnums(models: readonly Model[], setting: boolean | readonly string[]): string[] {
  if (setting === false) return [];
  const named = new Set(setting === true ? [] : setting);
  const found = new Set<string>();
  for (const model of models) {
    if (model.kind !== 'enum' || (setting !== true && !named.has(model.name))) continue;
    model.open = true;
    found.add(model.name);
  }
  return [...named].filter((name) => !found.has(name));
}
