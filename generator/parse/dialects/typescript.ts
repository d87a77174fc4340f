import type { Dialect, EnumCodeReading } from '../dialect.js';
import { TokenStream, TypeSyntaxError, describeToken } from '../type-expression/token-stream.js';
import { tokenizeText } from '../type-expression/tokens.js';
import { parseTypeScriptType } from '../type-expression/typescript-grammar.js';
import { countMarkers } from './detect-markers.js';

/** The dialect of Speakeasy's TypeScript SDKs: `*string*`, `Record<string, *any*>`, `[shared.X](...)`. */
export const typescriptDialect: Dialect = {
  name: 'typescript',
  detect: (docs) =>
    countMarkers(docs, [
      ['```typescript', 3],
      ['| [shared.', 2],
      ['| *shared.', 2],
      ['| [operations.', 2],
      ['Record<string, ', 2],
      ['`Unrecognized<', 2],
      ['| *boolean*', 1],
      ['| *number*', 1],
    ]),
  parseType: parseTypeScriptType,
  optionalImpliesNullable: false,
  nullability: 'unstated',
  readEnumCode: readTypeScriptEnumCode,
  writesIntegersAsNumbers: true,
  titleOnlyDocIsUnion: false,
};

/**
 * Reads an enum written as a TypeScript union of literals, `"asc" | "desc" | Unrecognized<string>`;
 * the `Unrecognized<T>` member marks an open enum.
 */
function readTypeScriptEnumCode(code: string, start: { line: number; column: number }): EnumCodeReading {
  const stream = new TokenStream(tokenizeText(code, start));
  const reading: EnumCodeReading = { values: [], open: false };

  stream.acceptPunctuation('|');
  do {
    const token = stream.next();
    if (token.kind === 'string') {
      reading.values.push(token.text);
    } else if (token.kind === 'number' || (token.kind === 'punctuation' && token.text === '-' && stream.peek().kind === 'number')) {
      const digits = token.kind === 'number' ? token.text : `-${stream.next().text}`;
      reading.values.push(Number(digits));
    } else if (token.kind === 'identifier' && token.text === 'Unrecognized') {
      stream.expectPunctuation('<');
      const valueType = stream.expectIdentifier();
      stream.expectPunctuation('>');
      reading.open = true;
      if (valueType.text === 'number') reading.valueType = 'integer';
      else if (valueType.text === 'string') reading.valueType = 'string';
    } else {
      throw new TypeSyntaxError(`expected a quoted value, a number or Unrecognized<T> but found ${describeToken(token)}`, token);
    }
  } while (stream.acceptPunctuation('|'));
  stream.acceptPunctuation(';');
  stream.expectEnd();
  return reading;
}
