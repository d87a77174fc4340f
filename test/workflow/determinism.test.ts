import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run, snapshotFolder, SPEC_FOLDER, tempProject, type TempProject } from './helpers.js';

const projects: TempProject[] = [];
afterEach(() => {
  for (const project of projects.splice(0)) project.remove();
});

/** Lists the spec docs as paths relative to spec/. */
function specDocs(): string[] {
  return readdirSync(SPEC_FOLDER, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.md'));
}

/** Creates a project whose docs are written in the given order, so the file system may list them differently. */
function projectWithDocs(order: string[]): TempProject {
  const project = tempProject({ empty: true });
  projects.push(project);
  for (const doc of order) project.write(join('docs', doc), readFileSync(join(SPEC_FOLDER, doc), 'utf8'));
  return project;
}

describe('generated output', () => {
  it('is the same whatever order the docs are created in', async () => {
    const docs = specDocs().sort();
    const forward = projectWithDocs(docs);
    const backward = projectWithDocs([...docs].reverse());
    expect((await run(forward, ['generate', '--input', 'docs', '--out', 'out'])).code).toBe(0);
    expect((await run(backward, ['generate', '--input', 'docs', '--out', 'out'])).code).toBe(0);
    expect(snapshotFolder(backward.out)).toEqual(snapshotFolder(forward.out));
  });

  it('holds no absolute paths, timestamps or CR line endings', async () => {
    const project = projectWithDocs(specDocs());
    expect((await run(project, ['generate', '--input', 'docs', '--out', 'out'])).code).toBe(0);
    for (const [name, text] of Object.entries(snapshotFolder(project.out))) {
      expect(text, name).not.toContain(project.root);
      expect(text, name).not.toContain('\r');
      const banner = text.split('\n').slice(0, 3).join('\n');
      expect(banner, name).not.toMatch(/\d\d:\d\d/);
      expect(text.endsWith('\n'), name).toBe(true);
    }
  });

  it('is the same in a second run', async () => {
    const project = projectWithDocs(specDocs());
    expect((await run(project, ['generate', '--input', 'docs', '--out', 'out'])).code).toBe(0);
    const first = snapshotFolder(project.out);
    expect((await run(project, ['generate', '--input', 'docs', '--out', 'out', '--no-cache'])).code).toBe(0);
    expect(snapshotFolder(project.out)).toEqual(first);
  });
});
