import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../generator/cli/main.js';
import type { CommandIo } from '../../generator/cli/io.js';

/** The repository root, from this file's location. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const SPEC_FOLDER = join(REPO_ROOT, 'spec');

/** A temporary project folder with `docs/` and `out/`; `remove` deletes it. */
export interface TempProject {
  root: string;
  docs: string;
  out: string;
  write(path: string, text: string): void;
  read(path: string): string;
  remove(): void;
}

/** Creates a temporary project whose `docs/` holds a copy of spec/ (or nothing when `empty`). */
export function tempProject(options: { empty?: boolean } = {}): TempProject {
  const root = mkdtempSync(join(tmpdir(), 'md-models-ts-workflow-'));
  const docs = join(root, 'docs');
  const out = join(root, 'out');
  if (options.empty) mkdirSync(docs);
  else cpSync(SPEC_FOLDER, docs, { recursive: true });
  return {
    root,
    docs,
    out,
    write(path, text) {
      const target = join(root, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    },
    read(path) {
      return readFileSync(join(root, path), 'utf8');
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** The captured output and exit code of one command-line run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process with the project as working directory. */
export async function run(project: TempProject, args: string[], extra: Partial<CommandIo> = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTerminal: false,
    cwd: project.root,
    env: {},
    ...extra,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** Lists the files of a folder (not recursive) with their text, sorted by name. */
export function snapshotFolder(folder: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const name of readdirSync(folder).sort()) {
    if (name === '.md-models-ts-cache.json') continue;
    result[name] = readFileSync(join(folder, name), 'utf8');
  }
  return result;
}

/** A small enum doc. */
export function enumDoc(name: string, values: string[]): string {
  const rows = values.map((value) => `| \`${value}\` | ${value} |`).join('\n');
  return `# ${name}\n\n## Values\n\n| Name | Value |\n| ---- | ----- |\n${rows}\n`;
}

/** A small object doc with string fields. */
export function objectDoc(name: string, fields: string[], description = ''): string {
  const rows = fields.map((field) => `| \`${field}\` | *string* | :heavy_check_mark: | The ${field}. |`).join('\n');
  return `# ${name}\n\n${description}\n\n## Fields\n\n| Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n${rows}\n`;
}
