import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { diffModelDocuments } from '../diff/diff-model-documents.js';
import { keepBreakingChanges } from '../diff/keep-breaking-changes.js';
import type { DocsChangeReport } from '../diff/report.js';
import { renderJson } from '../diff/render-json.js';
import { renderMarkdown, type MarkdownOptions } from '../diff/render-markdown.js';
import type { ReportLabels } from '../diff/render-summary.js';
import { renderText } from '../diff/render-text.js';
import { loadModelDocument } from '../model/load-model-document.js';
import type { ModelDocument } from '../model/types.js';
import { countOf } from '../text/plural.js';
import { extractGitRevision, GitRevisionError, type RevisionFolder } from './git-revision-folder.js';
import type { CommandIo } from './io.js';

const USAGE = `Usage: md-models-ts diff [options] <old docs> <new docs>

Reports what changed between two versions of the model docs, and which changes
break code that reads responses or code that writes requests.

Each version is a docs folder, or a git revision of one written as
<revision>:<path> (git's syntax: the path is relative to the repository root,
or to the current folder when it starts with ./), such as HEAD~1:spec.
An argument that names an existing folder is always read as a folder.

Options:
  --format <format>   output format: text (the default), markdown or json
  --breaking-only     list only breaking changes; the summary still counts all
  --max-models <n>    in Markdown, list at most n models per section, so the
                      report fits in a pull request description
  -h, --help          print this help

Exit codes: 0 no breaking change, 1 breaking changes,
2 errors in the docs or on the command line.`;

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

type Renderer = (report: DocsChangeReport, labels: ReportLabels, options: MarkdownOptions) => string;

const RENDERERS: Record<Format, Renderer> = { text: renderText, markdown: renderMarkdown, json: renderJson };

/** Reports what changed between two versions of the docs; returns 0, 1 (breaking changes) or 2 (error). */
export async function runDiffCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandLine(args);
  if ('error' in parsed) {
    io.stderr(`error: ${parsed.error}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }

  const revisions: RevisionFolder[] = [];
  try {
    const documents: ModelDocument[] = [];
    let failed = false;
    for (const argument of [parsed.before, parsed.after]) {
      const loaded = loadVersion(argument, io, revisions);
      if ('error' in loaded) {
        io.stderr(`error: ${loaded.error}\n`);
        return 2;
      }
      failed ||= loaded.failed;
      documents.push(loaded.document);
    }
    if (failed) {
      io.stderr('error: the docs have errors, so no change report was made; fix the errors above and run again\n');
      return 2;
    }

    const labels: ReportLabels = { before: parsed.before, after: parsed.after };
    const report = diffModelDocuments(documents[0]!, documents[1]!);
    const listed = parsed.breakingOnly ? keepBreakingChanges(report) : report;
    io.stdout(RENDERERS[parsed.format](listed, labels, parsed.maxModels === undefined ? {} : { maxModels: parsed.maxModels }));
    return report.breaking ? 1 : 0;
  } finally {
    for (const revision of revisions) revision.remove();
  }
}

interface CommandLine {
  before: string;
  after: string;
  format: Format;
  breakingOnly: boolean;
  maxModels?: number;
  help: boolean;
}

function parseCommandLine(args: string[]): CommandLine | { error: string } {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'breaking-only': { type: 'boolean', default: false },
        'max-models': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  const help = values.help ?? false;
  if (!FORMATS.includes(values.format as Format)) {
    return { error: `invalid format \`${values.format}\`; expected ${FORMATS.join(', ')}` };
  }
  const maxModels = values['max-models'];
  if (maxModels !== undefined && !/^[1-9][0-9]*$/.test(maxModels)) {
    return { error: `invalid --max-models \`${maxModels}\`; expected a whole number of models, 1 or more` };
  }
  if (!help && positionals.length !== 2) {
    return { error: `expected two versions of the docs (old, then new) but found ${countOf(positionals.length, 'argument')}` };
  }
  return {
    before: positionals[0] ?? '',
    after: positionals[1] ?? '',
    format: values.format as Format,
    breakingOnly: values['breaking-only'] ?? false,
    ...(maxModels === undefined ? {} : { maxModels: Number(maxModels) }),
    help,
  };
}

/**
 * Reads one version of the docs from a folder or a git revision, printing its errors and warnings.
 * A temporary folder made for a revision is added to `revisions` for the caller to delete.
 */
function loadVersion(argument: string, io: CommandIo, revisions: RevisionFolder[]): { document: ModelDocument; failed: boolean } | { error: string } {
  const folder = findFolder(argument, io, revisions);
  if (typeof folder !== 'string') return folder;

  if (io.isTerminal) io.stderr(`reading ${argument}\n`);
  // NOTE: both versions get the default wire names because the command reads no wire-name
  // overrides, so it never reports `field-wire-name-changed`. `diffModelDocuments` reports it for
  // models loaded with overrides.
  const { document, diagnostics } = loadModelDocument(folder);
  for (const diagnostic of diagnostics.sorted()) {
    if (diagnostic.severity === 'info') continue;
    io.stderr(formatDiagnostic(diagnostic, { root: argument }) + '\n');
  }
  return { document, failed: diagnostics.hasErrors };
}

function findFolder(argument: string, io: CommandIo, revisions: RevisionFolder[]): string | { error: string } {
  const path = resolve(io.cwd, argument);
  if (existsSync(path)) {
    if (!statSync(path).isDirectory()) return { error: `\`${argument}\` is a file, not a docs folder; pass the folder that contains the docs` };
    return path;
  }

  const separator = argument.indexOf(':');
  if (separator <= 0) return { error: `docs folder \`${argument}\` not found; pass a folder or a git revision such as HEAD~1:${argument}` };
  try {
    const revision = extractGitRevision(argument, io.cwd);
    revisions.push(revision);
    return revision.folder;
  } catch (error) {
    if (error instanceof GitRevisionError) return { error: error.message };
    throw error;
  }
}
