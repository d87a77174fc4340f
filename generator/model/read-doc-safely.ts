import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Dialect } from '../parse/dialect.js';
import { findExcessBlockNesting, MAX_BLOCK_NESTING } from '../parse/block-nesting.js';
import { readDoc, type DocReading } from '../parse/read-doc.js';
import type { DocSource } from '../parse/read-docs-folder.js';
import { findTokenExcess, MAX_DOC_TOKENS } from '../parse/token-budget.js';

/**
 * Reads one doc and turns an exception thrown while reading it into an error diagnostic on that
 * doc, so one broken doc never stops the rest of the folder. A line that nests too many quotes or
 * list items is rejected before parsing, because the markdown parser slows down and then overflows
 * its stack on it. A doc with more tokens than MAX_DOC_TOKENS is rejected before parsing too,
 * because the parser would run out of memory on it. A stack overflow from other nesting is
 * reported as well. Any other exception is a bug in the reader, and it is reported with its message.
 */
export function readDocSafely(doc: DocSource, dialect: Dialect, diagnostics: DiagnosticBag, read: typeof readDoc = readDoc): DocReading {
  const excess = findExcessBlockNesting(doc.text);
  if (excess) {
    const source = { file: doc.file, line: excess.line, column: excess.column };
    diagnostics.add({ code: 'doc-too-deep', severity: 'error', message: `the line opens more than ${MAX_BLOCK_NESTING} nested quotes or list items; flatten it`, source, sourceLine: lineAt(doc.text, excess.line) });
    return { skipped: 'it nests too deeply to be read' };
  }
  const tokenExcess = findTokenExcess(doc.text);
  if (tokenExcess) {
    const source = { file: doc.file, line: tokenExcess.line, column: tokenExcess.column };
    const limit = MAX_DOC_TOKENS.toLocaleString('en-US');
    const message = `the doc has more than ${limit} markdown tokens (lines, words and markup characters such as \`|\`, \`*\` and \`[\`), so it is not read: the markdown parser keeps several KiB of memory for each token until it has read the whole doc. Split the doc into smaller docs`;
    diagnostics.add({ code: 'doc-too-complex', severity: 'error', message, source, sourceLine: lineAt(doc.text, tokenExcess.line) });
    return { skipped: 'it has too many markdown tokens to be read' };
  }

  try {
    return read(doc.file, doc.text, dialect, diagnostics);
  } catch (error) {
    const source = { file: doc.file, line: 1, column: 1 };
    if (error instanceof RangeError) {
      diagnostics.add({ code: 'doc-too-deep', severity: 'error', message: `the doc nests too deeply to be read (${error.message}); flatten its quotes, lists or brackets`, source });
      return { skipped: 'it nests too deeply to be read' };
    }
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.add({ code: 'read-failed', severity: 'error', message: `reading the doc failed unexpectedly: ${message}`, source });
    return { skipped: 'reading it failed' };
  }
}

function lineAt(text: string, line: number): string | undefined {
  return text.split(/\r\n|\r|\n/, line)[line - 1];
}
