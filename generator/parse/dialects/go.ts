import type { Dialect, UnionMemberSource } from '../dialect.js';
import { parseGoType } from '../type-expression/go-grammar.js';
import type { ParsedType, TypeCellContext } from '../type-expression/parsed-type.js';
import { TypeSyntaxError } from '../type-expression/token-stream.js';
import { tokenizeText } from '../type-expression/tokens.js';
import { countMarkers } from './detect-markers.js';

/** The dialect of Speakeasy's Go SDKs: `` `*string` ``, `map[string]`any``, `[][components.X](...)`. */
export const goDialect: Dialect = {
  name: 'go',
  detect: (docs) =>
    countMarkers(docs, [
      ['```go', 3],
      ['| `*string`', 2],
      ['| `string`', 1],
      ['| map[string]', 2],
      ['| [][', 2],
      ['| []`', 2],
      ['`*float64`', 2],
      ['`int64`', 1],
    ]),
  parseType: parseGoType,
  optionalImpliesNullable: false,
  nullability: 'optional-or-nullable',
  readUnionMember: readGoUnionMember,
  titleOnlyDocIsUnion: false,
};

/**
 * Matches the argument type of a Go union constructor call, `components.CreateXStr(string{/* values here *\/})`:
 * the text between the call's `(` and the composite literal's `{`. Each character class excludes the
 * delimiter that follows it, so matching is linear.
 */
const CONSTRUCTOR_ARGUMENT = /\(([^(){}\n]*)\{/;

/**
 * Reads a Go union member from the constructor call in its code block, because the Go docs leave
 * the heading empty for members that are not models (`string`, `[]string`).
 */
function readGoUnionMember(member: UnionMemberSource, context: TypeCellContext): ParsedType {
  const match = member.code === undefined ? null : CONSTRUCTOR_ARGUMENT.exec(member.code.value);
  if (match && member.code) {
    const before = member.code.value.slice(0, match.index + 1);
    const line = member.code.line + countNewlines(before);
    const lastNewline = before.lastIndexOf('\n');
    const column = (lastNewline === -1 ? member.code.column : 1) + before.length - (lastNewline + 1);
    return parseGoType(tokenizeText(match[1]!, { line, column }), context);
  }
  if (member.label !== '') return parseGoType(member.headingTokens, context);
  throw new TypeSyntaxError('the union member has an empty heading and no constructor call such as `CreateXStr(string{...})` in its code block', member.headingTokens[0]!);
}

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}
