import { afterAll, describe, expect, it } from 'vitest';
import { keepBreakingChanges } from '../../generator/diff/keep-breaking-changes.js';
import { renderJson } from '../../generator/diff/render-json.js';
import { renderMarkdown } from '../../generator/diff/render-markdown.js';
import { describeSummary } from '../../generator/diff/render-summary.js';
import { renderText } from '../../generator/diff/render-text.js';
import { DocsFolders } from './php-docs.js';
import { smallReport } from './render-fixture.js';

const folders = new DocsFolders();
afterAll(() => folders.removeAll());

const labels = { before: 'HEAD~1:spec', after: 'spec' };

describe('summary counts', () => {
  const counts = { modelsAdded: 1, modelsRemoved: 0, modelsRenamed: 0, modelsChanged: 1, modelsUnchanged: 0, changes: 1, byKind: {} };

  it('agrees with a count of one', () => {
    const summary = { ...counts, breakingChanges: 1, breakingForReaders: 1, breakingForWriters: 0 };
    expect(describeSummary(summary)[0]).toBe('1 breaking change: 1 breaks code that reads responses, 0 break code that writes requests.');
  });

  it('agrees with larger counts', () => {
    const summary = { ...counts, breakingChanges: 2, breakingForReaders: 2, breakingForWriters: 1 };
    expect(describeSummary(summary)[0]).toBe('2 breaking changes: 2 break code that reads responses, 1 breaks code that writes requests.');
  });
});

describe('report rendering', () => {
  const report = smallReport(folders);

  it('text groups changes by model', () => {
    expect(renderText(report, labels)).toBe(
      [
        'Docs changes from HEAD~1:spec to spec',
        '',
        '3 breaking changes: 2 break code that reads responses, 2 break code that writes requests.',
        'Models: 1 added, 0 removed, 0 renamed (guessed), 2 changed, 0 unchanged.',
        'Changes: 4 in all.',
        '',
        'Models/Components/Employee.md: Employee (object, use unknown)',
        '  BREAKING  field `nickname` removed (was optional nullable string) (breaks readers and writers)',
        '  BREAKING  field `email` added: required string | integer (breaks writers)',
        '',
        'Models/Components/Status.md: Status (enum, use unknown)',
        '  BREAKING  enum value `paused` added (breaks readers)',
        '',
        'Models/Components/Team.md: Team (object, use unknown)',
        '            model added',
        '',
      ].join('\n'),
    );
  });

  it('markdown tables breaking changes', () => {
    expect(renderMarkdown(report, labels)).toBe(
      [
        '## Docs changes',
        '',
        'From `HEAD~1:spec` to `spec`.',
        '',
        '3 breaking changes: 2 break code that reads responses, 2 break code that writes requests.<br>',
        'Models: 1 added, 0 removed, 0 renamed (guessed), 2 changed, 0 unchanged.<br>',
        'Changes: 4 in all.',
        '',
        '### Breaking changes in 2 models',
        '',
        '#### Employee (object, use unknown)',
        '`Models/Components/Employee.md`',
        '',
        '| Change | Readers | Writers |',
        '| --- | :---: | :---: |',
        '| field `nickname` removed (was optional nullable string) | breaks | breaks |',
        '| field `email` added: required string \\| integer | – | breaks |',
        '',
        '#### Status (enum, use unknown)',
        '`Models/Components/Status.md`',
        '',
        '| Change | Readers | Writers |',
        '| --- | :---: | :---: |',
        '| enum value `paused` added | breaks | – |',
        '',
        '<details>',
        '<summary>1 added model</summary>',
        '',
        '- `Team` (object) in `Models/Components/Team.md`',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  it('markdown folds other changes', () => {
    const withDeprecation = folders.diff(
      { 'Models/Components/Person.md': '# Person\n\n## Fields\n\n| Field | Type | Required | Description |\n| - | - | - | - |\n| `id` | *string* | :heavy_check_mark: | N/A |\n' },
      { 'Models/Components/Person.md': '# Person\n\n## Fields\n\n| Field | Type | Required | Description |\n| - | - | - | - |\n| ~~`id`~~ | *string* | :heavy_check_mark: | : warning: ** DEPRECATED **: Use key.<br/><br/>N/A |\n' },
    );
    const markdown = renderMarkdown(withDeprecation, labels);
    expect(markdown).toContain('<summary>Other changes in 1 model</summary>');
    expect(markdown).toContain('| field `id` deprecated: Use key. | – | – |');
    expect(markdown).not.toContain('### Breaking changes');
  });

  it('markdown limited to one model', () => {
    const markdown = renderMarkdown(report, labels, { maxModels: 1 });
    expect(markdown).toContain('#### Employee (object, use unknown)');
    expect(markdown).not.toContain('#### Status');
    expect(markdown).toContain('…and 1 more model; the text and JSON formats list them all.');
    expect(markdown).toContain('- `Team` (object) in `Models/Components/Team.md`');
  });

  it('type change to an equivalent model', () => {
    const team = (name: string) => `# ${name}\n\n## Fields\n\n| Field | Type | Required | Description |\n| - | - | - | - |\n| \`id\` | *string* | :heavy_check_mark: | N/A |\n`;
    const job = (target: string) => `# Job\n\n## Fields\n\n| Field | Type | Required | Description |\n| - | - | - | - |\n| \`team\` | [Components\\${target}](../../Models/Components/${target}.md) | :heavy_check_mark: | N/A |\n`;
    const shared = { 'Models/Components/JobTeam.md': team('JobTeam'), 'Models/Components/Crew.md': team('Crew') };
    const changed = folders.diff({ ...shared, 'Models/Components/Job.md': job('JobTeam') }, { ...shared, 'Models/Components/Job.md': job('Crew') });
    expect(renderText(changed, labels)).toContain('            field `team` type changed from `JobTeam` to `Crew`, a model of the same shape\n');
  });

  it('json keeps the whole report', () => {
    const parsed = JSON.parse(renderJson(report, labels));
    expect(parsed).toEqual({ before: 'HEAD~1:spec', after: 'spec', ...report });
    expect(parsed.summary.byKind).toEqual({ 'enum-value-added': 1, 'field-added': 1, 'field-removed': 1, 'model-added': 1 });
  });

  it('breaking-only keeps the summary', () => {
    const breaking = keepBreakingChanges(report);
    expect(breaking.models.map((model) => [model.name, model.changes.length])).toEqual([
      ['Employee', 2],
      ['Status', 1],
    ]);
    expect(breaking.summary).toEqual(report.summary);
  });
});
