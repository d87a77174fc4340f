import { isPunctuation, type Token } from './tokens.js';
import { codeSpan } from '../../text/code-span.js';

/** A syntax error in a Type cell, at the token where reading stopped. */
export class TypeSyntaxError extends Error {
  constructor(
    message: string,
    readonly token: Token,
    /** The diagnostic to report: `invalid-type` when not given. */
    readonly diagnostic: { code: string } = { code: 'invalid-type' },
  ) {
    super(message);
  }
}

/** A cursor over the tokens of one Type cell, for recursive-descent grammars. */
export class TokenStream {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index += 1;
    return token;
  }

  atEnd(): boolean {
    return this.peek().kind === 'end';
  }

  /** Consumes the punctuation character `char` if it comes next. */
  acceptPunctuation(char: string): boolean {
    if (!isPunctuation(this.peek(), char)) return false;
    this.next();
    return true;
  }

  /** Consumes the identifier `name` if it comes next. */
  acceptIdentifier(name: string): boolean {
    const token = this.peek();
    if (token.kind !== 'identifier' || token.text !== name) return false;
    this.next();
    return true;
  }

  expectPunctuation(char: string): Token {
    const token = this.peek();
    if (!isPunctuation(token, char)) throw new TypeSyntaxError(`expected \`${char}\` but found ${describeToken(token)}`, token);
    return this.next();
  }

  expectIdentifier(): Token {
    const token = this.peek();
    if (token.kind !== 'identifier') throw new TypeSyntaxError(`expected a type name but found ${describeToken(token)}`, token);
    return this.next();
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind !== 'end') throw new TypeSyntaxError(`unexpected ${describeToken(token)} after the end of the type`, token);
  }
}

export function describeToken(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'the end of the cell';
    case 'link-open':
      return `a link to \`${token.text}\``;
    case 'link-close':
      return 'the end of a link';
    case 'string':
      return `the string "${token.text}"`;
    default:
      return codeSpan(token.text);
  }
}
