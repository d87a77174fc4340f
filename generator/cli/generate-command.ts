import type { CommandIo } from './io.js';

/** Generates TypeScript from model docs, or with `check` compares the result with the output folder. */
export async function runGenerateCommand(_args: string[], io: CommandIo, _options: { check: boolean }): Promise<number> {
  io.stderr('error: not available yet\n');
  return 2;
}
