import type { Dialect } from '../dialect.js';
import { parseJavaType } from '../type-expression/java-grammar.js';
import { countMarkers } from './detect-markers.js';

/** The dialect of Speakeasy's Java SDKs: `*JsonNullable\<String>*`, `List\<[X](...)>`, `Map\<String, *Object*>`. */
export const javaDialect: Dialect = {
  name: 'java',
  detect: (docs) =>
    countMarkers(docs, [
      ['```java', 3],
      ['JsonNullable\\<', 3],
      ['Optional\\<', 3],
      ['List\\<', 2],
      ['Map\\<String', 2],
      ['[OffsetDateTime]', 2],
    ]),
  parseType: parseJavaType,
  optionalImpliesNullable: false,
  nullability: 'optional-or-nullable',
  titleOnlyDocIsUnion: true,
};
