import { readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { objectDoc, run, snapshotFolder, tempProject, type TempProject } from './helpers.js';

const ARGS = ['--input', 'docs', '--out', 'out'];
let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** Sets every output file's modification time to a fixed past time and returns it. */
function ageOutput(out: string): number {
  const past = new Date('2020-01-01T00:00:00Z');
  for (const name of readdirSync(out)) utimesSync(join(out, name), past, past);
  return past.getTime();
}

describe('incremental generate', () => {
  it('rewrites only files whose content changes', async () => {
    project = tempProject();
    project.write('docs/Models/Components/Employee.md', objectDoc('Employee', ['name'], 'A person.'));
    project.write('docs/Models/Components/Team.md', objectDoc('Team', ['title'], 'A team.'));
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    const past = ageOutput(project.out);

    project.write('docs/Models/Components/Employee.md', objectDoc('Employee', ['name'], 'A person who works here.'));
    const result = await run(project, ['generate', ...ARGS]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/7 models: 1 file written, 9 unchanged, 0 removed in [0-9.]+ s/);

    const touched = readdirSync(project.out).filter((name) => name !== '.md-models-ts-cache.json' && statSync(join(project!.out, name)).mtimeMs !== past);
    expect(touched).toEqual(['Employee.ts']);
    expect(project.read('out/Employee.ts')).toContain('A person who works here.');
  });

  it('writes what a run without the cache writes', async () => {
    project = tempProject();
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    project.write('docs/Models/Components/Employee.md', objectDoc('Employee', ['name', 'team']));
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    const cached = snapshotFolder(project.out);

    const fresh = tempProject();
    try {
      fresh.write('docs/Models/Components/Employee.md', objectDoc('Employee', ['name', 'team']));
      expect((await run(fresh, ['generate', ...ARGS, '--no-cache'])).code).toBe(0);
      expect(snapshotFolder(fresh.out)).toEqual(cached);
    } finally {
      fresh.remove();
    }
  });

  it('ignores a corrupt cache file', async () => {
    project = tempProject();
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    const expected = snapshotFolder(project.out);
    project.write('out/.md-models-ts-cache.json', '{"version": 1, "tool": "x", "readings": ');
    rmSync(join(project.out, 'index.ts'));

    const result = await run(project, ['generate', ...ARGS]);
    expect(result.code).toBe(0);
    expect(snapshotFolder(project.out)).toEqual(expected);
  });

  it('touches nothing when nothing changed', async () => {
    project = tempProject();
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    const past = ageOutput(project.out);
    const result = await run(project, ['generate', ...ARGS]);
    expect(result.stderr).toMatch(/0 files written, 8 unchanged/);
    for (const name of readdirSync(project.out)) expect(statSync(join(project.out, name)).mtimeMs).toBe(past);
  });
});

describe('run cache', () => {
  it('parses only the changed doc', async () => {
    const { RunCache } = await import('../../generator/cache/run-cache.js');
    const { generate } = await import('../../generator/generate.js');
    project = tempProject();
    const cacheFile = join(project.root, 'cache.json');
    const options = { input: project.docs, out: project.out, cwd: project.root };

    const first = RunCache.open(cacheFile);
    generate({ ...options, cache: first });
    first.save();
    expect(first.stats).toEqual({ docsReused: 0, docsParsed: 5, entriesRejected: 0 });

    project.write('docs/Models/Components/LmsCreateCompletionRequestDtoResult.md', objectDoc('LmsCreateCompletionRequestDtoResult', ['value']));
    const second = RunCache.open(cacheFile);
    const result = generate({ ...options, cache: second });
    expect(second.stats).toEqual({ docsReused: 4, docsParsed: 1, entriesRejected: 0 });
    expect(result.files.find((file) => file.path === 'LmsCreateCompletionRequestDtoResult.ts')?.content).toContain('value');
  });
});
