import type { PhrasingContent } from 'mdast';

export type TokenKind =
  | 'identifier'
  | 'number'
  | 'string'
  | 'punctuation'
  | 'link-open'
  | 'link-close'
  | 'end';

/** One token of a Type cell, with the 1-based line and column where it starts in the doc. */
export interface Token {
  kind: TokenKind;
  /** The identifier, the punctuation character, the literal's unquoted text or the link's URL. */
  text: string;
  line: number;
  column: number;
}

const PUNCTUATION = new Set(['<', '>', ',', '|', '?', '[', ']', '(', ')', '\\', '.', ':', '*', '{', '}', '=', '&', '-']);

/**
 * Splits the markdown nodes of a Type cell into tokens. Emphasis and strong marks are only
 * presentation, so their content is read as if they were not there; inline code is read as text;
 * a link becomes `link-open` (carrying the URL), the tokens of its text, and `link-close`.
 */
export function tokenizeTypeCell(nodes: readonly PhrasingContent[], fallback: { line: number; column: number }): Token[] {
  const tokens: Token[] = [];
  for (const node of nodes) {
    collectTokens(node, tokens, fallback);
  }
  const last = tokens.at(-1);
  tokens.push({ kind: 'end', text: '', line: last?.line ?? fallback.line, column: (last?.column ?? fallback.column) + (last?.text.length ?? 0) });
  return tokens;
}

/**
 * Splits plain text, such as the argument of a constructor call in a code block, into tokens,
 * ending with an `end` token. `start` is the position of the text's first character.
 */
export function tokenizeText(text: string, start: { line: number; column: number }): Token[] {
  const tokens: Token[] = [];
  lexText(text, start, tokens);
  const last = tokens.at(-1);
  tokens.push({ kind: 'end', text: '', line: last?.line ?? start.line, column: (last?.column ?? start.column) + (last?.text.length ?? 0) });
  return tokens;
}

function collectTokens(node: PhrasingContent, tokens: Token[], fallback: { line: number; column: number }): void {
  const start = node.position?.start ?? fallback;

  switch (node.type) {
    case 'text':
      lexText(node.value, start, tokens);
      return;
    case 'inlineCode':
      // The node starts at the opening backtick, one column before its value.
      lexText(node.value, { line: start.line, column: start.column + 1 }, tokens);
      return;
    case 'link':
      tokens.push({ kind: 'link-open', text: node.url, line: start.line, column: start.column });
      for (const child of node.children) collectTokens(child, tokens, start);
      tokens.push({ kind: 'link-close', text: ']', line: node.position?.end.line ?? start.line, column: node.position?.end.column ?? start.column });
      return;
    case 'emphasis':
    case 'strong':
    case 'delete':
      for (const child of node.children) collectTokens(child, tokens, start);
      return;
    case 'html':
      // `<br/>` carries no type information. Any other tag is a generic argument that markdown
      // took for HTML (`array<string>` reads as `array` and the tag `<string>`), so it is read as text.
      if (!/^<br\s*\/?>$/i.test(node.value)) lexText(node.value, start, tokens);
      return;
    default:
      // Other inline nodes (images, footnotes, breaks) have no place in a Type cell; their raw text
      // is read as plain text so the grammar reports what it finds there.
      if ('value' in node && typeof node.value === 'string') lexText(node.value, start, tokens);
      else if ('children' in node) for (const child of node.children as PhrasingContent[]) collectTokens(child, tokens, start);
  }
}

/** Splits plain text into identifiers, numbers, quoted strings and single punctuation characters. */
function lexText(text: string, start: { line: number; column: number }, tokens: Token[]): void {
  let line = start.line;
  let column = start.column;
  let index = 0;

  while (index < text.length) {
    const char = text[index]!;

    if (char === '\n') {
      line += 1;
      column = 1;
      index += 1;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r' || char === '\u00a0') {
      index += 1;
      column += 1;
      continue;
    }

    const tokenStart = index;
    let kind: TokenKind;
    let value: string;
    if (isIdentifierStart(char)) {
      while (index < text.length && isIdentifierPart(text[index]!)) index += 1;
      kind = 'identifier';
      value = text.slice(tokenStart, index);
    } else if (isDigit(char)) {
      while (index < text.length && (isDigit(text[index]!) || text[index] === '.')) index += 1;
      kind = 'number';
      value = text.slice(tokenStart, index);
    } else if (char === '"' || char === "'") {
      index += 1;
      while (index < text.length && text[index] !== char) index += text[index] === '\\' ? 2 : 1;
      kind = 'string';
      value = unescapeQuoted(text.slice(tokenStart + 1, Math.min(index, text.length)));
      index = Math.min(index + 1, text.length);
    } else {
      index += 1;
      kind = 'punctuation';
      value = char;
    }

    tokens.push({ kind, text: value, line, column });
    column += index - tokenStart;
  }
}

function unescapeQuoted(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\\' && index + 1 < text.length) {
      index += 1;
      result += text[index];
    } else {
      result += char;
    }
  }
  return result;
}

function isIdentifierStart(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_' || char === '$' || char > '\u007f';
}

function isIdentifierPart(char: string): boolean {
  return isIdentifierStart(char) || isDigit(char);
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

export function isPunctuation(token: Token, char: string): boolean {
  return token.kind === 'punctuation' && token.text === char && PUNCTUATION.has(char);
}
