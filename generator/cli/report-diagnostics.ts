import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { escapeBidiControls } from '../text/bidi-controls.js';
import { countOf } from '../text/plural.js';
import type { CommandIo } from './io.js';

/** How problems are printed: plain text for people, or GitHub Actions workflow commands. */
export type Reporter = 'text' | 'github';

export const REPORTERS: readonly Reporter[] = ['text', 'github'];

/**
 * Prints diagnostics to standard error, or as GitHub Actions annotations to standard output.
 * `root` is prepended to each diagnostic's path, so it names the file from the working directory.
 */
export function reportDiagnostics(diagnostics: readonly Diagnostic[], io: CommandIo, options: { root: string; reporter: Reporter; verbose: boolean }): void {
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'info' && !options.verbose) continue;
    if (options.reporter === 'github') {
      const command = ANNOTATION_COMMANDS[diagnostic.severity];
      const file = diagnostic.source ? joinPath(options.root, diagnostic.source.file) : undefined;
      io.stdout(githubAnnotation(command, escapeBidiControls(`${diagnostic.code}: ${diagnostic.message}`), file === undefined ? {} : { file, line: diagnostic.source!.line, col: diagnostic.source!.column }) + '\n');
    } else {
      io.stderr(formatDiagnostic(diagnostic, { root: options.root }) + '\n');
    }
  }
}

/** Formats a GitHub Actions workflow command such as `::error file=a.ts,line=3::message`, escaping its data. */
export function githubAnnotation(command: 'error' | 'warning' | 'notice', message: string, properties: { file?: string; line?: number; col?: number; title?: string }): string {
  const fields = Object.entries(properties)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${fields.length > 0 ? ' ' + fields.join(',') : ''}::${escapeData(message)}`;
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function joinPath(root: string, file: string): string {
  if (!root || root === '.') return file;
  return `${root.replace(/\/+$/, '')}/${file}`;
}

/** Formats stage timings as one line, such as `timings (ms): read 80, parse 4100, ...`. */
export function timingsLine(timings: Record<string, number>): string {
  const parts = Object.entries(timings).map(([stage, milliseconds]) => `${stage} ${Math.round(milliseconds)}`);
  return `timings (ms): ${parts.join(', ')}\n`;
}

/** The GitHub Actions workflow command for each severity. */
const ANNOTATION_COMMANDS = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * Counts what failed a run, such as `2 errors` or `3 warnings (warnings fail the run: the
 * warningsAsErrors setting or --warnings-as-errors)` when only warnings did.
 */
export function describeFailure(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (errors > 0) return countOf(errors, 'error');
  const warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;
  return `${countOf(warnings, 'warning')} (warnings fail the run: the warningsAsErrors setting or --warnings-as-errors)`;
}
