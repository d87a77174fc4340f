/** Where a command writes its output; tests pass their own to capture it. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether standard error is a terminal, which turns on progress display. */
  isTerminal: boolean;
  cwd: string;
}

export function processIo(): CommandIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTerminal: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
  };
}
