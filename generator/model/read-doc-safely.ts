import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Dialect } from '../parse/dialect.js';
import { readDoc, type DocReading } from '../parse/read-doc.js';
import type { DocSource } from '../parse/read-docs-folder.js';

/**
 * Reads one doc and turns an exception thrown while reading it into an error diagnostic on that
 * doc, so one broken doc never stops the rest of the folder. The reader itself rejects docs that
 * would overwhelm the markdown parser (`checkDocLimits`). A stack overflow from nesting that those
 * checks do not catch is reported as too deep. Any other exception is a bug in the reader, and it
 * is reported with its message.
 */
export function readDocSafely(doc: DocSource, dialect: Dialect, diagnostics: DiagnosticBag, read: typeof readDoc = readDoc): DocReading {
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
