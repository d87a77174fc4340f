import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { compareText, type DiagnosticBag } from '../diagnostics/diagnostic.js';

/** The text of one doc, with its path relative to the docs folder. */
export interface DocSource {
  file: string;
  text: string;
}

export interface ReadFolderOptions {
  /** Tells whether a doc path (relative, with `/` separators) takes part in the run; all `.md` files do by default. */
  include?: (file: string) => boolean;
}

/**
 * Reads every `.md` file under a folder, sorted by path so the result does not depend on the order
 * the file system lists them in. A file that is not UTF-8 text is reported and left out.
 */
export function readDocsFolder(folder: string, diagnostics: DiagnosticBag, options: ReadFolderOptions = {}): DocSource[] {
  const files = listMarkdownFiles(folder).sort(compareText);
  const docs: DocSource[] = [];

  for (const file of files) {
    if (options.include && !options.include(file)) continue;
    const text = decodeDoc(readFileSync(join(folder, file)), file, diagnostics);
    if (text !== undefined) docs.push({ file, text });
  }
  return docs;
}

function listMarkdownFiles(folder: string): string[] {
  const found: string[] = [];
  const visit = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(path);
      } else if (entry.name.toLowerCase().endsWith('.md') && (entry.isFile() || (entry.isSymbolicLink() && isFileInside(path)))) {
        found.push(relative(folder, path).split(sep).join(posix.sep));
      }
    }
  };
  visit(folder);
  return found;
}

function isFileInside(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes a doc as UTF-8, dropping a byte-order mark; reports binary files and invalid UTF-8. */
export function decodeDoc(bytes: Uint8Array, file: string, diagnostics: DiagnosticBag): string | undefined {
  if (bytes.includes(0)) {
    diagnostics.add({ code: 'binary-file', severity: 'error', message: 'the file contains NUL bytes and is not a text doc; remove it from the docs folder or exclude it', source: { file, line: 1, column: 1 } });
    return undefined;
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const line = lineOfFirstInvalidByte(bytes);
    diagnostics.add({ code: 'invalid-utf8', severity: 'error', message: 'the file is not valid UTF-8; save it as UTF-8', source: { file, line, column: 1 } });
    return undefined;
  }
}

function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index] !== 0x0a) continue;
    try {
      decoder.decode(bytes.subarray(start, index));
    } catch {
      return line;
    }
    line += 1;
    start = index + 1;
  }
  return line;
}
