import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, run, snapshotFolder, tempProject, type TempProject } from '../workflow/helpers.js';

/** Settings that change the generated text, so a run without them gives other files. */
const CI_CONFIG = 'enums:\n  shape: union\nbanner: Built for CI.\n';

/** A model file that the docs copied from spec/ produce. */
const MODEL_FILE = 'LmsCreateCompletionRequestDto.ts';

let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

/** Creates a temporary npm project whose `npm run generate` runs this checkout's command line. */
function npmProject(): TempProject {
  const created = tempProject();
  const script = `node ${JSON.stringify(join(REPO_ROOT, 'bin', 'md-models-ts.js'))} generate`;
  created.write('package.json', JSON.stringify({ name: 'banner-test', private: true, scripts: { generate: script } }));
  return created;
}

/** Returns the regenerate command in the banner of a generated model file. */
function bannerCommand(target: TempProject, file: string): string {
  const line = target.read(`out/${file}`).split('\n')[2]!;
  expect(line).toMatch(/^\/\/ Regenerate it with: /);
  return line.slice('// Regenerate it with: '.length);
}

/** Runs a banner command with the shell in the project root, where `npm run` runs its scripts. */
function runInShell(target: TempProject, command: string): void {
  execFileSync('sh', ['-c', command], { cwd: target.root, stdio: 'pipe', env: { ...process.env, npm_config_update_notifier: 'false' } });
}

describe('regenerate command in the banner', () => {
  it.each([
    { config: 'ci/md-models.yaml', command: 'npm run generate -- --input docs --out out --config ci/md-models.yaml' },
    { config: 'ci settings/md-models.yaml', command: "npm run generate -- --input docs --out out --config 'ci settings/md-models.yaml'" },
  ])('names --config $config and reproduces the output', async ({ config, command: expectedCommand }) => {
    project = npmProject();
    project.write(config, CI_CONFIG);
    expect((await run(project, ['generate', '--config', config, '--input', 'docs', '--out', 'out'])).code).toBe(0);
    const expected = snapshotFolder(project.out);
    const command = bannerCommand(project, MODEL_FILE);

    rmSync(project.out, { recursive: true });
    runInShell(project, command);
    expect(snapshotFolder(project.out)).toEqual(expected);
    expect(command).toBe(expectedCommand);
  }, 60_000);

  it('names --dialect and reproduces the output', async () => {
    project = npmProject();
    expect((await run(project, ['generate', '--dialect', 'php', '--input', 'docs', '--out', 'out'])).code).toBe(0);
    const expected = snapshotFolder(project.out);
    const command = bannerCommand(project, MODEL_FILE);

    rmSync(project.out, { recursive: true });
    runInShell(project, command);
    expect(command).toBe('npm run generate -- --input docs --out out --dialect php');
    expect(snapshotFolder(project.out)).toEqual(expected);
  }, 60_000);

  it('leaves out a --dialect the configuration file gives', async () => {
    project = npmProject();
    project.write('docs/codegen.yaml', 'dialect: php\n');
    expect((await run(project, ['generate', '--dialect', 'php', '--input', 'docs', '--out', 'out'])).code).toBe(0);
    expect(bannerCommand(project, MODEL_FILE)).toBe('npm run generate -- --input docs --out out');
  });

  it('is the same from another working directory', async () => {
    project = npmProject();
    project.write('ci/md-models.yaml', CI_CONFIG);
    expect((await run(project, ['generate', '--config', 'ci/md-models.yaml', '--input', 'docs', '--out', 'out'])).code).toBe(0);
    const fromRoot = snapshotFolder(project.out);

    rmSync(project.out, { recursive: true });
    const fromDocs = await run(project, ['generate', '--config', '../ci/md-models.yaml', '--input', '.', '--out', '../out'], { cwd: project.docs });
    expect(fromDocs.code).toBe(0);
    expect(snapshotFolder(project.out)).toEqual(fromRoot);
  });

  it('leaves out a --config file found without it', async () => {
    project = npmProject();
    expect((await run(project, ['generate', '--config', 'docs/codegen.yaml', '--input', 'docs', '--out', 'out'])).code).toBe(0);
    expect(bannerCommand(project, MODEL_FILE)).toBe('npm run generate -- --input docs --out out');
  });

  it('names a found file that moves the docs folder', async () => {
    project = npmProject();
    // Without options the tool reads spec/codegen.yaml, which points at docs/. A command naming
    // docs/ alone would read docs/codegen.yaml instead.
    project.write('spec/codegen.yaml', `input: ../docs\nout: ../out\n${CI_CONFIG}`);
    expect((await run(project, ['generate'])).code).toBe(0);
    const expected = snapshotFolder(project.out);
    const command = bannerCommand(project, MODEL_FILE);

    rmSync(project.out, { recursive: true });
    const args = command.replace('npm run generate -- ', '').split(' ');
    expect((await run(project, ['generate', ...args])).code).toBe(0);
    expect(snapshotFolder(project.out)).toEqual(expected);
    expect(command).toBe('npm run generate -- --input docs --out out --config spec/codegen.yaml');
  });

  it('names no configuration file when the run used none', async () => {
    project = npmProject();
    rmSync(join(project.docs, 'codegen.yaml'));
    expect((await run(project, ['generate', '--input', 'docs', '--out', 'out'])).code).toBe(0);
    expect(bannerCommand(project, MODEL_FILE)).toBe('npm run generate -- --input docs --out out');
  });
});
