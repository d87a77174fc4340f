import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { objectDoc, run, snapshotFolder, tempProject, type TempProject } from './helpers.js';

const ARGS = ['--input', 'docs', '--out', 'out'];
const CACHE = 'out/.md-models-ts-cache.json';
const DESCRIPTION = 'A person who works here.';

interface CacheEntries {
  readings: Record<string, Record<string, unknown>>;
  emitted: Record<string, Record<string, unknown>>;
}

let project: TempProject | undefined;
let fresh: TempProject | undefined;
afterEach(() => {
  project?.remove();
  fresh?.remove();
  project = undefined;
  fresh = undefined;
});

/** Generates the test docs twice, so the output folder contains a cache that the second run used. */
async function generateWithCache(): Promise<TempProject> {
  const created = tempProject();
  created.write('docs/Models/Components/Employee.md', objectDoc('Employee', ['name'], DESCRIPTION));
  expect((await run(created, ['generate', ...ARGS])).code).toBe(0);
  expect((await run(created, ['generate', ...ARGS])).code).toBe(0);
  return created;
}

/** Returns the output of a run without the cache on the same docs. */
async function outputWithoutCache(): Promise<Record<string, string>> {
  fresh = tempProject();
  fresh.write('docs/Models/Components/Employee.md', objectDoc('Employee', ['name'], DESCRIPTION));
  expect((await run(fresh, ['generate', ...ARGS, '--no-cache'])).code).toBe(0);
  return snapshotFolder(fresh.out);
}

/** Rewrites the cache file through `edit`, keeping it valid JSON. */
function editCache(target: TempProject, edit: (cache: CacheEntries) => void): void {
  const cache = JSON.parse(target.read(CACHE)) as CacheEntries;
  edit(cache);
  writeFileSync(join(target.root, CACHE), JSON.stringify(cache));
}

/** Replaces the description in every string field of the entries, leaving their digests as they were. */
function forgeDescription(entries: Record<string, Record<string, unknown>>): number {
  let edited = 0;
  for (const entry of Object.values(entries)) {
    for (const [field, value] of Object.entries(entry)) {
      if (field === 'digest' || typeof value !== 'string' || !value.includes(DESCRIPTION)) continue;
      entry[field] = value.replaceAll(DESCRIPTION, 'A forged description.');
      edited += 1;
    }
  }
  return edited;
}

describe('run cache integrity', () => {
  it('ignores an edited emitted file', async () => {
    project = await generateWithCache();
    editCache(project, (cache) => expect(forgeDescription(cache.emitted)).toBe(1));

    const result = await run(project, ['generate', ...ARGS]);
    expect(result.code).toBe(0);
    expect(snapshotFolder(project.out)).toEqual(await outputWithoutCache());
    expect(result.stderr).toContain('note: 1 cache entry in out/.md-models-ts-cache.json did not match its digest');
    expect(project.read('out/Employee.ts')).toContain(DESCRIPTION);
  });

  it('ignores an edited doc reading', async () => {
    project = await generateWithCache();
    editCache(project, (cache) => expect(forgeDescription(cache.readings)).toBe(1));

    const result = await run(project, ['generate', ...ARGS]);
    expect(result.code).toBe(0);
    expect(snapshotFolder(project.out)).toEqual(await outputWithoutCache());
    expect(result.stderr).toContain('note: 1 cache entry in out/.md-models-ts-cache.json did not match its digest');
  });

  it('ignores entries moved to another key', async () => {
    project = await generateWithCache();
    editCache(project, (cache) => {
      const [first, second] = Object.keys(cache.emitted);
      [cache.emitted[first!], cache.emitted[second!]] = [cache.emitted[second!]!, cache.emitted[first!]!];
    });

    const result = await run(project, ['generate', ...ARGS]);
    expect(result.code).toBe(0);
    expect(snapshotFolder(project.out)).toEqual(await outputWithoutCache());
    expect(result.stderr).toContain('note: 2 cache entries in out/.md-models-ts-cache.json did not match their digest');
  });

  it('ignores entries of the wrong shape', async () => {
    project = await generateWithCache();
    editCache(project, (cache) => {
      for (const key of Object.keys(cache.readings)) cache.readings[key] = { reading: 5 };
      for (const key of Object.keys(cache.emitted)) cache.emitted[key] = null as unknown as Record<string, unknown>;
    });

    const result = await run(project, ['generate', ...ARGS]);
    expect(result.code).toBe(0);
    expect(snapshotFolder(project.out)).toEqual(await outputWithoutCache());
  });

  it('agrees with check after an edited cache', async () => {
    project = await generateWithCache();
    editCache(project, (cache) => {
      forgeDescription(cache.readings);
      forgeDescription(cache.emitted);
    });

    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    const check = await run(project, ['check', ...ARGS]);
    expect(check.stderr).toContain('out is up to date');
    expect(check.code).toBe(0);
  });

  it('repairs the rejected entries when it saves', async () => {
    project = await generateWithCache();
    const intact = project.read(CACHE);
    editCache(project, (cache) => {
      forgeDescription(cache.readings);
      forgeDescription(cache.emitted);
    });

    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    expect(JSON.parse(project.read(CACHE))).toEqual(JSON.parse(intact));
    const again = await run(project, ['generate', ...ARGS]);
    expect(again.stderr).not.toContain('did not match');
  });

  it('check ignores an edited cache', async () => {
    project = await generateWithCache();
    editCache(project, (cache) => forgeDescription(cache.emitted));

    const check = await run(project, ['check', ...ARGS]);
    expect(check.code).toBe(0);
  });
});
