import type { Node } from 'mdast';
import type { Diagnostic, DiagnosticBag, Severity } from '../diagnostics/diagnostic.js';
import type { SourcePosition } from '../model/types.js';

/** One doc being read: its path, its text, and where its diagnostics go. */
export class DocContext {
  private lines: string[] | undefined;

  constructor(
    /** The doc's path relative to the docs folder, with `/` separators. */
    readonly file: string,
    readonly text: string,
    private readonly diagnostics: DiagnosticBag,
  ) {}

  /** Returns the position of a node, or of the doc's first line when the node has none. */
  positionOf(node: Node | undefined): SourcePosition {
    const start = node?.position?.start;
    return { file: this.file, line: start?.line ?? 1, column: start?.column ?? 1 };
  }

  at(line: number, column: number): SourcePosition {
    return { file: this.file, line, column };
  }

  /** How many errors this doc has reported so far. */
  errorCount = 0;

  report(severity: Severity, code: string, message: string, source: SourcePosition): void {
    const diagnostic: Diagnostic = { code, severity, message, source, sourceLine: this.lineText(source.line) };
    this.diagnostics.add(diagnostic);
    if (severity === 'error') this.errorCount += 1;
  }

  lineText(line: number): string | undefined {
    this.lines ??= this.text.split(/\r\n|\r|\n/);
    return this.lines[line - 1];
  }

  /** Returns the source text between the start of the first node and the end of the last. */
  sourceOf(nodes: readonly Node[]): string {
    const first = nodes[0]?.position?.start.offset;
    const last = nodes.at(-1)?.position?.end.offset;
    if (first === undefined || last === undefined) return '';
    return this.text.slice(first, last);
  }
}
