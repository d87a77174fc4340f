import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourcePosition } from './types.js';
import type { Model } from './types.js';

/** Where each override is written in the configuration file, keyed by its `Model.field`. */
export type OverridePositions = ReadonlyMap<string, { source: SourcePosition; sourceLine?: string }>;

/**
 * Marks the fields named as `Model.field` as nullable. An entry that names no field of an object
 * model gets a warning that points at the configuration file.
 */
export function applyNullableOverrides(models: readonly Model[], entries: readonly string[], positions?: OverridePositions): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of entries) {
    const dot = entry.indexOf('.');
    const modelName = entry.slice(0, dot);
    const fieldName = entry.slice(dot + 1);
    let matched = false;
    for (const model of models) {
      if (model.kind !== 'object' || model.name !== modelName) continue;
      for (const field of model.fields) {
        if (field.name !== fieldName) continue;
        field.nullable = true;
        matched = true;
      }
    }
    if (matched) continue;
    const place = positions?.get(entry);
    diagnostics.push({
      code: 'unknown-nullable-override',
      severity: 'warning',
      message: `the nullable override \`${entry}\` names no field of an object model; check the model and field names`,
      ...(place ? { source: place.source, ...(place.sourceLine === undefined ? {} : { sourceLine: place.sourceLine }) } : {}),
    });
  }
  return diagnostics;
}
