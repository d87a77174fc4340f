import { countOf, plural } from '../text/plural.js';
import type { ReportSummary } from './report.js';

/** The names a report gives the two versions it compares, such as two folders or `HEAD~1:spec` and `spec`. */
export interface ReportLabels {
  before: string;
  after: string;
}

/** Describes the counts of a report in three lines of plain text. */
export function describeSummary(summary: ReportSummary): string[] {
  const breaking =
    summary.breakingChanges === 0
      ? 'No breaking changes.'
      : `${countOf(summary.breakingChanges, 'breaking change')}: ${summary.breakingForReaders} ${plural(summary.breakingForReaders, 'breaks', 'break')} code that reads responses, ${summary.breakingForWriters} ${plural(summary.breakingForWriters, 'breaks', 'break')} code that writes requests.`;
  return [
    breaking,
    `Models: ${summary.modelsAdded} added, ${summary.modelsRemoved} removed, ${summary.modelsRenamed} renamed (guessed), ${summary.modelsChanged} changed, ${summary.modelsUnchanged} unchanged.`,
    `Changes: ${summary.changes} in all.`,
  ];
}
