import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../generator/cli/io.js';
import { main } from '../../generator/cli/main.js';
import { component, DocsFolders, objectDoc } from './php-docs.js';
import { docsAfter, docsBefore } from './render-fixture.js';

const folders = new DocsFolders();
afterAll(() => folders.removeAll());

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), isTerminal: false, cwd };
  const code = await main(['diff', ...args], io);
  return { code, stdout, stderr };
}

/** Writes two versions of the docs as the folders `old` and `new` of one temporary folder. */
function writeVersions(before: Record<string, string>, after: Record<string, string>): string {
  const files: Record<string, string> = {};
  for (const [file, text] of Object.entries(before)) files[`old/${file}`] = text;
  for (const [file, text] of Object.entries(after)) files[`new/${file}`] = text;
  return folders.write(files);
}

const employee = { [component('Employee')]: objectDoc('Employee', [{ name: 'id', type: '*string*', required: true }]) };
const employeeWithNickname = { [component('Employee')]: objectDoc('Employee', [{ name: 'id', type: '*string*', required: true }, { name: 'nickname', type: '*?string*' }]) };
const brokenEmployee = { [component('Employee')]: objectDoc('Employee', [{ name: 'id', type: 'array<', required: true }]) };

function git(cwd: string, ...args: string[]): void {
  const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
}

function revisionFolders(): string[] {
  return readdirSync(tmpdir()).filter((name) => name.startsWith('md-models-diff-revision-'));
}

describe('diff command', () => {
  it('exit code 0 without breaking changes', async () => {
    const root = writeVersions(employee, employeeWithNickname);
    const result = await run(['old', 'new'], root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No breaking changes.');
    expect(result.stdout).toContain('field `nickname` added: optional nullable string');
    expect(result.stderr).toBe('');
  });

  it('exit code 1 with breaking changes', async () => {
    const root = writeVersions(docsBefore(), docsAfter());
    const result = await run(['old', 'new'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('3 breaking changes');
  });

  it('json format', async () => {
    const root = writeVersions(docsBefore(), docsAfter());
    const result = await run(['--format', 'json', 'old', 'new'], root);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.before).toBe('old');
    expect(report.breaking).toBe(true);
    expect(report.summary.breakingChanges).toBe(3);
  });

  it('markdown format', async () => {
    const root = writeVersions(docsBefore(), docsAfter());
    const result = await run(['old', 'new', '--format=markdown'], root);
    expect(result.code).toBe(1);
    expect(result.stdout.startsWith('## Docs changes\n')).toBe(true);
  });

  it('breaking-only option', async () => {
    const root = writeVersions(docsBefore(), docsAfter());
    const result = await run(['--breaking-only', 'old', 'new'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('Team');
    expect(result.stdout).toContain('Models: 1 added');
  });

  it('max-models option', async () => {
    const root = writeVersions(docsBefore(), docsAfter());
    const result = await run(['--format', 'markdown', '--max-models', '1', 'old', 'new'], root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('…and 1 more model;');
  });

  it('help', async () => {
    const result = await run(['--help'], tmpdir());
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: md-models-ts diff');
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['invalid format', ['--format', 'html', 'old', 'new'], /error: invalid format `html`; expected text, markdown, json/],
    ['one argument', ['old'], /error: expected two versions of the docs \(old, then new\) but found 1 argument/],
    ['unknown option', ['--colour', 'old', 'new'], /error: Unknown option '--colour'/],
    ['missing folder', ['old', 'missing'], /error: docs folder `missing` not found/],
    ['invalid model limit', ['--max-models', '0', 'old', 'new'], /error: invalid --max-models `0`; expected a whole number of models, 1 or more/],
    ['file instead of folder', ['old', 'old/Models/Components/Employee.md'], /is a file, not a docs folder/],
  ];
  for (const [name, args, message] of usageErrors) {
    it(`exit code 2 for ${name}`, async () => {
      const root = writeVersions(employee, employee);
      const result = await run(args, root);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    });
  }

  it('exit code 2 for errors in the docs', async () => {
    const root = writeVersions(employee, brokenEmployee);
    const result = await run(['old', 'new'], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^new\/Models\/Components\/Employee\.md:8:\d+: error invalid-type: /m);
    expect(result.stderr).toContain('no change report was made');
    expect(result.stdout).toBe('');
  });

  describe('git revisions', () => {
    const repository = folders.write({ ...Object.fromEntries(Object.entries(employeeWithNickname).map(([file, text]) => [`docs/${file}`, text])) });
    git(repository, 'init', '-q');
    git(repository, 'add', '.');
    git(repository, 'commit', '-q', '-m', 'Add docs');
    writeFileSync(join(repository, 'docs', component('Employee')), employee[component('Employee')]!);

    it('revision against working tree', async () => {
      const before = revisionFolders();
      const result = await run(['HEAD:docs', 'docs'], repository);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('Docs changes from HEAD:docs to docs');
      expect(result.stdout).toContain('field `nickname` removed');
      expect(revisionFolders()).toEqual(before);
    });

    it('two revisions', async () => {
      const result = await run(['HEAD:docs', 'HEAD:./docs'], repository);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Models: 0 added, 0 removed, 0 renamed (guessed), 0 changed, 1 unchanged.');
    });

    it('unknown revision', async () => {
      const before = revisionFolders();
      const result = await run(['nope:docs', 'docs'], repository);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('error: cannot read `nope:docs` from git: the revision or the path does not exist; check both, with the path relative to the repository root\n');
      expect(revisionFolders()).toEqual(before);
    });

    it('revision read from a subfolder', async () => {
      const result = await run(['HEAD:docs', 'HEAD:./'], join(repository, 'docs'));
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('1 unchanged.');
    });

    it('file instead of folder in a revision', async () => {
      const result = await run(['HEAD:docs/Models/Components/Employee.md', 'docs'], repository);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('it is a blob, not a folder');
    });

    it('doc errors name the revision', async () => {
      writeFileSync(join(repository, 'docs', component('Employee')), brokenEmployee[component('Employee')]!);
      git(repository, 'commit', '-q', '-a', '-m', 'Break the docs');
      const result = await run(['HEAD~1:docs', 'HEAD:docs'], repository);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^HEAD:docs\/Models\/Components\/Employee\.md:8:\d+: error invalid-type: /m);
    });
  });
});
