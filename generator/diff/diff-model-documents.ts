import { compareText } from '../diagnostics/diagnostic.js';
import type { Model, ModelDocument } from '../model/types.js';
import { classifyChange } from './breaking-rules.js';
import { compareModels } from './compare-models.js';
import type { ComparisonContext } from './comparison-context.js';
import type { DetectedChange } from './detected-change.js';
import { matchModels } from './match-models.js';
import { createModelEquivalence } from './model-equivalence.js';
import { inferModelUsage, mergeUsage, usedBy } from './model-usage.js';
import { isBreaking, type Change, type DocsChangeReport, type ModelChanges, type ModelStatus, type ModelUsage, type Rename } from './report.js';
import { summarizeReport } from './summarize-report.js';

/**
 * Compares two versions of the intermediate model of a docs folder and classes every change as
 * breaking or not for code that reads responses and code that writes requests. Models are
 * identified by their doc path; see `matchModels` for how moved and renamed models are paired.
 */
export function diffModelDocuments(before: ModelDocument, after: ModelDocument): DocsChangeReport {
  const matching = matchModels(before, after);
  const context: ComparisonContext = { newDocOf: matching.newDocOf, sameModel: createModelEquivalence(before, after) };
  const usageBefore = inferModelUsage(before);
  const usageAfter = inferModelUsage(after);
  const models: ModelChanges[] = [];

  for (const pair of matching.pairs) {
    const usage = mergeUsage(usageBefore.get(pair.before.source.file), usageAfter.get(pair.after.source.file));
    const detected = compareModels(pair, context);
    if (detected.length === 0) continue;
    models.push(buildModelChanges(pair.after, pair.rename ? 'renamed' : 'changed', usage, detected, pair.rename));
  }
  for (const model of matching.removed) {
    const usage = usageBefore.get(model.source.file) ?? 'unknown';
    models.push(buildModelChanges(model, 'removed', usage, [{ kind: 'model-removed', source: model.source }]));
  }
  for (const model of matching.added) {
    const usage = usageAfter.get(model.source.file) ?? 'unknown';
    models.push(buildModelChanges(model, 'added', usage, [{ kind: 'model-added', source: model.source }]));
  }

  models.sort((a, b) => compareText(a.file, b.file));
  const unchanged = matching.pairs.length - models.filter((model) => model.status === 'changed' || model.status === 'renamed').length;
  const summary = summarizeReport(models, unchanged);
  return { version: 1, breaking: summary.breakingChanges > 0, summary, models };
}

function buildModelChanges(model: Model, status: ModelStatus, usage: ModelUsage, detected: readonly DetectedChange[], rename?: Rename): ModelChanges {
  const sides = usedBy(usage);
  const changes = detected.map(({ context, ...change }): Change => {
    const breaks = classifyChange(change.kind, context);
    return { ...change, breaks, breaking: { readers: breaks.readers && sides.readers, writers: breaks.writers && sides.writers } };
  });
  return {
    name: model.name,
    file: model.source.file,
    kind: model.kind,
    status,
    ...(rename ? { rename } : {}),
    usage,
    changes,
    breaking: changes.some(isBreaking),
  };
}
