import type { SourcePosition } from '../model/types.js';
import { escapeBidiControls } from '../text/bidi-controls.js';

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the user's docs or setup, with the place it was found. */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  /** Missing only for problems that belong to no doc, such as a missing docs folder. */
  source?: SourcePosition;
  /** The text of the offending source line, when the doc is known. */
  sourceLine?: string;
}

/** Collects diagnostics from every stage, so a run can report all of them at once. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];

  add(diagnostic: Diagnostic): void {
    this.items.push(diagnostic);
  }

  get hasErrors(): boolean {
    return this.items.some((item) => item.severity === 'error');
  }

  /** Returns the diagnostics ordered by file, line, column and code, the same on every run. */
  sorted(): Diagnostic[] {
    return [...this.items].sort(compareDiagnostics);
  }
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareText(a.source?.file ?? '', b.source?.file ?? '') ||
    (a.source?.line ?? 0) - (b.source?.line ?? 0) ||
    (a.source?.column ?? 0) - (b.source?.column ?? 0) ||
    compareText(a.code, b.code) ||
    compareText(a.message, b.message)
  );
}

/** Compares strings by UTF-16 code units, independent of the machine's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Formats a diagnostic as `file:line:column: severity CODE: message`, followed by the offending
 * source line and a caret under the column when the line is known.
 */
export function formatDiagnostic(diagnostic: Diagnostic, options: { root?: string } = {}): string {
  const place = diagnostic.source
    ? `${joinRoot(options.root, diagnostic.source.file)}:${diagnostic.source.line}:${diagnostic.source.column}: `
    : '';
  // Doc text can hold bidirectional formatting characters, which would reorder the terminal line,
  // so they are shown as `\uXXXX` escapes and the caret moves right by the added characters.
  let text = escapeBidiControls(`${place}${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`);
  if (diagnostic.sourceLine !== undefined && diagnostic.source) {
    const line = diagnostic.sourceLine.length > 200 ? diagnostic.sourceLine.slice(0, 200) + '…' : diagnostic.sourceLine;
    const caretColumn = Math.min(diagnostic.source.column, line.length + 1);
    const before = line.slice(0, caretColumn - 1);
    const shownBefore = escapeBidiControls(before);
    text += `\n    ${escapeBidiControls(line)}\n    ${' '.repeat(Math.max(0, shownBefore.length))}^`;
  }
  return text;
}

function joinRoot(root: string | undefined, file: string): string {
  if (!root || root === '.') return file;
  return `${root.replace(/\/+$/, '')}/${file}`;
}
