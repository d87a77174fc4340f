import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { findExcessBlockNesting, MAX_BLOCK_NESTING } from './block-nesting.js';
import { findTokenExcess, MAX_DOC_TOKENS } from './token-budget.js';

/**
 * Checks the limits that keep the markdown parser safe, before it parses the doc. A line that nests
 * too many quotes or list items makes the parser slow down and then overflow its stack, and a doc
 * with more tokens than MAX_DOC_TOKENS makes it run out of memory. Returns the reason the doc is
 * not read, after reporting it, or undefined for a doc within the limits.
 */
export function checkDocLimits(file: string, text: string, diagnostics: DiagnosticBag): string | undefined {
  const excess = findExcessBlockNesting(text);
  if (excess) {
    const source = { file, line: excess.line, column: excess.column };
    diagnostics.add({ code: 'doc-too-deep', severity: 'error', message: `the line opens more than ${MAX_BLOCK_NESTING} nested quotes or list items; flatten it`, source, sourceLine: lineAt(text, excess.line) });
    return 'it nests too deeply to be read';
  }
  const tokenExcess = findTokenExcess(text);
  if (tokenExcess) {
    const source = { file, line: tokenExcess.line, column: tokenExcess.column };
    const limit = MAX_DOC_TOKENS.toLocaleString('en-US');
    const message = `the doc has more than ${limit} markdown tokens (lines, words and markup characters such as \`|\`, \`*\` and \`[\`), so it is not read: the markdown parser keeps several KiB of memory for each token until it has read the whole doc. Split the doc into smaller docs`;
    diagnostics.add({ code: 'doc-too-complex', severity: 'error', message, source, sourceLine: lineAt(text, tokenExcess.line) });
    return 'it has too many markdown tokens to be read';
  }
  return undefined;
}

function lineAt(text: string, line: number): string | undefined {
  return text.split(/\r\n|\r|\n/, line)[line - 1];
}
