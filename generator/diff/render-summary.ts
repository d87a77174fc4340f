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
      : `${summary.breakingChanges} breaking ${plural(summary.breakingChanges, 'change')}: ${summary.breakingForReaders} break code that reads responses, ${summary.breakingForWriters} break code that writes requests.`;
  return [
    breaking,
    `Models: ${summary.modelsAdded} added, ${summary.modelsRemoved} removed, ${summary.modelsRenamed} renamed (guessed), ${summary.modelsChanged} changed, ${summary.modelsUnchanged} unchanged.`,
    `Changes: ${summary.changes} in all.`,
  ];
}

export function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
