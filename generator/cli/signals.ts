/**
 * SIGINT and SIGTERM handling for the command line.
 *
 * Node runs a signal listener only when the event loop turns, and the generator works
 * synchronously, so a listener would wait for the whole run. So no listener is attached while the
 * tool reads docs and generates code: the signal's default action ends the process at once, and the
 * shell reports 130 for SIGINT and 143 for SIGTERM. Nothing has been written then, and a staging
 * folder without a journal is removed by the next run. Listeners are attached only
 * - while output is written (`deferSignalsDuring`), so a write is never cut short: the listener runs
 *   after the write and exits with the same code and a one-line message;
 * - while `generate --watch` waits for changes (`abortOnSignal`), so the watcher closes cleanly.
 */

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type StopSignal = keyof typeof SIGNAL_EXIT_CODES;
const STOP_SIGNALS = Object.keys(SIGNAL_EXIT_CODES) as StopSignal[];

let writeDepth = 0;
/** Writes that finished less than one event-loop turn ago, whose signals Node has not delivered yet. */
let recentWrites = 0;
let pendingSignal: StopSignal | undefined;
let watchController: AbortController | undefined;
let listening = false;

function exitBySignal(signal: StopSignal, state: string): never {
  process.stderr.write(`md-models-ts: stopped by ${signal}; ${state}\n`);
  process.exit(SIGNAL_EXIT_CODES[signal]);
}

function handleSignal(signal: StopSignal): void {
  if (writeDepth > 0) {
    // A listener runs during a write only when the write is asynchronous. A second signal then
    // ends the process anyway.
    if (pendingSignal !== undefined) exitBySignal(signal, 'the write in progress was cut short; the next run completes or removes it');
    pendingSignal = signal;
    return;
  }
  if (recentWrites > 0) exitBySignal(signal, 'the output was written before it stopped');
  if (watchController !== undefined && !watchController.signal.aborted) {
    watchController.abort();
    return;
  }
  exitBySignal(signal, 'the output folder was not changed');
}

/** Attaches the listener while any phase needs it, and detaches it so that the default action applies otherwise. */
function updateListeners(): void {
  const needed = writeDepth > 0 || recentWrites > 0 || watchController !== undefined;
  if (needed === listening) return;
  for (const signal of STOP_SIGNALS) {
    if (needed) process.on(signal, handleSignal);
    else process.off(signal, handleSignal);
  }
  listening = needed;
}

/**
 * Runs `write` with SIGINT and SIGTERM held back, so that the output folder and the journal are
 * never left half-written by them. A signal that arrives during the write ends the process with
 * 130 or 143 once the write returns.
 */
export function deferSignalsDuring<T>(write: () => T): T {
  writeDepth += 1;
  updateListeners();
  try {
    return write();
  } finally {
    writeDepth -= 1;
    if (pendingSignal !== undefined) exitBySignal(pendingSignal, 'the output was written before it stopped');
    // Node delivers a signal caught during a synchronous write in the poll phase of the event loop.
    // The check phase that runs the first `setImmediate` callback can come before that poll, but
    // the second callback runs after it, so the listener stays attached until then. The pending
    // callbacks also keep the process alive until the signal is delivered.
    recentWrites += 1;
    setImmediate(() =>
      setImmediate(() => {
        recentWrites -= 1;
        updateListeners();
      }),
    );
  }
}

/**
 * Makes the first SIGINT or SIGTERM abort `controller` instead of ending the process, until the
 * returned function is called; a second signal ends the process. `generate --watch` calls it only
 * while it waits for changes, so a signal during a run still ends the process at once.
 */
export function abortOnSignal(controller: AbortController): () => void {
  watchController = controller;
  updateListeners();
  return () => {
    if (watchController === controller) watchController = undefined;
    updateListeners();
  };
}
