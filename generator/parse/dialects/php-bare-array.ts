import type { TypeExpression } from '../../model/types.js';
import type { ParsedType, TypeCellContext } from '../type-expression/parsed-type.js';
import { TypeSyntaxError } from '../type-expression/token-stream.js';
import { isPunctuation, type Token } from '../type-expression/tokens.js';

/**
 * The type of a bare PHP `array`: a PHP array is a list or an associative array, so on the wire it
 * is a JSON array or a JSON object of any values.
 */
export const BARE_ARRAY_TYPE: TypeExpression = {
  kind: 'union',
  members: [
    { kind: 'array', items: { kind: 'unknown' } },
    { kind: 'map', values: { kind: 'unknown' } },
  ],
};

/**
 * Reads a PHP Type cell with a grammar, then widens each bare `array` (one without `<...>`) from a
 * list of unknown to `BARE_ARRAY_TYPE`. The grammar reads a bare `array` as it reads `array<mixed>`,
 * so the cell is read a second time with each bare `array` written as `array<string, mixed>`. A
 * place where the first reading has a list of unknown and the second a map of unknown is a bare `array`.
 */
// NOTE: this reads the cell twice because the PHP grammar returns the same type for `array` and
// `array<mixed>`. Once the grammar returns BARE_ARRAY_TYPE for a bare `array` itself, this wrapper can go.
export function readPhpTypeWithBareArrays(parse: (tokens: readonly Token[], context: TypeCellContext) => ParsedType) {
  return (tokens: readonly Token[], context: TypeCellContext): ParsedType => {
    const parsed = parse(tokens, context);
    const asMaps = rewriteBareArrays(tokens);
    if (asMaps === undefined) return parsed;

    let mapReading: ParsedType;
    try {
      // Links were already recorded by the first reading, so this one records nothing.
      mapReading = parse(asMaps, { resolveLink: (url) => context.resolveLink(url) });
    } catch (error) {
      if (error instanceof TypeSyntaxError) return parsed;
      throw error;
    }
    return { ...parsed, type: widenBareArrays(parsed.type, mapReading.type) };
  };
}

/** Returns the tokens with each bare `array` written as `array<string, mixed>`, or undefined when the cell has none. */
function rewriteBareArrays(tokens: readonly Token[]): Token[] | undefined {
  const rewritten: Token[] = [];
  let found = false;
  for (const [index, token] of tokens.entries()) {
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    const bare =
      token.kind === 'identifier' &&
      token.text === 'array' &&
      !(next !== undefined && isPunctuation(next, '<')) &&
      !(previous !== undefined && isPunctuation(previous, '\\'));
    if (!bare) {
      rewritten.push(token);
      continue;
    }
    found = true;
    const at = { line: token.line, column: token.column };
    rewritten.push(
      token,
      { kind: 'punctuation', text: '<', ...at },
      { kind: 'identifier', text: 'string', ...at },
      { kind: 'punctuation', text: ',', ...at },
      { kind: 'identifier', text: 'mixed', ...at },
      { kind: 'punctuation', text: '>', ...at },
    );
  }
  return found ? rewritten : undefined;
}

/** Replaces each list of unknown in `type` that `asMaps` reads as a map of unknown with `BARE_ARRAY_TYPE`. */
function widenBareArrays(type: TypeExpression, asMaps: TypeExpression): TypeExpression {
  if (isUnknownList(type) && asMaps.kind === 'map' && asMaps.values.kind === 'unknown') return structuredClone(BARE_ARRAY_TYPE);

  if (type.kind === 'array' && asMaps.kind === 'array') return { ...type, items: widenBareArrays(type.items, asMaps.items) };
  if (type.kind === 'map' && asMaps.kind === 'map') return { ...type, values: widenBareArrays(type.values, asMaps.values) };
  if (type.kind === 'union' && asMaps.kind === 'union' && type.members.length === asMaps.members.length) {
    return flattenUnion(type.members.map((member, index) => widenBareArrays(member, asMaps.members[index]!)));
  }
  return type;
}

function isUnknownList(type: TypeExpression): boolean {
  return type.kind === 'array' && type.items.kind === 'unknown';
}

/** Builds a union of the members, with the members of a nested union lifted into it. */
function flattenUnion(members: readonly TypeExpression[]): TypeExpression {
  return { kind: 'union', members: members.flatMap((member) => (member.kind === 'union' ? member.members : [member])) };
}
