import { lstatSync, readFileSync } from 'node:fs';
import { hasBanner } from '../emit/banner.js';
import { JSON_MARKER } from './names-manifest.js';

/**
 * Tells whether a file in the output folder was written by this tool: TypeScript files start with
 * the generated-file banner and JSON files with the `@generated` key. The tool overwrites and
 * removes only such files.
 */
export function isGeneratedText(path: string, text: string): boolean {
  if (path.endsWith('.json')) return text.startsWith(JSON_MARKER);
  return hasBanner(text);
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
