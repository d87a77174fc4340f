import { countOf } from '../text/plural.js';
import { describeChange, describeModel } from './describe-change.js';
import type { Change, DocsChangeReport, ModelChanges } from './report.js';
import { isBreaking } from './report.js';
import { describeSummary, type ReportLabels } from './render-summary.js';

export interface MarkdownOptions {
  /**
   * The maximum number of models each section lists, so the text fits in a pull request
   * description; a line counts the models left out. All models by default.
   */
  maxModels?: number;
}

/**
 * Renders a report as Markdown for a pull request description: the summary, a table of breaking
 * changes per model, and the other changes folded in `<details>` blocks. Added models are listed
 * by name only.
 */
export function renderMarkdown(report: DocsChangeReport, labels: ReportLabels, options: MarkdownOptions = {}): string {
  const limit = (count: number): number => Math.min(count, options.maxModels ?? count);
  const blocks: string[] = [`## Docs changes`, `From \`${labels.before}\` to \`${labels.after}\`.`, describeSummary(report.summary).join('<br>\n')];

  const breaking = report.models.filter((model) => model.breaking);
  if (breaking.length > 0) {
    blocks.push(`### Breaking changes in ${countOf(breaking.length, 'model')}`);
    for (const model of breaking.slice(0, limit(breaking.length))) blocks.push(renderModel(model, model.changes.filter(isBreaking)));
    if (limit(breaking.length) < breaking.length) blocks.push(omitted(breaking.length - limit(breaking.length)));
  }

  const other = report.models.filter((model) => model.status !== 'added' && model.changes.some((change) => !isBreaking(change)));
  if (other.length > 0) {
    const sections = other.slice(0, limit(other.length)).map((model) => renderModel(model, model.changes.filter((change) => !isBreaking(change))));
    if (limit(other.length) < other.length) sections.push(omitted(other.length - limit(other.length)));
    blocks.push(details(`Other changes in ${countOf(other.length, 'model')}`, sections.join('\n\n')));
  }

  const added = report.models.filter((model) => model.status === 'added');
  if (added.length > 0) {
    const items = added.slice(0, limit(added.length)).map((model) => `- \`${escapeCell(model.name)}\` (${model.kind}) in \`${model.file}\``);
    if (limit(added.length) < added.length) items.push('', omitted(added.length - limit(added.length)));
    blocks.push(details(`${countOf(added.length, 'added model')}`, items.join('\n')));
  }
  return blocks.join('\n\n') + '\n';
}

function renderModel(model: ModelChanges, changes: readonly Change[]): string {
  const rows = changes.map((change) => `| ${escapeCell(describeChange(change, model))} | ${mark(change.breaking.readers)} | ${mark(change.breaking.writers)} |`);
  return [`#### ${escapeCell(describeModel(model))}`, `\`${model.file}\``, '', '| Change | Readers | Writers |', '| --- | :---: | :---: |', ...rows].join('\n');
}

function omitted(count: number): string {
  return `…and ${countOf(count, 'more model')}; the text and JSON formats list them all.`;
}

function mark(breaks: boolean): string {
  return breaks ? 'breaks' : '–';
}

function details(summary: string, body: string): string {
  return `<details>\n<summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

/** Escapes text for a table cell: a `|` would end the cell and a line break would end the row. */
function escapeCell(text: string): string {
  return joinLines(text.replaceAll('|', '\\|'));
}

/**
 * Replaces each line break, with the white space around it, by one space. It works line by line
 * because a regular expression of white space, a line break and white space backtracks over long
 * runs of spaces and takes quadratic time.
 */
function joinLines(text: string): string {
  const lines = text.split('\n');
  if (lines.length === 1) return text;
  const last = lines.length - 1;
  const trimmed = lines.map((line, index) => (index === 0 ? line.trimEnd() : index === last ? line.trimStart() : line.trim()));
  return trimmed.filter((line, index) => index === 0 || index === last || line !== '').join(' ');
}
