import { afterEach, describe, expect, it } from 'vitest';
import { objectDoc, run, tempProject, type TempProject } from './helpers.js';

let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** A project with enough docs for the progress display to turn on. */
function largeProject(): TempProject {
  const target = tempProject({ empty: true });
  for (let index = 0; index < 250; index += 1) target.write(`docs/Model${index}.md`, objectDoc(`Model${index}`, ['id']));
  return target;
}

describe('progress display', () => {
  it('draws on a terminal', async () => {
    project = largeProject();
    const result = await run(project, ['generate', '--input', 'docs', '--out', 'out'], { isTerminal: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('\r\x1b[K');
    expect(result.stderr).toMatch(/250 models: 253 files written, 0 unchanged, 0 removed in [0-9.]+ s/);
  });

  it('stays silent when output is not a terminal', async () => {
    project = largeProject();
    const result = await run(project, ['generate', '--input', 'docs', '--out', 'out'], { isTerminal: false });
    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toContain('\x1b');
  });
});
