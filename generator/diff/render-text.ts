import { describeBreaking, describeChange, describeModel } from './describe-change.js';
import type { DocsChangeReport } from './report.js';
import { isBreaking } from './report.js';
import { describeSummary, type ReportLabels } from './render-summary.js';

/** Renders a report as plain text for a terminal: a summary, then the changes grouped by model. */
export function renderText(report: DocsChangeReport, labels: ReportLabels): string {
  const lines: string[] = [`Docs changes from ${labels.before} to ${labels.after}`, ''];
  lines.push(...describeSummary(report.summary));

  for (const model of report.models) {
    lines.push('', `${model.file}: ${describeModel(model)}`);
    for (const change of model.changes) {
      const marker = isBreaking(change) ? 'BREAKING ' : '         ';
      const breaking = describeBreaking(change.breaking);
      lines.push(`  ${marker} ${describeChange(change, model)}${breaking === '' ? '' : ` (${breaking})`}`);
    }
  }
  return lines.join('\n') + '\n';
}
