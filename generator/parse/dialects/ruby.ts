import type { Dialect } from '../dialect.js';
import { parseRubyType } from '../type-expression/ruby-grammar.js';
import { countMarkers } from './detect-markers.js';

/** The dialect of Speakeasy's Ruby SDKs: `*T.nilable(::String)*`, `T::Array<[X](...)>`, `T::Hash[Symbol, *::Object*]`. */
export const rubyDialect: Dialect = {
  name: 'ruby',
  detect: (docs) =>
    countMarkers(docs, [
      ['```ruby', 3],
      ['T.nilable(', 3],
      ['T::Array', 2],
      ['T::Hash[', 2],
      ['| *::String*', 2],
      ['Crystalline::', 3],
    ]),
  parseType: parseRubyType,
  optionalImpliesNullable: false,
  nullability: 'optional-or-nullable',
  titleOnlyDocIsUnion: true,
};
