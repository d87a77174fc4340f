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

const CACHE_VERSION = 1;

interface CachedReading {
  /** The `DocReading` as JSON text, parsed afresh on every use because later stages change models in place. */
  reading: string;
  diagnostics: Diagnostic[];
}

interface CacheFile {
  version: number;
  tool: string;
  readings: Record<string, CachedReading>;
  emitted: Record<string, CachedEmit>;
}

/**
 * The cache of one output folder: doc readings keyed by a hash of the doc's path, dialect and
 * text, and emitted model files keyed by a hash of everything their emission reads. Entries not
 * used by a run are dropped when it is saved, so the file does not grow without bound. A cache
 * written by another version of the tool, or one that cannot be read, is ignored.
 */
export class RunCache {
  private oldReadings: Record<string, CachedReading>;
  private oldEmitted: Record<string, CachedEmit>;
  private readings: Record<string, CachedReading> = {};
  private emitted: Record<string, CachedEmit> = {};
  /** How many docs the current run read from the cache and how many it parsed. */
  readonly stats = { docsReused: 0, docsParsed: 0 };
  private changed = false;

  private constructor(readonly file: string, old: CacheFile | undefined) {
    this.oldReadings = old?.readings ?? {};
    this.oldEmitted = old?.emitted ?? {};
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
    this.changed = false;
  }

  /** A `readDoc` that returns the earlier reading of an unchanged doc, with its diagnostics. */
  readonly readDoc = (file: string, text: string, dialect: Dialect, diagnostics: DiagnosticBag): DocReading => {
    const key = createHash('sha256').update(`${file}\0${dialect.name}\0`).update(text).digest('hex');
    let entry = this.oldReadings[key] ?? this.readings[key];
    if (entry) {
      this.stats.docsReused += 1;
    } else {
      this.stats.docsParsed += 1;
      const own = new DiagnosticBag();
      const reading = readDoc(file, text, dialect, own);
      entry = { reading: JSON.stringify(reading), diagnostics: own.items };
      this.changed = true;
    }
    this.readings[key] = entry;
    for (const diagnostic of entry.diagnostics) diagnostics.add(diagnostic);
    return JSON.parse(entry.reading) as DocReading;
  };

  /** The store of emitted files, for `EmitOptions.cache`. */
  readonly emitCache: EmitCache = {
    fingerprint: toolFingerprint(),
    get: (key) => {
      const entry = this.oldEmitted[key] ?? this.emitted[key];
      if (entry) this.emitted[key] = entry;
      return entry;
    },
    set: (key, value) => {
      this.emitted[key] = value;
      this.changed = true;
    },
  };

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
