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

/** A dialect and the score its `detect` gives a sample of docs. */
export interface DialectScore {
  dialect: Dialect;
  score: number;
}

/** Scores the doc texts with every dialect's `detect`, highest first; equal scores keep the order of DIALECTS. */
export function scoreDialects(docs: readonly string[]): DialectScore[] {
  const scores = DIALECTS.map((dialect) => ({ dialect, score: dialect.detect(docs) }));
  return scores.sort((a, b) => b.score - a.score);
}
