import type { DocsChangeReport } from './report.js';
import type { ReportLabels } from './render-summary.js';

/** Renders a report as JSON: the report's own fields after `before` and `after`, the labels of the two versions. */
export function renderJson(report: DocsChangeReport, labels: ReportLabels): string {
  return JSON.stringify({ before: labels.before, after: labels.after, ...report }, null, 2) + '\n';
}
