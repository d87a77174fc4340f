/**
 * The docs change report: plain, serializable data that records what changed between two versions of
 * a docs folder and which changes break the code that reads responses or writes requests.
 */

import type { Model, SourcePosition } from '../model/types.js';

/** Every kind of change the report distinguishes. `breaking-rules.ts` gives each its breaking class. */
export type ChangeKind =
  | 'model-added'
  | 'model-removed'
  | 'model-renamed'
  | 'model-kind-changed'
  | 'model-deprecated'
  | 'model-undeprecated'
  | 'fields-documented'
  | 'fields-undocumented'
  | 'field-added'
  | 'field-removed'
  | 'field-type-changed'
  | 'field-made-required'
  | 'field-made-optional'
  | 'field-made-nullable'
  | 'field-made-non-nullable'
  | 'field-deprecated'
  | 'field-undeprecated'
  | 'field-wire-name-changed'
  | 'enum-value-added'
  | 'enum-value-removed'
  | 'enum-member-renamed'
  | 'enum-value-deprecated'
  | 'enum-value-undeprecated'
  | 'enum-value-type-changed'
  | 'enum-opened'
  | 'enum-closed'
  | 'union-member-added'
  | 'union-member-removed';

/** Whether a change breaks the code on each side of the API. */
export interface BreakingClass {
  /** Code that reads responses: it parses and validates the model and uses its values. */
  readers: boolean;
  /** Code that writes requests: it builds values of the model and sends them. */
  writers: boolean;
}

/** The sides of the API a model travels on, found by following references from the operations' request and response models. */
export type ModelUsage = 'request' | 'response' | 'request and response' | 'unknown';

/** One change to one model. */
export interface Change {
  kind: ChangeKind;
  /** The field name, enum value or union member the change is about; missing for changes to the whole model. */
  subject?: string;
  /** The old state in words or as a type expression (`string`, `required`); missing for additions. */
  before?: string;
  /** The new state; missing for removals. */
  after?: string;
  /** The breaking class from the rules table, as if the model were used on both sides. */
  breaks: BreakingClass;
  /** `breaks` limited to the sides that use the model: a request-only model has no readers. */
  breaking: BreakingClass;
  /** The change's position in the new docs, or in the old docs for a removal. */
  source: SourcePosition;
}

/** The move of a model from one doc to another. Docs do not record renames, so every pairing is a guess. */
export interface Rename {
  /** The model's name and doc in the old docs. */
  from: { name: string; file: string };
  /**
   * The evidence for the pairing: `same-name` when a model of the same name moved to another doc,
   * `same-shape` when a removed and an added model have the same fields, values or members.
   */
  evidence: 'same-name' | 'same-shape';
}

export type ModelStatus = 'added' | 'removed' | 'renamed' | 'changed';

/** The changes of one model, identified by its doc (a model name alone can repeat across folders). */
export interface ModelChanges {
  name: string;
  /** The model's doc: in the new docs, or in the old docs when the model was removed. */
  file: string;
  kind: Model['kind'];
  status: ModelStatus;
  rename?: Rename;
  usage: ModelUsage;
  changes: Change[];
  /** Whether any change is breaking on a side that uses the model. */
  breaking: boolean;
}

/** Counts over the whole report. */
export interface ReportSummary {
  modelsAdded: number;
  modelsRemoved: number;
  modelsRenamed: number;
  /** Models kept under the same doc with at least one change. */
  modelsChanged: number;
  modelsUnchanged: number;
  changes: number;
  breakingChanges: number;
  /** Breaking changes that break code reading responses. */
  breakingForReaders: number;
  /** Breaking changes that break code writing requests. */
  breakingForWriters: number;
  /** How many changes of each kind, for the kinds that occur. */
  byKind: Partial<Record<ChangeKind, number>>;
}

/** The changes between two versions of a docs folder. */
export interface DocsChangeReport {
  /** The format version of this JSON document. */
  version: 1;
  /** Whether any change is breaking; the `diff` command exits with 1 when it is. */
  breaking: boolean;
  summary: ReportSummary;
  /** Models with at least one change, sorted by doc path. */
  models: ModelChanges[];
}

export function isBreaking(change: Change): boolean {
  return change.breaking.readers || change.breaking.writers;
}
