import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The namespaces that PHP-dialect docs write before a model name (`Components\Scorecard`). */
const NAMESPACE_REFERENCE = /\b(Components|Operations|Errors)\\([A-Za-z0-9_]+)/g;
/** Links between model docs (`../../Models/Components/Scorecard.md`). */
const DOC_LINK = /(\/Models\/(?:Components|Operations|Errors)\/)([A-Za-z0-9_]+)\.md/g;

/**
 * Writes `copies` copies of a docs folder into one folder and returns the number of docs. The
 * first copy is the original. In copy k every model gets the suffix `Copy<k>` in its file name,
 * its title, its links and the type names that refer to it. So the copies are distinct models,
 * and each refers only to models of its own copy.
 */
export function writeCorpusCopies(source: string, target: string, copies: number): number {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));

  for (let copy = 2; copy <= copies; copy += 1) {
    const suffix = `Copy${copy}`;
    for (const file of files) {
      const text = readFileSync(join(source, file), 'utf8');
      const renamed = text
        .replace(/^# ([^\n]+)/, (_, title: string) => `# ${title.trim()}${suffix}`)
        .replace(NAMESPACE_REFERENCE, (_, namespace: string, name: string) => `${namespace}\\${name}${suffix}`)
        .replace(DOC_LINK, (_, folder: string, name: string) => `${folder}${name}${suffix}.md`);
      const targetFile = join(target, file.replace(/([^/]+)\.md$/, `$1${suffix}.md`));
      mkdirSync(dirname(targetFile), { recursive: true });
      writeFileSync(targetFile, renamed);
    }
  }
  return files.length * copies;
}

/** Copies the given docs (paths relative to `source`) into `target`, keeping their paths so links still resolve. */
export function writeDocSubset(source: string, target: string, docs: Iterable<string>): number {
  rmSync(target, { recursive: true, force: true });
  let count = 0;
  for (const doc of docs) {
    const targetFile = join(target, doc);
    mkdirSync(dirname(targetFile), { recursive: true });
    cpSync(join(source, doc), targetFile);
    count += 1;
  }
  return count;
}
