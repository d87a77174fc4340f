import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { CommandIo } from '../../generator/cli/io.js';
import { main } from '../../generator/cli/main.js';

let cwd: string;

function writeEnum(values: string[]): void {
  const folder = join(cwd, 'docs', 'Models', 'Components');
  mkdirSync(folder, { recursive: true });
  const rows = values.map((value) => `| \`${value}\` | ${value} |`);
  writeFileSync(join(folder, 'Status.md'), ['# Status', '', '## Values', '', '| Name | Value |', '| ---- | ----- |', ...rows, ''].join('\n'));
}

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'md-models-changes-'));
  const git = (...args: string[]): void => void execFileSync('git', args, { cwd, stdio: 'ignore' });
  git('init', '-q');
  writeEnum(['Active']);
  git('add', '-A');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.com', 'commit', '-qm', 'docs');
});

afterEach(() => {
  rmSync(cwd, { recursive: true, force: true });
});

it('generate --changes reports changes since HEAD', async () => {
  writeEnum(['Active', 'Archived']);
  let stdout = '';
  const io: CommandIo = { stdout: (text) => void (stdout += text), stderr: () => undefined, isTerminal: false, cwd };

  const exitCode = await main(['generate', '--input', 'docs', '--out', 'out', '--changes'], io);

  expect(exitCode).toBe(0);
  expect(stdout).toContain('enum value `Archived` added');
  expect(stdout).toContain('Models: 0 added, 0 removed, 0 renamed (guessed), 1 changed, 0 unchanged.');
});
