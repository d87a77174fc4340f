import type { Dialect } from '../dialect.js';
import { parsePhpType } from '../type-expression/php-grammar.js';
import { countMarkers } from './detect-markers.js';
import { readPhpTypeWithBareArrays } from './php-bare-array.js';

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
  parseType: readPhpTypeWithBareArrays(parsePhpType),
  optionalImpliesNullable: true,
  nullability: 'optional-implies-nullable',
  titleOnlyDocIsUnion: false,
};
