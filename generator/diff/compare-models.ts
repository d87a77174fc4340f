import type { ComparisonContext } from './comparison-context.js';
import type { Model } from '../model/types.js';
import { compareEnumMembers } from './compare-enum-members.js';
import { compareFields } from './compare-fields.js';
import { compareUnionMembers } from './compare-union-members.js';
import type { DetectedChange } from './detected-change.js';
import type { ModelPair } from './match-models.js';

/** Compares the old and the new version of one model: its doc, kind, deprecation and contents. */
export function compareModels(pair: ModelPair, context: ComparisonContext): DetectedChange[] {
  const { before, after } = pair;
  const changes: DetectedChange[] = [];

  if (pair.rename) {
    changes.push({ kind: 'model-renamed', before: `${before.name} (${before.source.file})`, after: `${after.name} (${after.source.file})`, source: after.source });
  }
  if (!before.deprecated && after.deprecated) {
    changes.push({ kind: 'model-deprecated', ...(after.deprecated.message === '' ? {} : { after: after.deprecated.message }), source: after.source });
  } else if (before.deprecated && !after.deprecated) {
    changes.push({ kind: 'model-undeprecated', source: after.source });
  }

  if (before.kind !== after.kind) {
    changes.push({ kind: 'model-kind-changed', before: before.kind, after: after.kind, source: after.source });
    return changes;
  }
  return [...changes, ...compareContents(before, after, context)];
}

function compareContents(before: Model, after: Model, context: ComparisonContext): DetectedChange[] {
  if (before.kind === 'object' && after.kind === 'object') {
    // An object whose Fields table is empty has fields the docs do not list, so they cannot be compared.
    if (before.documented && !after.documented) return [{ kind: 'fields-undocumented', source: after.source }];
    if (!before.documented && after.documented) return [{ kind: 'fields-documented', source: after.source }];
    return compareFields(before, after, context);
  }
  if (before.kind === 'enum' && after.kind === 'enum') return compareEnumMembers(before, after);
  if (before.kind === 'union' && after.kind === 'union') return compareUnionMembers(before, after, context);
  return [];
}
