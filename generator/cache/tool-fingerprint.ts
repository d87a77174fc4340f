import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareText } from '../diagnostics/diagnostic.js';

let fingerprint: string | undefined;

/**
 * Returns a hash of the generator's own source files, so a cache written by one version of the
 * tool is never read by another.
 */
export function toolFingerprint(): string {
  if (fingerprint !== undefined) return fingerprint;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const hash = createHash('sha256');
  for (const file of listFiles(root)) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  fingerprint = hash.digest('hex');
  return fingerprint;
}

function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length))
    .sort(compareText);
}
