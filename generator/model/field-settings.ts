/** Settings that change what the docs say about single fields and enums. */
import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Model } from './types.js';

/**
 * Marks required fields that the API may send as null. Some dialects (PHP) mark only optional
 * fields with `?`, so the docs cannot show that a required field is nullable; the setting lists
 * such fields as `Model.field`. An entry that names no field is reported as a warning.
 */
export function markNullableFields(models: readonly Model[], entries: readonly string[], diagnostics: DiagnosticBag): void {
  if (entries.length === 0) return;
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
  for (const entry of entries) {
    if (found.has(entry)) continue;
    diagnostics.add({ code: 'unknown-nullable-field', severity: 'warning', message: `the nullable-fields setting names \`${entry}\`, but no model has that field; write it as \`Model.field\` with the names the docs use` });
  }
}

/** Opens the enums the setting names (by model name), or every enum when it is `true`. */
export function markOpenEnums(models: readonly Model[], setting: boolean | readonly string[]): void {
  if (setting === false) return;
  for (const model of models) {
    if (model.kind === 'enum' && (setting === true || setting.includes(model.name))) model.open = true;
  }
}
