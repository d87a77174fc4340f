import type { TypeExpression } from '../../model/types.js';
import type { Dialect, UnionMemberSource } from '../dialect.js';
import type { ParsedType, TypeCellContext } from '../type-expression/parsed-type.js';
import { parsePhpType } from '../type-expression/php-grammar.js';
import { TypeSyntaxError } from '../type-expression/token-stream.js';
import { tokenizeText } from '../type-expression/tokens.js';
import { countMarkers } from './detect-markers.js';

/**
 * The dialect of Speakeasy's PHP SDKs: `*?string*`, `array<string, *mixed*>`, `[?Components\X](...)`.
 * A bare `array` is a list or a map of unknown, since a PHP array may be associative.
 */
export const phpDialect: Dialect = {
  name: 'php',
  detect: (docs) =>
    countMarkers(docs, [
      ['```php', 3],
      ['[\\DateTime]', 2],
      ['| *?', 2],
      ['array<string, *mixed*>', 2],
      ['[Components\\', 2],
      ['[?Components\\', 2],
      ['[Operations\\', 2],
    ]),
  parseType: parsePhpType,
  readUnionMember: readPhpUnionMember,
  optionalImpliesNullable: true,
  nullability: 'optional-implies-nullable',
  titleOnlyDocIsUnion: false,
};

/**
 * Reads a PHP union member from its heading. A bare `array` heading gives only "list or map", so
 * the `@var` annotation of the code block under it, such as `@var array<string, mixed>`, gives the
 * member's type when the block has one.
 */
function readPhpUnionMember(member: UnionMemberSource, context: TypeCellContext): ParsedType {
  const annotation = member.label === 'array' && member.code !== undefined ? varAnnotation(member.code) : undefined;
  if (annotation !== undefined) {
    const note = (reason: string): void => {
      const message = `the \`@var\` annotation of the union member \`array\` ${reason}, so the member is a list or a map of any values`;
      context.note?.('unread-var-annotation', message, annotation.start);
    };
    try {
      const annotated = parsePhpType(tokenizeText(annotation.text, annotation.start), context);
      // The heading makes the member an array, so an annotation of another type is not the member's.
      if (isArrayType(annotated.type)) return annotated;
      note('names a type that is not an array');
    } catch (error) {
      // The heading is still a valid member, so an annotation that cannot be read only loses precision.
      if (!(error instanceof TypeSyntaxError)) throw error;
      note(`cannot be read (${error.message})`);
    }
  }
  return parsePhpType(member.headingTokens, context);
}

/** Tells whether a type is a list or a map, or a union of them, as a PHP array is. */
function isArrayType(type: TypeExpression): boolean {
  if (type.kind === 'union') return type.members.every(isArrayType);
  return type.kind === 'array' || type.kind === 'map';
}

/** Finds the type of the first `@var` annotation in a code block, with the position of its first character. */
function varAnnotation(code: NonNullable<UnionMemberSource['code']>): { text: string; start: { line: number; column: number } } | undefined {
  const lines = code.value.split('\n');
  for (const [index, line] of lines.entries()) {
    // The type ends before a closing `*/` or the variable name that PHPDoc allows after it.
    const match = /@var\s+(\S.*?)\s*(?:\$\w+\s*)?(?:\*\/\s*)?$/.exec(line);
    if (match === null) continue;
    const column = line.indexOf(match[1]!, match.index) + 1;
    // Annotations may write a class name in full (`\Vendor\Models\Components\X`), and Type cells
    // write `Components\X`. Spaces replace the prefix, so the positions of the tokens stay right.
    let text = match[1]!.replace(/\\?(?:[A-Za-z_]\w*\\)*Models\\(?=(?:Components|Operations|Errors)\\)/g, (prefix) => ' '.repeat(prefix.length));
    // `X[]` is PHPDoc for a list of X.
    if (/^[^<>|]+\[\]$/.test(text.trim())) text = `array<${text.trim().slice(0, -2)}>`;
    return { text, start: { line: code.line + index, column: code.column + column - 1 } };
  }
  return undefined;
}
