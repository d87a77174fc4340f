import { existsSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { watch } from 'chokidar';
import { CONFIG_FILE_NAME } from '../config/load-config.js';
import { tsMorph } from '../emit/ts-morph.js';
import { stagingFolderFor } from '../write/write-output.js';
import { generateOnce, type GenerateRunOptions, type WatchSession } from './generate-once.js';
import type { CommandIo } from './io.js';
import { prepareRun } from './run-setup.js';

/** How long the watcher waits after a change for more changes before it regenerates. */
const DEBOUNCE_MS = 75;

/**
 * Runs the generator, then again after every change to a doc or the configuration file, until
 * `io.signal` aborts, which SIGINT and SIGTERM do while the watcher waits for changes. A run with
 * errors reports them and writes nothing, so the output keeps its last good state, and the watcher
 * goes on. Returns 0 when stopped.
 */
export async function runWatch(options: GenerateRunOptions, io: CommandIo): Promise<number> {
  const session: WatchSession = {};
  const runOnce = (): void => {
    try {
      const setup = prepareRun(options, io);
      if (setup && generateOnce(setup, options, io, session) !== 0) io.stderr('the output keeps its last good state; fix the docs and save to regenerate\n');
    } catch (error) {
      // A failed run must not stop the watcher; the next change tries again.
      io.stderr(`error: the run failed: ${(error as Error).stack ?? String(error)}\n`);
    }
  };
  runOnce();

  // The folders come from the configuration, so the first setup decides what is watched.
  // NOTE: a later change of `input` or `out` in the configuration file does not move the watch.
  const setup = prepareRun({ ...options, verbose: false }, { ...io, stderr: () => {} });
  const input = setup?.config.input ?? resolve(io.cwd, options.input ?? 'spec');
  const configFile = setup?.config.file ?? (options.config === undefined ? join(input, CONFIG_FILE_NAME) : resolve(io.cwd, options.config));
  const out = setup?.config.out;
  const ignored = out === undefined ? [] : [out, stagingFolderFor(out)];

  // The folder watch covers a configuration file inside it. A file outside it is added only when it
  // exists, because chokidar 5.0.0 reports `ready` twice and then no changes at all when a path
  // that does not exist is watched beside a folder.
  const paths = configFile.startsWith(input + sep) || !existsSync(configFile) ? [input] : [input, configFile];
  const watcher = watch(paths, {
    ignoreInitial: true,
    ignored: (path: string) => ignored.some((folder) => path === folder || path.startsWith(folder + '/')),
  });
  let timer: NodeJS.Timeout | undefined;
  let releaseStopSignals = io.catchStopSignals?.();
  watcher.on('all', (_event, path) => {
    if (!path.toLowerCase().endsWith('.md') && resolve(path) !== configFile) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      io.stderr(`change in ${path.startsWith(input) ? path.slice(input.length + 1) : path}; regenerating\n`);
      // A signal during a run ends the process at once; see signals.ts.
      releaseStopSignals?.();
      runOnce();
      releaseStopSignals = io.catchStopSignals?.();
    }, DEBOUNCE_MS);
  });
  await new Promise<void>((ready) => watcher.once('ready', () => ready()));
  // A run with a warm cache does not load ts-morph; loading it now keeps that cost out of the first change.
  tsMorph();
  io.stderr(`watching ${setup?.inputShown ?? input} for changes; press Ctrl-C to stop\n`);

  await new Promise<void>((stopped) => {
    if (io.signal?.aborted) stopped();
    io.signal?.addEventListener('abort', () => stopped(), { once: true });
  });
  clearTimeout(timer);
  await watcher.close();
  releaseStopSignals?.();
  return 0;
}
