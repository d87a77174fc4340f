import { createHash } from 'node:crypto';
import type { Model } from '../model/types.js';
import { forEachTypeExpression } from '../model/walk.js';
import type { TypeNames } from './names.js';

/**
 * Computes the cache key of one model's generated file: a hash of everything its emission reads.
 * That is the model itself, the emit options, and the names and content of every model it refers
 * to, directly or through other models. Two runs with the same key emit the same file.
 */
export class EmitKeys {
  /** Per doc: its path, names and a hash of its model, joined into one string. */
  private readonly entries = new Map<string, string>();

  constructor(
    private readonly modelsByDoc: ReadonlyMap<string, Model>,
    private readonly names: TypeNames,
    /** A hash of the emit options and the emitter's own code. */
    private readonly settings: string,
  ) {}

  keyOf(model: Model): string {
    const entries = this.dependencies(model).map((doc) => this.entryOf(doc));
    return createHash('sha256').update(this.settings).update('\0').update(entries.join('')).digest('hex');
  }

  /** The model's doc and the docs of every model it refers to, transitively, in a fixed order. */
  private dependencies(model: Model): string[] {
    const seen = new Set<string>([model.source.file]);
    const queue = [model];
    while (queue.length > 0) {
      forEachTypeExpression(queue.shift()!, (type) => {
        if (type.kind !== 'reference' || type.doc === undefined || seen.has(type.doc)) return;
        const target = this.modelsByDoc.get(type.doc);
        if (!target) return;
        seen.add(type.doc);
        queue.push(target);
      });
    }
    return [...seen];
  }

  private entryOf(doc: string): string {
    let entry = this.entries.get(doc);
    if (entry === undefined) {
      const hash = createHash('sha1').update(JSON.stringify(this.modelsByDoc.get(doc))).digest('hex');
      entry = `${doc}\0${this.names.typeName(doc)}\0${this.names.fileName(doc)}\0${hash}\0`;
      this.entries.set(doc, entry);
    }
    return entry;
  }
}
