import { DiagnosticBag } from '../diagnostics/diagnostic.js';
import { readDocsFolder, type ReadFolderOptions } from '../parse/read-docs-folder.js';
import { buildModelDocument, type BuildOptions, type BuildResult } from './build-model-document.js';

export interface LoadOptions extends BuildOptions, ReadFolderOptions {}

export interface LoadResult extends BuildResult {
  diagnostics: DiagnosticBag;
  /** Milliseconds per stage; `read` is reading the files. */
  timings: BuildResult['timings'] & { read: number };
}

/** Reads every doc in a folder into the intermediate model, collecting diagnostics instead of throwing. */
export function loadModelDocument(folder: string, options: LoadOptions = {}): LoadResult {
  const diagnostics = new DiagnosticBag();
  const readStart = performance.now();
  const docs = readDocsFolder(folder, diagnostics, options);
  const read = performance.now() - readStart;
  const built = buildModelDocument(docs, diagnostics, options);
  return { ...built, diagnostics, timings: { read, ...built.timings } };
}
