import type { Dialect } from '../dialect.js';
import { parsePhpType } from '../type-expression/php-grammar.js';

/** The dialect of Speakeasy's PHP SDKs: `*?string*`, `array<string, *mixed*>`, `[?Components\X](...)`. */
export const phpDialect: Dialect = {
  name: 'php',
  detect(docs) {
    let score = 0;
    for (const text of docs) {
      if (text.includes('](../../Models/')) score += 2;
      if (text.includes('array<') || text.includes('*?')) score += 1;
      if (text.includes('```php')) score += 2;
      if (text.includes('[\\DateTime]')) score += 2;
    }
    return score;
  },
  parseType: parsePhpType,
  optionalImpliesNullable: true,
};
