import type { Dialect } from '../dialect.js';
import { csharpDialect } from './csharp.js';
import { goDialect } from './go.js';
import { javaDialect } from './java.js';
import { phpDialect } from './php.js';
import { pythonDialect } from './python.js';
import { rubyDialect } from './ruby.js';
import { typescriptDialect } from './typescript.js';

/** Every dialect the parser reads. A new dialect is one module in this folder and one entry here. */
export const DIALECTS: readonly Dialect[] = [phpDialect, typescriptDialect, pythonDialect, goDialect, javaDialect, csharpDialect, rubyDialect];

export function findDialect(name: string): Dialect | undefined {
  return DIALECTS.find((dialect) => dialect.name === name);
}

/** Picks the dialect whose `detect` scores the sample of doc texts highest; PHP when none scores. */
export function detectDialect(docs: readonly string[]): Dialect {
  let best: Dialect = phpDialect;
  let bestScore = 0;
  for (const dialect of DIALECTS) {
    const score = dialect.detect(docs);
    if (score > bestScore) {
      best = dialect;
      bestScore = score;
    }
  }
  return best;
}
