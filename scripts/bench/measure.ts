import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The cost of one child process, as reported by GNU time. */
export interface ProcessCost {
  /** Wall-clock seconds. */
  wall: number;
  /** User plus system CPU seconds. */
  cpu: number;
  /** Peak resident set size in MB. */
  maxRssMb: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Seconds before the child is killed. */
  timeoutSeconds?: number;
}

/**
 * Runs a command as a fresh process under `/usr/bin/time` and returns its wall time, CPU time and
 * peak memory. Throws when the command fails, with its error output.
 */
export function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): ProcessCost {
  const folder = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(folder, 'time.txt');
  try {
    const result = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: (options.timeoutSeconds ?? 900) * 1000,
    });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}:\n${result.stderr.slice(-3000)}`);
    const [wall, user, system, maxRssKb] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-4).map(Number);
    return { wall: wall!, cpu: user! + system!, maxRssMb: maxRssKb! / 1024, stdout: result.stdout, stderr: result.stderr };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Formats a number with a fixed count of significant decimals for the report. */
export function fixed(value: number, digits = 2): string {
  return value.toFixed(digits);
}
