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
    const invalid = locateFirstInvalidByte(bytes);
    const byte = bytes[invalid.offset]!.toString(16).toUpperCase().padStart(2, '0');
    const message = `the file is not valid UTF-8: the byte 0x${byte} at this column is not part of a valid UTF-8 sequence; save the file as UTF-8`;
    diagnostics.add({ code: 'invalid-utf8', severity: 'error', message, source: { file, line: invalid.line, column: invalid.column }, sourceLine: invalid.lineText });
    return undefined;
  }
}

const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/**
 * Finds the first byte that does not start a valid UTF-8 sequence, with its 1-based line and
 * column. The column counts UTF-16 code units of the decoded text before it, as the columns of
 * other diagnostics do. `lineText` is the line decoded with U+FFFD for the invalid bytes.
 */
export function locateFirstInvalidByte(bytes: Uint8Array): { offset: number; line: number; column: number; lineText: string } {
  const offset = firstInvalidUtf8Offset(bytes);
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    const byte = bytes[index];
    // `\r\n`, `\r` and `\n` each end a line, as in the markdown parser.
    if (byte === 0x0a || (byte === 0x0d && bytes[index + 1] !== 0x0a)) {
      line += 1;
      lineStart = index + 1;
    }
  }
  let lineEnd = offset;
  while (lineEnd < bytes.length && bytes[lineEnd] !== 0x0a && bytes[lineEnd] !== 0x0d) lineEnd += 1;

  const before = decoder.decode(bytes.subarray(lineStart, offset));
  const lineText = lenientDecoder.decode(bytes.subarray(lineStart, lineEnd));
  return { offset, line, column: before.length + 1, lineText };
}

/**
 * Returns the offset of the first byte that does not start a well-formed UTF-8 sequence (the
 * Unicode Standard, table 3-7), or the length when every sequence is well formed.
 */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    let length: number;
    let secondMin = 0x80;
    let secondMax = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) secondMin = 0xa0;
      if (lead === 0xed) secondMax = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) secondMin = 0x90;
      if (lead === 0xf4) secondMax = 0x8f;
    } else return index;

    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      const min = next === 1 ? secondMin : 0x80;
      const max = next === 1 ? secondMax : 0xbf;
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return index;
}
