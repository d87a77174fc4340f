import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

const require = createRequire(import.meta.url);
let loaded: typeof TsMorph | undefined;

/**
 * Loads ts-morph on first use. It loads the TypeScript compiler it bundles, a large part of a
 * warm run's start-up, and a run whose model files all come from the cache never needs it.
 */
export function tsMorph(): typeof TsMorph {
  loaded ??= require('ts-morph') as typeof TsMorph;
  return loaded;
}
