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
