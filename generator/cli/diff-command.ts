import type { CommandIo } from './io.js';

/** Reports what changed between two versions of the docs. */
export async function runDiffCommand(_args: string[], io: CommandIo): Promise<number> {
  io.stderr('error: the diff command is not available yet\n');
  return 2;
}
