import type { CodeBlockWriter } from 'ts-morph';
import { tsMorph } from './ts-morph.js';

/**
 * Runs a writer function now and returns the code it wrote. Statement bodies are rendered while
 * the structures are built, not when ts-morph prints them, so the imports they record are known
 * before the file's import declarations are written.
 */
export function renderCode(write: (writer: CodeBlockWriter) => void): string {
  const writer = new (tsMorph().CodeBlockWriter)({ indentNumberOfSpaces: 2, newLine: '\n', useSingleQuote: false });
  write(writer);
  const code = writer.toString();
  // A loop, not `/\n+$/`, which backtracks over every run of newlines and is quadratic on long runs.
  let end = code.length;
  while (end > 0 && code[end - 1] === '\n') end -= 1;
  return code.slice(0, end);
}
