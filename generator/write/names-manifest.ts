import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from '../diagnostics/diagnostic.js';
import type { GeneratedFile } from '../emit/emit-files.js';
import type { NamesManifest } from '../emit/names.js';
import { escapeBidiControls } from '../text/bidi-controls.js';

/** The manifest of type names, kept in the output folder and committed with it. */
export const NAMES_MANIFEST_FILE = 'md-models-ts.names.json';

/** The first key of the manifest; the tool overwrites or removes a JSON file only when it starts with it. */
export const JSON_MARKER = '{\n  "@generated": "md-models-ts';

/** Prints the manifest as JSON sorted by doc path, with a marker that the tool wrote it. */
export function formatNamesManifest(manifest: NamesManifest): string {
  const names: NamesManifest['names'] = {};
  for (const doc of Object.keys(manifest.names).sort(compareText)) names[doc] = manifest.names[doc]!;
  const content = { '@generated': 'md-models-ts. Do not edit: the type name given to each doc, kept so names do not change between runs.', names };
  return escapeBidiControls(JSON.stringify(content, null, 2)) + '\n';
}

/** Returns the files a run writes to the output folder: the generated files and the names manifest, sorted by path. */
export function outputFiles(files: readonly GeneratedFile[], names: NamesManifest): GeneratedFile[] {
  const all = [...files, { path: NAMES_MANIFEST_FILE, content: formatNamesManifest(names) }];
  return all.sort((a, b) => compareText(a.path, b.path));
}

/** Reads the manifest of an output folder; a missing or unreadable manifest counts as none. */
export function readNamesManifest(outFolder: string): NamesManifest | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(outFolder, NAMES_MANIFEST_FILE), 'utf8'));
  } catch {
    return undefined;
  }
  const names = (parsed as { names?: unknown }).names;
  if (typeof names !== 'object' || names === null) return undefined;

  const result: NamesManifest = { names: {} };
  for (const [doc, entry] of Object.entries(names)) {
    const { model, type } = (entry ?? {}) as { model?: unknown; type?: unknown };
    if (typeof model === 'string' && typeof type === 'string') result.names[doc] = { model, type };
  }
  return result;
}
