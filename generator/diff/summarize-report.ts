import type { ChangeKind, ModelChanges, ReportSummary } from './report.js';
import { isBreaking } from './report.js';

/** Counts the models and changes of a report; `unchanged` is the number of paired models with no change. */
export function summarizeReport(models: readonly ModelChanges[], unchanged: number): ReportSummary {
  const byKind: Partial<Record<ChangeKind, number>> = {};
  let changes = 0;
  let breakingChanges = 0;
  let breakingForReaders = 0;
  let breakingForWriters = 0;

  for (const model of models) {
    for (const change of model.changes) {
      changes += 1;
      byKind[change.kind] = (byKind[change.kind] ?? 0) + 1;
      if (isBreaking(change)) breakingChanges += 1;
      if (change.breaking.readers) breakingForReaders += 1;
      if (change.breaking.writers) breakingForWriters += 1;
    }
  }

  const countStatus = (status: ModelChanges['status']): number => models.filter((model) => model.status === status).length;
  return {
    modelsAdded: countStatus('added'),
    modelsRemoved: countStatus('removed'),
    modelsRenamed: countStatus('renamed'),
    modelsChanged: countStatus('changed'),
    modelsUnchanged: unchanged,
    changes,
    breakingChanges,
    breakingForReaders,
    breakingForWriters,
    byKind: sortKeys(byKind),
  };
}

function sortKeys<T>(record: Partial<Record<ChangeKind, T>>): Partial<Record<ChangeKind, T>> {
  const sorted: Partial<Record<ChangeKind, T>> = {};
  for (const key of (Object.keys(record) as ChangeKind[]).sort()) sorted[key] = record[key];
  return sorted;
}
