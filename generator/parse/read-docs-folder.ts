import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { compareText, type DiagnosticBag } from '../diagnostics/diagnostic.js';

/** The text of one doc, with its path relative to the docs folder. */
export interface DocSource {
  file: string;
  text: string;
}

export interface ReadFolderOptions {
  /** Tells whether a doc path (relative, with `/` separators) takes part in the run; all `.md` files do by default. */
  include?: (file: string) => boolean;
  /** Largest doc read, in bytes; a larger doc is reported and left out. DEFAULT_MAX_DOC_BYTES by default. */
  maxDocBytes?: number;
}

/**
 * The default size limit of one doc: 32 MiB, above a hundred times the largest doc seen in real
 * SDKs (about 290 KB). It keeps one stray file from taking the whole run's memory.
 */
export const DEFAULT_MAX_DOC_BYTES = 32 * 1024 * 1024;

/**
 * Reads every `.md` file under a folder, sorted by path so the result does not depend on the order
 * the file system lists them in. A file that is not UTF-8 text, is larger than the size limit, or is
 * a symbolic link to a file outside the folder is reported and left out. Symbolic links to folders
 * are not followed.
 */
export function readDocsFolder(folder: string, diagnostics: DiagnosticBag, options: ReadFolderOptions = {}): DocSource[] {
  const root = realpathSync(folder);
  const files = listMarkdownFiles(folder, root, diagnostics).sort(compareText);
  const maxBytes = options.maxDocBytes ?? DEFAULT_MAX_DOC_BYTES;
  const docs: DocSource[] = [];

  for (const file of files) {
    if (options.include && !options.include(file)) continue;
    const bytes = readDocBytes(join(folder, file), file, maxBytes, diagnostics);
    if (bytes === undefined) continue;
    const text = decodeDoc(bytes, file, diagnostics);
    if (text !== undefined) docs.push({ file, text });
  }
  return docs;
}

function listMarkdownFiles(folder: string, root: string, diagnostics: DiagnosticBag): string[] {
  const found: string[] = [];
  const visit = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) visit(path);
        continue;
      }
      if (!entry.name.toLowerCase().endsWith('.md')) continue;
      const file = relative(folder, path).split(sep).join(posix.sep);
      if (entry.isFile() || (entry.isSymbolicLink() && isLinkToFileInside(path, root, file, diagnostics))) found.push(file);
    }
  };
  visit(folder);
  return found;
}

/** Tells whether a symbolic link leads to a file inside the docs folder; a link that leads outside is reported. */
function isLinkToFileInside(path: string, root: string, file: string, diagnostics: DiagnosticBag): boolean {
  let target: string;
  try {
    target = realpathSync(path);
  } catch {
    diagnostics.add({ code: 'broken-link-file', severity: 'warning', message: 'the symbolic link leads to no file and is skipped', source: { file, line: 1, column: 1 } });
    return false;
  }
  const inside = relative(root, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    diagnostics.add({ code: 'link-outside-docs', severity: 'error', message: 'the symbolic link leads to a file outside the docs folder and is not read; copy the doc into the folder instead', source: { file, line: 1, column: 1 } });
    return false;
  }
  try {
    return statSync(target).isFile();
  } catch {
    return false;
  }
}

/** Reads a doc's bytes, reporting a doc over the size limit or one that cannot be read. */
function readDocBytes(path: string, file: string, maxBytes: number, diagnostics: DiagnosticBag): Uint8Array | undefined {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) {
      diagnostics.add({ code: 'doc-too-large', severity: 'error', message: `the doc has ${size} bytes, more than the limit of ${maxBytes}; split it or raise the limit`, source: { file, line: 1, column: 1 } });
      return undefined;
    }
    return readFileSync(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    diagnostics.add({ code: 'unreadable-doc', severity: 'error', message: `the doc cannot be read (${reason})`, source: { file, line: 1, column: 1 } });
    return undefined;
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
