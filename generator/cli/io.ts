/** Where a command writes its output; tests pass their own to capture it. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether standard error is a terminal, which turns on progress display. */
  isTerminal: boolean;
  cwd: string;
  /** Stops a long-running command such as `generate --watch`; the process aborts it on Ctrl-C. */
  signal?: AbortSignal;
  /** Environment variables; only the write hook for tests reads them. */
  env?: Record<string, string | undefined>;
}

export function processIo(): CommandIo {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  process.once('SIGTERM', () => controller.abort());
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTerminal: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    signal: controller.signal,
    env: process.env,
  };
}
