import { lstatSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { hasBanner } from '../emit/banner.js';
import { JSON_MARKER, NAMES_MANIFEST_FILE } from './names-manifest.js';

/**
 * Tells whether a file in the output folder was written by this tool: a `.ts` file that starts
 * with the generated-file banner, or the names manifest, which starts with the `@generated` key.
 * The tool overwrites and removes only such files. A copy of a generated file under another kind
 * of name, such as `Pet.ts.bak`, keeps the banner but is not the tool's.
 */
export function isGeneratedText(path: string, text: string): boolean {
  const name = basename(path);
  if (name === NAMES_MANIFEST_FILE) return text.startsWith(JSON_MARKER);
  return name.endsWith('.ts') && hasBanner(text);
}

/** Tells whether `file` is a regular file (not a symbolic link) that this tool wrote. */
export function isGeneratedFile(file: string): boolean {
  try {
    return lstatSync(file).isFile() && isGeneratedText(file, readFileSync(file, 'utf8'));
  } catch {
    // A file that cannot be read (missing, removed meanwhile, no permission) counts as not generated.
    return false;
  }
}
