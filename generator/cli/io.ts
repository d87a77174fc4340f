import { abortOnSignal } from './signals.js';

/** Where a command writes its output; tests pass their own to capture it. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether standard error is a terminal, which turns on progress display. */
  isTerminal: boolean;
  cwd: string;
  /** The signal that stops a long-running command such as `generate --watch`. */
  signal?: AbortSignal;
  /**
   * Makes SIGINT and SIGTERM abort `signal` instead of ending the process, until the returned
   * function is called. Tests that abort `signal` themselves leave it out.
   */
  catchStopSignals?: () => () => void;
  /** Environment variables; only the write hook for tests reads them. */
  env?: Record<string, string | undefined>;
}

export function processIo(): CommandIo {
  const controller = new AbortController();
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTerminal: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    signal: controller.signal,
    catchStopSignals: () => abortOnSignal(controller),
    env: process.env,
  };
}
