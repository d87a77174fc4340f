import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { loadConfig, wireNameOptions, type CodegenConfig } from '../config/load-config.js';
import { DEFAULT_INPUT, DEFAULT_OUT, displayPath, type GenerateOptions } from '../generate.js';
import { countOf } from '../text/plural.js';
import { readNamesManifest } from '../write/names-manifest.js';
import type { CommandIo } from './io.js';
import { reportDiagnostics, type Reporter } from './report-diagnostics.js';

/** The command-line options shared by `generate` and `check`. */
export interface CommandOptions {
  input?: string;
  out?: string;
  config?: string;
  reporter: Reporter;
  verbose: boolean;
  /** Whether warnings in the docs fail the run like errors. */
  warningsAsErrors?: boolean;
  /** Whether to print the time spent in each stage. */
  timings?: boolean;
  /** The docs' dialect by name, or `auto`; the configuration file's `dialect` when not given. */
  dialect?: string;
  /** The number of threads that parse docs; see `BuildOptions.jobs`. */
  jobs?: number;
}

/** The configuration of a run and the options it passes to `generate`. */
export interface RunSetup {
  config: CodegenConfig;
  generateOptions: GenerateOptions;
  /** The docs folder as printed, which doc diagnostics are relative to. */
  inputShown: string;
  outShown: string;
}

/**
 * Reads the configuration file and checks the docs folder. Returns the setup, or prints what is
 * wrong and returns undefined.
 */
export function prepareRun(options: CommandOptions, io: CommandIo): RunSetup | undefined {
  const display = (path: string): string => displayPath(io.cwd, path);
  const loaded = loadConfig({
    cwd: io.cwd,
    ...(options.config === undefined ? {} : { configFile: options.config }),
    ...(options.input === undefined ? {} : { input: options.input }),
    ...(options.out === undefined ? {} : { out: options.out }),
    defaultInput: DEFAULT_INPUT,
    defaultOut: DEFAULT_OUT,
    display,
  });
  if (loaded.diagnostics.length > 0) {
    reportDiagnostics(loaded.diagnostics, io, { root: '.', reporter: options.reporter, verbose: true });
    const count = loaded.diagnostics.length;
    io.stderr(`${countOf(count, 'error')} in the configuration; nothing was generated\n`);
    return undefined;
  }

  const { config } = loaded;
  if (!existsSync(config.input) || !statSync(config.input).isDirectory()) {
    const message = existsSync(config.input)
      ? `the docs folder ${display(config.input)} is a file, not a folder; pass the folder that contains it, ${display(dirname(config.input))}, with --input`
      : `the docs folder ${display(config.input)} does not exist; pass the folder of your model docs with --input`;
    reportDiagnostics([{ code: 'docs-folder-not-found', severity: 'error', message }], io, { root: '.', reporter: options.reporter, verbose: true });
    return undefined;
  }
  const previousNames = readNamesManifest(config.out);
  const generateOptions: GenerateOptions = {
    input: config.input,
    out: config.out,
    cwd: io.cwd,
    ...(config.file === undefined ? {} : { configFile: config.file }),
    ...(config.banner === '' ? {} : { bannerText: config.banner }),
    includeGlobs: config.include,
    excludeGlobs: config.exclude,
    wireNames: wireNameOptions(config),
    nullableFields: config.nullable,
    settingPositions: config.positions,
    enums: config.enums,
    openEnums: config.enums.open,
    fileNames: config.fileNames,
    unknownProperties: config.unknownProperties,
    ...(dialectOf(options, config) === 'auto' ? {} : { dialect: dialectOf(options, config) }),
    // The regenerate command repeats --dialect only when the configuration file would give another dialect.
    ...(options.dialect === undefined || options.dialect === config.dialect ? {} : { dialectOption: options.dialect }),
    checkExamples: config.checkExamples,
    warningsAsErrors: options.warningsAsErrors === true || config.warningsAsErrors,
    ...(previousNames ? { previousNames } : {}),
    ...(options.jobs === undefined ? {} : { jobs: options.jobs }),
  };
  return { config, generateOptions, inputShown: display(config.input), outShown: display(config.out) };
}

/** Resolves a path given on the command line. */
export function resolveFromCwd(io: CommandIo, path: string): string {
  return resolve(io.cwd, path);
}

function dialectOf(options: CommandOptions, config: CodegenConfig): string {
  return options.dialect ?? config.dialect;
}
