import { runDiffCommand } from './diff-command.js';
import { runExportCommand } from './export-command.js';
import { runGenerateCommand } from './generate-command.js';
import type { CommandIo } from './io.js';
import { processIo } from './io.js';

const USAGE = `Usage: md-models-ts <command> [options]

Commands:
  generate   read model docs and write TypeScript models (the default command)
  check      regenerate in memory and compare with the output folder
  diff       report what changed between two versions of the docs
  export     write the models as JSON Schema or an OpenAPI 3.1 document

Run \`md-models-ts <command> --help\` for the options of a command.`;

type Command = (args: string[], io: CommandIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  generate: (args, io) => runGenerateCommand(args, io, { check: false }),
  check: (args, io) => runGenerateCommand(args, io, { check: true }),
  diff: runDiffCommand,
  export: runExportCommand,
};

/** Runs the command line and returns the process exit code. */
export async function main(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(USAGE + '\n');
    return 0;
  }
  const isDefault = first === undefined || first.startsWith('-');
  const command = isDefault ? COMMANDS.generate! : COMMANDS[first];
  if (!command) {
    io.stderr(`error: unknown command \`${first}\`\n\n${USAGE}\n`);
    return 2;
  }

  try {
    return await command(isDefault ? argv : rest, io);
  } catch (error) {
    const message = describeSetupError(error);
    if (message === undefined) throw error;
    io.stderr(`error: ${message}\n`);
    return 2;
  }
}

/** File-system errors that a wrong path or option causes, as opposed to bugs in the tool. */
const SETUP_ERROR_CODES: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'is not a folder, or a part of its path is a file',
  EISDIR: 'is a folder where a file is expected',
  EEXIST: 'already exists as a file where a folder is needed',
  ENAMETOOLONG: 'is too long a file name for this system',
  EACCES: 'cannot be accessed: permission denied',
  EPERM: 'cannot be changed: operation not permitted',
  EROFS: 'is on a read-only file system',
  ENOSPC: 'cannot be written: no space left on the device',
};

/**
 * Describes an error caused by the user's paths or docs in one line, or returns undefined for an
 * unexpected error, which is rethrown so its stack trace reaches the bug report.
 */
function describeSetupError(error: unknown): string | undefined {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return 'the docs nest too deeply to read (a type or a markdown block nested thousands of levels); simplify the doc';
  }
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const path = (error as NodeJS.ErrnoException | undefined)?.path;
  if (typeof code !== 'string' || !(code in SETUP_ERROR_CODES)) return undefined;
  return `${path ?? 'a path'} ${SETUP_ERROR_CODES[code]}; check the --input, --out, --ir and --config options`;
}
