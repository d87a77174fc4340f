import type { Diagnostic, DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Model, ModelDocument } from './types.js';
import { forEachTypeExpression } from './walk.js';

export interface DropResult {
  /** The models that can be generated: those without errors whose references all lead to such models. */
  document: ModelDocument;
  /** The docs whose models were left out. */
  dropped: string[];
}

/**
 * Leaves out the models of docs with errors, and then every model that refers to a model left out,
 * until what remains refers only to models that remain. The emitter can then always generate the
 * rest, which `--keep-going` writes. A model left out only because of a reference gets a warning
 * naming the doc it depends on.
 */
export function dropBrokenModels(document: ModelDocument, diagnostics: DiagnosticBag): DropResult {
  const broken = new Set(diagnostics.items.filter(isDocError).map((diagnostic) => diagnostic.source!.file));
  const kept = new Map(document.models.filter((model) => !broken.has(model.source.file)).map((model) => [model.source.file, model]));
  const dropped = new Set(document.models.filter((model) => broken.has(model.source.file)).map((model) => model.source.file));

  let changed = true;
  while (changed) {
    changed = false;
    for (const [doc, model] of kept) {
      const missing = firstMissingReference(model, kept);
      if (missing === undefined) continue;
      kept.delete(doc);
      dropped.add(doc);
      changed = true;
      diagnostics.add({
        code: 'depends-on-broken-doc',
        severity: 'warning',
        message: `the model \`${model.name}\` is not generated because it refers to ${missing}, which has errors or is not generated`,
        source: model.source,
      });
    }
  }

  const models = document.models.filter((model) => kept.has(model.source.file));
  return { document: { ...document, models }, dropped: [...dropped] };
}

function isDocError(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === 'error' && diagnostic.source !== undefined;
}

function firstMissingReference(model: Model, kept: ReadonlyMap<string, Model>): string | undefined {
  let missing: string | undefined;
  forEachTypeExpression(model, (type) => {
    if (missing !== undefined || type.kind !== 'reference') return;
    if (type.doc === undefined || !kept.has(type.doc)) missing = type.doc ?? `\`${type.model}\``;
  });
  return missing;
}
