import { forEachTypeExpression } from './walk.js';
import type { ModelDocument } from './types.js';

/**
 * Returns the docs that a model needs: its own doc and the docs of every model it refers to,
 * directly or through other models. Passing the result as `include` generates that model alone.
 */
export function reachableDocs(document: ModelDocument, startDoc: string): Set<string> {
  const byDoc = new Map(document.models.map((model) => [model.source.file, model]));
  const found = new Set<string>();
  const pending = [startDoc];
  while (pending.length > 0) {
    const doc = pending.pop()!;
    if (found.has(doc)) continue;
    found.add(doc);
    const model = byDoc.get(doc);
    if (!model) continue;
    forEachTypeExpression(model, (type) => {
      if (type.kind === 'reference' && type.doc !== undefined) pending.push(type.doc);
    });
  }
  return found;
}
