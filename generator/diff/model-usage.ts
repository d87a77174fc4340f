import { posix } from 'node:path';
import type { Model, ModelDocument } from '../model/types.js';
import { forEachTypeExpression } from '../model/walk.js';
import type { ModelUsage } from './report.js';

/**
 * Finds, for each doc, whether its model travels in requests, in responses, or both, by following
 * references from the models of operations:
 *
 * - a request root is a model named `…Request` in a folder named `Operations`, the shape that
 *   Speakeasy gives an operation's parameters and body;
 * - a response root is a model with a field that contains the raw HTTP response (an SDK type with no
 *   JSON form), or any model in a folder named `Errors`.
 *
 * A model that no root reaches is `unknown`, and the report treats it as used on both sides.
 */
export function inferModelUsage(document: ModelDocument): Map<string, ModelUsage> {
  const models = new Map(document.models.map((model) => [model.source.file, model]));
  const inRequests = reachableFrom(document.models.filter(isRequestRoot), models);
  const inResponses = reachableFrom(document.models.filter(isResponseRoot), models);

  const usage = new Map<string, ModelUsage>();
  for (const file of models.keys()) {
    usage.set(file, combineUsage(inRequests.has(file), inResponses.has(file)));
  }
  return usage;
}

/** Merges the usage of one model in the old and the new docs. */
export function mergeUsage(a: ModelUsage | undefined, b: ModelUsage | undefined): ModelUsage {
  const request = a === 'request' || a === 'request and response' || b === 'request' || b === 'request and response';
  const response = a === 'response' || a === 'request and response' || b === 'response' || b === 'request and response';
  return combineUsage(request, response);
}

/** Tells whether code on each side handles a model of this usage; `unknown` counts as both. */
export function usedBy(usage: ModelUsage): { readers: boolean; writers: boolean } {
  if (usage === 'unknown') return { readers: true, writers: true };
  return { readers: usage !== 'request', writers: usage !== 'response' };
}

function combineUsage(request: boolean, response: boolean): ModelUsage {
  if (request && response) return 'request and response';
  if (request) return 'request';
  if (response) return 'response';
  return 'unknown';
}

function isRequestRoot(model: Model): boolean {
  return isInFolder(model.source.file, 'operations') && model.name.endsWith('Request');
}

function isResponseRoot(model: Model): boolean {
  if (isInFolder(model.source.file, 'errors')) return true;
  if (model.kind !== 'object') return false;
  return model.fields.some((field) => field.type.kind === 'unknown' && field.type.sdkType !== undefined);
}

function isInFolder(file: string, folder: string): boolean {
  return posix.dirname(file).toLowerCase().split('/').includes(folder);
}

function reachableFrom(roots: readonly Model[], models: ReadonlyMap<string, Model>): Set<string> {
  const seen = new Set<string>();
  const pending = roots.map((root) => root.source.file);
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const model = models.get(file);
    if (model) pending.push(...referencedDocs(model));
  }
  return seen;
}

function referencedDocs(model: Model): string[] {
  const docs: string[] = [];
  forEachTypeExpression(model, (type) => {
    if (type.kind === 'reference' && type.doc !== undefined) docs.push(type.doc);
  });
  return docs;
}
