import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A docs folder written out from a git revision, and the way to delete it. */
export interface RevisionFolder {
  folder: string;
  /** Deletes the temporary folder; safe to call more than once. */
  remove(): void;
}

/** A failure to read a docs folder from git, with git's own message. */
export class GitRevisionError extends Error {}

/**
 * Writes the tree `<revision>:<path>` of the git repository around `cwd` into a new temporary
 * folder, with `git archive` and `tar`. The path follows git's rules: relative to the repository
 * root, or to `cwd` when it starts with `./`.
 */
export function extractGitRevision(treeish: string, cwd: string): RevisionFolder {
  const root = mkdtempSync(join(tmpdir(), 'md-models-diff-revision-'));
  const remove = (): void => rmSync(root, { recursive: true, force: true });
  try {
    const archive = join(root, 'docs.tar');
    const folder = join(root, 'docs');
    mkdirSync(folder);
    // `git archive` run in a subfolder keeps only that subfolder of the tree, so the tree is
    // resolved here and archived from the repository's top folder.
    const failure = `cannot read \`${treeish}\` from git`;
    const tree = run('git', ['rev-parse', '--verify', '--quiet', treeish], cwd, failure, 'the revision or the path does not exist; check both, with the path relative to the repository root');
    const type = run('git', ['cat-file', '-t', tree], cwd, failure);
    if (type !== 'tree') throw new GitRevisionError(`${failure}: it is a ${type}, not a folder; pass the folder that contains the docs`);
    const top = run('git', ['rev-parse', '--show-toplevel'], cwd, 'cannot find the git repository');
    run('git', ['archive', '--format=tar', '-o', archive, tree], top, failure);
    run('tar', ['-xf', archive, '-C', folder], cwd, `cannot unpack \`${treeish}\``);
    return { folder, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Runs a command and returns its trimmed output; `silentFailure` explains a failure that prints nothing. */
function run(command: string, args: string[], cwd: string, failure: string, silentFailure?: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.error) throw new GitRevisionError(`${failure}: ${result.error.message}; check that \`${command}\` is installed`);
  if (result.status !== 0) {
    const detail = result.stderr.trim().split('\n').join('; ');
    if (detail === '' && silentFailure !== undefined) throw new GitRevisionError(`${failure}: ${silentFailure}`);
    throw new GitRevisionError(`${failure}: \`${command}\` exited with ${result.status}${detail === '' ? '' : `: ${detail}`}`);
  }
  return result.stdout.trim();
}
