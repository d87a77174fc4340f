import { TypeSyntaxError } from './token-stream.js';
import type { Token } from './tokens.js';

/**
 * Deepest nesting of brackets and links a Type cell may have. Real docs nest three or four levels
 * (`array<string, array<Components\X>>`); the limit keeps the recursive-descent grammars and the
 * emitter from running out of stack on a crafted cell.
 */
export const MAX_TYPE_NESTING = 32;

const OPENERS = new Set(['<', '[', '(', '{']);
const CLOSERS = new Set(['>', ']', ')', '}']);

/** Throws a `type-too-deep` syntax error at the first token that opens a level beyond the limit. */
export function checkTypeNesting(tokens: readonly Token[]): void {
  let depth = 0;
  for (const token of tokens) {
    const opens = token.kind === 'link-open' || (token.kind === 'punctuation' && OPENERS.has(token.text));
    const closes = token.kind === 'link-close' || (token.kind === 'punctuation' && CLOSERS.has(token.text));
    if (opens) depth += 1;
    if (closes) depth = Math.max(0, depth - 1);
    if (depth > MAX_TYPE_NESTING) {
      throw new TypeSyntaxError(`the type nests more than ${MAX_TYPE_NESTING} levels deep`, token, { code: 'type-too-deep' });
    }
  }
}
