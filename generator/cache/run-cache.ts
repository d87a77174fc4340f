import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { DiagnosticBag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { CachedEmit, EmitCache } from '../emit/emit-files.js';
import type { Dialect } from '../parse/dialect.js';
import { readDoc, type DocReading } from '../parse/read-doc.js';
import { toolFingerprint } from './tool-fingerprint.js';

/** The name of the cache file, kept in the output folder. */
export const CACHE_FILE_NAME = '.md-models-ts-cache.json';

/** Version 2 added the `digest` of each entry. */
const CACHE_VERSION = 2;

interface CachedReading {
  /** The `DocReading` as JSON text, parsed afresh on every use because later stages change models in place. */
  reading: string;
  diagnostics: Diagnostic[];
  /** The SHA-256 of the entry's key and content, from `readingDigest`. */
  digest: string;
}

interface CachedEmitEntry extends CachedEmit {
  /** The SHA-256 of the entry's key and content, from `emitDigest`. */
  digest: string;
}

interface CacheFile {
  version: number;
  tool: string;
  readings: Record<string, CachedReading>;
  emitted: Record<string, CachedEmitEntry>;
}

/**
 * The cache of one output folder: doc readings keyed by a hash of the doc's path, dialect and
 * text, and emitted model files keyed by a hash of everything their emission reads. Entries not
 * used by a run are dropped when it is saved, so the file does not grow without bound. A cache
 * written by another version of the tool, or one that cannot be read, is ignored.
 *
 * Each entry stores a digest of its key and content, checked before the entry is used, so an
 * entry edited by hand or damaged on disk is computed afresh instead of reaching the output. The
 * digest catches edits and damage but not forgery, because anyone who can write the file can also
 * recompute a digest.
 */
export class RunCache {
  private oldReadings: Record<string, unknown>;
  private oldEmitted: Record<string, unknown>;
  private readings: Record<string, CachedReading> = {};
  private emitted: Record<string, CachedEmitEntry> = {};
  /** Entries already checked against their digest or built by this process, so the watcher checks each entry once. */
  private readonly verified = new WeakSet<object>();
  /**
   * How many docs the current run read from the cache and how many it parsed, and how many
   * entries (readings and emitted files) it ignored because they did not match their digest.
   */
  readonly stats = { docsReused: 0, docsParsed: 0, entriesRejected: 0 };
  private changed = false;

  private constructor(readonly file: string, old: CacheFile | undefined) {
    this.oldReadings = isRecord(old?.readings) ? old.readings : {};
    this.oldEmitted = isRecord(old?.emitted) ? old.emitted : {};
  }

  /** Opens the cache file, starting empty when it is missing, unreadable or from another tool version. */
  static open(file: string): RunCache {
    let old: CacheFile | undefined;
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
      if (parsed.version === CACHE_VERSION && parsed.tool === toolFingerprint()) old = parsed;
    } catch {
      old = undefined;
    }
    return new RunCache(file, old);
  }

  /**
   * Starts another run with the entries of the earlier ones, so a long-running process such as the
   * watcher keeps the cache in memory instead of reading the file again. Entries of every earlier
   * run are kept, because a run that stopped on errors emitted nothing.
   */
  startRun(): void {
    this.oldReadings = { ...this.oldReadings, ...this.readings };
    this.oldEmitted = { ...this.oldEmitted, ...this.emitted };
    this.readings = {};
    this.emitted = {};
    this.stats.docsReused = 0;
    this.stats.docsParsed = 0;
    this.stats.entriesRejected = 0;
    this.changed = false;
  }

  /**
   * A `readDoc` that returns the earlier reading of an unchanged doc, with its diagnostics, and
   * reads any other doc with `parse`.
   */
  readonly readDoc = (file: string, text: string, dialect: Dialect, diagnostics: DiagnosticBag, parse: typeof readDoc = readDoc): DocReading => {
    const key = this.readingKey(file, text, dialect);
    let entry = this.cachedReading(key);
    if (entry) {
      this.stats.docsReused += 1;
    } else {
      this.stats.docsParsed += 1;
      const own = new DiagnosticBag();
      const reading = JSON.stringify(parse(file, text, dialect, own));
      entry = { reading, diagnostics: own.items, digest: readingDigest(key, reading, own.items) };
      this.verified.add(entry);
      this.changed = true;
    }
    this.readings[key] = entry;
    for (const diagnostic of entry.diagnostics) diagnostics.add(diagnostic);
    return JSON.parse(entry.reading) as DocReading;
  };

  /**
   * Whether the cache contains a reading of this doc, so that `readDoc` would most likely not parse it.
   * The entry's digest is checked later, by `readDoc`.
   */
  readonly hasReading = (file: string, text: string, dialect: Dialect): boolean => {
    const key = this.readingKey(file, text, dialect);
    return this.readings[key] !== undefined || this.oldReadings[key] !== undefined;
  };

  /** The last reading key of each doc, so that `hasReading` and `readDoc` hash a doc's text once. */
  private readonly lastKeys = new Map<string, { text: string; dialect: string; key: string }>();

  private readingKey(file: string, text: string, dialect: Dialect): string {
    const last = this.lastKeys.get(file);
    if (last !== undefined && last.text === text && last.dialect === dialect.name) return last.key;
    const key = createHash('sha256').update(`${file}\0${dialect.name}\0`).update(text).digest('hex');
    this.lastKeys.set(file, { text, dialect: dialect.name, key });
    return key;
  }

  private cachedReading(key: string): CachedReading | undefined {
    return this.readings[key] ?? this.checkedEntry<CachedReading>(this.oldReadings[key], (stored) => isIntactReading(key, stored));
  }

  /** The store of emitted files, for `EmitOptions.cache`. */
  readonly emitCache: EmitCache = {
    fingerprint: toolFingerprint(),
    get: (key) => {
      const entry = this.emitted[key] ?? this.checkedEntry<CachedEmitEntry>(this.oldEmitted[key], (stored) => isIntactEmit(key, stored));
      if (entry) this.emitted[key] = entry;
      return entry;
    },
    set: (key, value) => {
      const entry = { content: value.content, notes: value.notes, digest: emitDigest(key, value.content, value.notes) };
      this.verified.add(entry);
      this.emitted[key] = entry;
      this.changed = true;
    },
  };

  /**
   * Returns a stored entry when this process built or checked it before, or when `isIntact` finds
   * its fields and digest intact. Counts it as rejected otherwise.
   */
  private checkedEntry<T extends object>(value: unknown, isIntact: (entry: Record<string, unknown>) => boolean): T | undefined {
    if (value === undefined) return undefined;
    if (isRecord(value) && (this.verified.has(value) || isIntact(value))) {
      this.verified.add(value);
      return value as T;
    }
    this.stats.entriesRejected += 1;
    return undefined;
  }

  /** Writes the entries this run used, by a rename so a killed run never leaves half a file. */
  save(): void {
    const dropped = Object.keys(this.oldReadings).length !== Object.keys(this.readings).length || Object.keys(this.oldEmitted).length !== Object.keys(this.emitted).length;
    if (!this.changed && !dropped) return;
    const content: CacheFile = { version: CACHE_VERSION, tool: toolFingerprint(), readings: this.readings, emitted: this.emitted };
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(content));
    renameSync(temporary, this.file);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Hashes an entry's key with its content. Each part is prefixed with its length, so two different
 * entries give the hash different input, unless a string contains a lone surrogate, which the UTF-8
 * encoding replaces with U+FFFD.
 */
function entryDigest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

function isIntactReading(key: string, stored: Record<string, unknown>): boolean {
  return typeof stored.reading === 'string' && Array.isArray(stored.diagnostics) && stored.digest === readingDigest(key, stored.reading, stored.diagnostics);
}

function isIntactEmit(key: string, stored: Record<string, unknown>): boolean {
  return typeof stored.content === 'string' && Array.isArray(stored.notes) && stored.digest === emitDigest(key, stored.content, stored.notes);
}

function readingDigest(key: string, reading: string, diagnostics: readonly unknown[]): string {
  return entryDigest(['reading', key, reading, JSON.stringify(diagnostics)]);
}

function emitDigest(key: string, content: string, notes: readonly unknown[]): string {
  return entryDigest(['emitted', key, content, JSON.stringify(notes)]);
}
