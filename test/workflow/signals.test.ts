import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { STOP_AT_VARIABLE } from '../../generator/cli/generate-once.js';
import { stagingFolderFor } from '../../generator/write/write-output.js';
import { enumDoc, objectDoc, REPO_ROOT, run, tempProject, type TempProject } from './helpers.js';

const ARGS = ['--input', 'docs', '--out', 'out'];
const CLI = join(REPO_ROOT, 'bin/md-models-ts.js');
/** How long a stopped run may take to end. A run of the slow docs takes about 12 s on 2 cores. */
const STOP_BOUND_MS = 3000;

let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** Reads every file of a folder, recursively, as bytes, including the run cache. */
function folderBytes(folder: string): Record<string, Buffer> {
  const result: Record<string, Buffer> = {};
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(folder, name);
    if (statSync(path).isFile()) result[name] = readFileSync(path);
  }
  return result;
}

/** Adds two docs of 45,000 paragraphs each, which take seconds to parse, below the token limit. */
function addSlowDocs(target: TempProject): void {
  for (const name of ['SlowOne', 'SlowTwo']) target.write(`docs/Models/Components/${name}.md`, objectDoc(name, ['id'], 'a\n\n'.repeat(45000)));
}

interface StoppedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** Milliseconds from the signal to the exit of the process; undefined when it ended before the signal. */
  stopMs: number | undefined;
}

/** Starts `generate`, sends `signal` once the run is under way, and waits for the process to end. */
function stopGenerate(root: string, signal: NodeJS.Signals): Promise<StoppedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'generate', ...ARGS], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let sentAt: number | undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    // The signal may come while the tool still starts up or while it parses; both must stop it.
    const timer = setTimeout(() => {
      sentAt = performance.now();
      child.kill(signal);
    }, 2000);
    child.on('exit', (code, exitSignal) => {
      clearTimeout(timer);
      resolve({ code, signal: exitSignal, stderr, stopMs: sentAt === undefined ? undefined : performance.now() - sentAt });
    });
  });
}

/** Returns the exit status a shell reports: the code, or 128 plus the number of the signal that ended the process. */
function shellStatus(result: { code: number | null; signal: NodeJS.Signals | null }): number | null {
  if (result.signal === 'SIGINT') return 130;
  if (result.signal === 'SIGTERM') return 143;
  return result.code;
}

describe('stop signals', () => {
  for (const [signal, status] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    it(`${signal} stops a busy run`, async () => {
      project = tempProject();
      expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
      const before = folderBytes(project.out);
      addSlowDocs(project);

      const stopped = await stopGenerate(project.root, signal);
      expect(stopped.stopMs).toBeDefined();
      expect(stopped.stopMs!).toBeLessThan(STOP_BOUND_MS);
      expect(shellStatus(stopped)).toBe(status);
      expect(folderBytes(project.out)).toEqual(before);
    }, 60_000);
  }

  it('SIGTERM during a write waits for it', async () => {
    project = tempProject();
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    project.write('docs/Models/Components/Extra.md', enumDoc('Extra', ['A']));
    project.write('docs/Models/Components/Another.md', enumDoc('Another', ['B']));

    const stopped = spawnSync(process.execPath, [CLI, 'generate', ...ARGS], {
      cwd: project.root,
      env: { ...process.env, [STOP_AT_VARIABLE]: 'staged-file:1:SIGTERM' },
      encoding: 'utf8',
    });
    expect(stopped.signal).toBeNull();
    expect(stopped.status).toBe(143);
    expect(stopped.stderr).toContain('md-models-ts: stopped by SIGTERM; the output was written before it stopped');
    expect(existsSync(stagingFolderFor(project.out))).toBe(false);
    expect((await run(project, ['check', ...ARGS])).code).toBe(0);
  }, 60_000);
});
