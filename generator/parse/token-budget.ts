/**
 * The maximum number of markdown tokens in one doc, as `findTokenExcess` estimates them: each
 * line, each word and each markup character (`|`, backticks, `*`, `_`, `~`, brackets, parentheses,
 * `<`, `>`, `&`, `\`) counts one.
 *
 * The markdown parser (micromark, through remark-parse 11 and remark-gfm 4) keeps the events of
 * every token in the doc, and the tokenizer of each table cell and paragraph, until it has read the
 * whole doc. Each counted token took 1.5 to 7.7 KiB of memory, most for table cells and least for
 * plain words. A doc at this limit took at most 1,293 MiB of peak RSS to generate, measured with
 * Node 20.20.2 on a 2-core machine, and docs/limits.md lists the shapes measured. Without the
 * limit, a Fields table of 158,000 rows (25 MB) ran out of a 4 GiB heap. The largest real doc
 * seen, an enum of 3,826 values, counts 26,788 tokens.
 */
export const MAX_DOC_TOKENS = 150_000;

/** The position of the token that passes the limit. */
export interface TokenExcess {
  line: number;
  column: number;
}

// NOTE: the count only estimates micromark's tokens, and a shape that docs/limits.md does not list
// may take more than 7.7 KiB per counted token.
const MARKUP_CHARACTERS = new Set(['|', '`', '*', '_', '~', '[', ']', '(', ')', '<', '>', '&', '\\']);

/**
 * Finds the token that passes `limit` (MAX_DOC_TOKENS by default), or returns undefined for a doc
 * within it. It reads each character once, so it is safe to run before the markdown parser.
 */
export function findTokenExcess(text: string, limit = MAX_DOC_TOKENS): TokenExcess | undefined {
  let tokens = 0;
  let line = 1;
  let lineStart = 0;
  let afterSpace = true;

  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    let counted = false;
    if (char === '\n' || char === '\r') {
      // CRLF is one line ending, as in the markdown parser.
      counted = !(char === '\n' && text[index - 1] === '\r');
      afterSpace = true;
    } else if (char === ' ' || char === '\t') {
      afterSpace = true;
    } else {
      // A markup character counts once, also where it starts a word.
      counted = MARKUP_CHARACTERS.has(char) || afterSpace;
      afterSpace = false;
    }

    if (counted) {
      tokens += 1;
      if (tokens > limit) return { line, column: index - lineStart + 1 };
    }
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return undefined;
}
