import { posix, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_JOBS, MIN_DOCS_PER_WORKER } from '../model/parallel-reading.js';
import { DIALECTS, findDialect } from '../parse/dialects/index.js';
import { runDiffCommand } from './diff-command.js';
import { DEFAULT_INPUT, DEFAULT_OUT } from '../generate.js';
import { runCheck } from './check-command.js';
import { generateOnce } from './generate-once.js';
import type { CommandIo } from './io.js';
import { REPORTERS, type Reporter } from './report-diagnostics.js';
import { prepareRun } from './run-setup.js';

const HELP = `Usage: md-models-ts generate [options]
       md-models-ts check [options]

generate reads the model docs and writes TypeScript models; check regenerates in memory and
compares the result with the output folder.

Options:
  --input <folder>        the docs folder (default: ${DEFAULT_INPUT}, or \`input\` in the configuration file)
  --out <folder>          the output folder (default: ${DEFAULT_OUT}, or \`out\` in the configuration file)
  --config <file>         the configuration file (default: codegen.yaml in the docs folder, when it exists)
  --ir <file>             also write the intermediate model as JSON to <file>
  --ir-only               write only the intermediate model (needs --ir)
  --keep-going            generate: when some docs have errors, still write the models of the other
                          docs (leaving out those that refer to a doc with errors) and exit with 2
  --watch                 generate: regenerate after every change to a doc or the configuration file
  --no-cache              generate: read every doc and emit every file afresh, ignoring the cache
  --max-diff-lines <n>    check: print at most <n> diff lines per stale file (default: 200; 0 prints none)
  --reporter <name>       text (default) or github, which prints GitHub Actions annotations
  --jobs <n>              the number of threads that parse docs (default: 1). Large folders only:
                          a worker thread starts for each ${MIN_DOCS_PER_WORKER} docs to parse
  --dialect <name>        the docs' SDK language: php, typescript, python, go, java, csharp or ruby (default: detected)
  --changes               generate: also print what changed in the models since the docs committed at git's HEAD
  --timings               print the milliseconds spent in each stage (read, parse, model, emit, write or compare)
  --verbose               also print info diagnostics (skipped docs, renamed models, inferred wire names)
  --warnings-as-errors    fail (exit code 2) when the docs have warnings, such as an invalid example
  -h, --help              show this help

Exit codes: 0 done (check: up to date), 1 check found stale output, 2 errors in the docs or the setup.`;

/** Runs `generate`, or `check` when `options.check` is set, and returns the exit code. */
export async function runGenerateCommand(args: string[], io: CommandIo, options: { check: boolean }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        input: { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string' },
        ir: { type: 'string' },
        'ir-only': { type: 'boolean', default: false },
        'keep-going': { type: 'boolean', default: false },
        watch: { type: 'boolean', default: false },
        'no-cache': { type: 'boolean', default: false },
        'max-diff-lines': { type: 'string' },
        reporter: { type: 'string', default: 'text' },
        verbose: { type: 'boolean', default: false },
        timings: { type: 'boolean', default: false },
        changes: { type: 'boolean', default: false },
        dialect: { type: 'string' },
        jobs: { type: 'string' },
        'warnings-as-errors': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return usageError(io, (error as Error).message);
  }
  if (parsed.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  for (const option of ['input', 'out', 'config', 'ir'] as const) {
    if (parsed[option] === '') return usageError(io, `--${option} needs a path; it was given an empty one`);
  }
  if (parsed.dialect !== undefined && parsed.dialect !== 'auto' && !findDialect(parsed.dialect)) {
    return usageError(io, `--dialect ${parsed.dialect} is not valid; expected auto or one of ${DIALECTS.map((dialect) => dialect.name).join(', ')}`);
  }
  if (parsed['ir-only'] && parsed.ir === undefined) return usageError(io, '--ir-only needs --ir <file> to say where the intermediate model goes');
  if (!REPORTERS.includes(parsed.reporter as Reporter)) return usageError(io, `--reporter ${parsed.reporter} is not valid; expected one of ${REPORTERS.join(', ')}`);
  const maxDiffLines = parsed['max-diff-lines'] === undefined ? undefined : Number(parsed['max-diff-lines']);
  if (maxDiffLines !== undefined && (!Number.isInteger(maxDiffLines) || maxDiffLines < 0)) {
    return usageError(io, `--max-diff-lines ${parsed['max-diff-lines']} is not valid; expected a whole number of 0 or more`);
  }
  const jobs = parsed.jobs === undefined ? undefined : Number(parsed.jobs);
  if (jobs !== undefined && (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS)) {
    return usageError(io, `--jobs ${parsed.jobs} is not valid; expected a whole number from 1 to ${MAX_JOBS}`);
  }
  if (options.check && parsed.watch) return usageError(io, '--watch works with generate, not with check');

  const common = {
    ...(parsed.input === undefined ? {} : { input: parsed.input }),
    ...(parsed.out === undefined ? {} : { out: parsed.out }),
    ...(parsed.config === undefined ? {} : { config: parsed.config }),
    reporter: parsed.reporter as Reporter,
    verbose: parsed.verbose,
    warningsAsErrors: parsed['warnings-as-errors'],
    timings: parsed.timings,
    ...(parsed.dialect === undefined ? {} : { dialect: parsed.dialect }),
    ...(jobs === undefined ? {} : { jobs }),
  };
  const runOptions = { ...common, ...(parsed.ir === undefined ? {} : { ir: parsed.ir }), irOnly: parsed['ir-only'], keepGoing: parsed['keep-going'], cache: !parsed['no-cache'] };
  if (parsed.watch) {
    // Loaded on demand, so runs without --watch do not load the file watcher.
    const { runWatch } = await import('./watch-command.js');
    return runWatch(runOptions, io);
  }

  const setup = prepareRun(common, io);
  if (!setup) return 2;
  if (options.check) return runCheck(setup, { ...common, ...(maxDiffLines === undefined ? {} : { maxDiffLines }) }, io);
  const exitCode = await generateOnce(setup, runOptions, io);
  if (exitCode === 0 && parsed.changes) await printDocsChanges(setup.config.input, io);
  return exitCode;
}

/**
 * Prints what changed in the models between the docs committed at git's HEAD and the docs on
 * disk, with the report of the diff command. The report informs; it does not change the exit code.
 */
async function printDocsChanges(input: string, io: CommandIo): Promise<void> {
  const shown = relative(io.cwd, input).split(sep).join(posix.sep) || '.';
  io.stderr(`\nChanges in the models since the docs committed at HEAD:\n`);
  const status = await runDiffCommand([`HEAD:./${shown}`, shown, '--format', 'text'], io);
  if (status === 2) io.stderr('note: the change report needs the docs folder in a git repository with a commit\n');
}

function usageError(io: CommandIo, message: string): number {
  io.stderr(`error: ${message}\n\n${HELP}\n`);
  return 2;
}
