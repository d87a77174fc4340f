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
  if (first === undefined || first.startsWith('-')) return COMMANDS.generate!(argv, io);

  const command = COMMANDS[first];
  if (!command) {
    io.stderr(`error: unknown command \`${first}\`\n\n${USAGE}\n`);
    return 2;
  }
  return command(rest, io);
}
