import type { Dialect } from '../dialect.js';
import { parsePythonType } from '../type-expression/python-grammar.js';
import { countMarkers } from './detect-markers.js';

/** The dialect of Speakeasy's Python SDKs: `*Optional[str]*`, `Dict[str, *Any*]`, `[Nullable[models.X]](...)`. */
export const pythonDialect: Dialect = {
  name: 'python',
  detect: (docs) =>
    countMarkers(docs, [
      ['```python', 3],
      ['| *Optional[', 2],
      ['| *OptionalNullable[', 2],
      ['| *Nullable[', 2],
      ['| [models.', 2],
      ['| List[', 2],
      ['| Dict[str, ', 2],
      ['| *str*', 1],
    ]),
  parseType: parsePythonType,
  optionalImpliesNullable: false,
  nullability: 'exact',
  titleOnlyDocIsUnion: false,
};
