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

/** Opens the enums the setting names (by model name), or every enum when it is `true`. */
export function markOpenEnums(models: readonly Model[], setting: boolean | readonly string[]): void {
  if (setting === false) return;
  for (const model of models) {
    if (model.kind === 'enum' && (setting === true || setting.includes(model.name))) model.open = true;
  }
}
