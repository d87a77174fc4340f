import type { DocsChangeReport } from './report.js';
import { isBreaking } from './report.js';

/** Returns a copy of a report with only its breaking changes and the models that have them; the summary still counts every change. */
export function keepBreakingChanges(report: DocsChangeReport): DocsChangeReport {
  const models = report.models.filter((model) => model.breaking).map((model) => ({ ...model, changes: model.changes.filter(isBreaking) }));
  return { ...report, models };
}
