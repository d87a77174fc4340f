import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CommandIo } from '../../generator/cli/io.js';
import { main } from '../../generator/cli/main.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Writes docs into a new folder under test/, generates them with the given extra arguments and
 * imports the generated index. The folder is inside the repository, so the generated files import
 * the runtime the way the project compiles them. The caller removes `work` when done.
 */
export async function generateModule<Module>(prefix: string, docs: Record<string, string>, args: string[] = []): Promise<{ work: string; module: Module }> {
  const work = mkdtempSync(join(ROOT, 'test', `.tmp-${prefix}-`));
  for (const [file, text] of Object.entries(docs)) {
    mkdirSync(join(work, 'docs', file, '..'), { recursive: true });
    writeFileSync(join(work, 'docs', file), text);
  }
  const output: string[] = [];
  const io: CommandIo = { stdout: (text) => output.push(text), stderr: (text) => output.push(text), isTerminal: false, cwd: work };
  const exitCode = await main(['generate', '--input', 'docs', '--out', 'out', ...args], io);
  if (exitCode !== 0) throw new Error(`generate failed with exit code ${exitCode}:\n${output.join('')}`);

  const module = (await import(pathToFileURL(join(work, 'out', 'index.ts')).href)) as Module;
  return { work, module };
}

/** Builds a model doc with a Fields table of one required field. */
export function oneFieldDoc(title: string, field: string, typeCell: string): string {
  return [`# ${title}`, '', '## Fields', '', '| Field | Type | Required | Description |', '| ----- | ---- | -------- | ----------- |', `| \`${field}\` | ${typeCell} | :heavy_check_mark: | N/A |`, ''].join('\n');
}
