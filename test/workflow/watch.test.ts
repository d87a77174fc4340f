import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../generator/cli/main.js';
import type { CommandIo } from '../../generator/cli/io.js';
import { enumDoc, tempProject, type TempProject } from './helpers.js';

let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** Polls until `condition` holds, failing after `timeoutMs`. */
async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('generate --watch', () => {
  it('regenerates after doc and configuration changes', async () => {
    project = tempProject();
    let stderr = '';
    const controller = new AbortController();
    const io: CommandIo = { stdout: () => {}, stderr: (text) => (stderr += text), isTerminal: false, cwd: project.root, signal: controller.signal, env: {} };
    const running = main(['generate', '--watch', '--input', 'docs', '--out', 'out'], io);
    const valueFile = join(project.out, 'LmsCreateCompletionRequestDtoValue.ts');
    const read = (): string => readFileSync(valueFile, 'utf8');

    try {
      await waitFor(() => stderr.includes('watching docs for changes'), 10_000, 'the watcher to start');
      expect(read()).not.toContain('Skip');

      project.write('docs/Models/Components/LmsCreateCompletionRequestDtoValue.md', enumDoc('LmsCreateCompletionRequestDtoValue', ['Pass', 'Fail', 'Skip']));
      await waitFor(() => read().includes('Skip: "Skip"'), 10_000, 'the output to change');

      const good = read();
      project.write('docs/Models/Components/LmsCreateCompletionRequestDtoValue.md', '# LmsCreateCompletionRequestDtoValue\n\n## Values\n\nno table here\n');
      await waitFor(() => stderr.includes('missing-table'), 10_000, 'the error report');
      expect(stderr).toContain('keeps its last good state');
      expect(read()).toBe(good);

      project.write('docs/Models/Components/LmsCreateCompletionRequestDtoValue.md', enumDoc('LmsCreateCompletionRequestDtoValue', ['Pass']));
      await waitFor(() => !read().includes('Fail'), 10_000, 'the output to recover');

      project.write('docs/codegen.yaml', 'banner: Watched banner.\n');
      await waitFor(() => read().includes('// Watched banner.'), 10_000, 'the configuration change');
    } finally {
      controller.abort();
      expect(await running).toBe(0);
    }
  });
});
