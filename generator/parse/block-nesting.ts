/**
 * The maximum number of nested block quotes and list items that one line may open. Real docs open
 * one or two. The markdown parser (micromark) takes time quadratic in the number a single line
 * opens, and it overflows its stack at about ten thousand.
 */
export const MAX_BLOCK_NESTING = 32;

/** The first line that opens too many nested block quotes or list items, with the column where the limit is passed. */
export interface NestingExcess {
  line: number;
  column: number;
}

/**
 * Finds the first line whose leading markers (`>`, `-`, `*`, `+`, `1.`, `1)`) open more than
 * MAX_BLOCK_NESTING blocks. It reads each character at most once.
 */
export function findExcessBlockNesting(text: string): NestingExcess | undefined {
  let line = 1;
  let index = 0;
  while (index < text.length) {
    const lineStart = index;
    let depth = 0;
    let scanning = true;
    while (index < text.length && text[index] !== '\n' && text[index] !== '\r') {
      if (scanning) {
        const length = markerLength(text, index);
        if (length > 0) {
          depth += 1;
          if (depth > MAX_BLOCK_NESTING) return { line, column: index - lineStart + 1 };
          index += length;
          continue;
        }
        if (text[index] !== ' ' && text[index] !== '\t') scanning = false;
      }
      index += 1;
    }
    // A line ends at LF, CR or CRLF, as in the markdown parser.
    index += text[index] === '\r' && text[index + 1] === '\n' ? 2 : 1;
    line += 1;
  }
  return undefined;
}

/** Returns the length of the block marker at `index`, or 0 when none starts there. */
function markerLength(text: string, index: number): number {
  const char = text[index];
  if (char === '>') return 1;
  const next = text[index + 1];
  const followedBySpace = next === ' ' || next === '\t';
  if ((char === '-' || char === '*' || char === '+') && followedBySpace) return 2;
  let end = index;
  while (end < text.length && end - index < 9 && text[end]! >= '0' && text[end]! <= '9') end += 1;
  if (end > index && (text[end] === '.' || text[end] === ')') && (text[end + 1] === ' ' || text[end + 1] === '\t')) return end - index + 2;
  return 0;
}
