import type { BreakingClass, ChangeKind } from './report.js';
import type { TypeRelation } from './type-relation.js';

/** Facts beyond the change's kind that some rules need. */
export interface RuleContext {
  /** For `field-added`: whether the new field is required. */
  required?: boolean;
  /** For `field-type-changed`: how the new type relates to the old one. */
  typeRelation?: TypeRelation;
  /** For `enum-value-added`: whether the enum accepts values beyond its members. */
  open?: boolean;
}

const NONE: BreakingClass = { readers: false, writers: false };
const BOTH: BreakingClass = { readers: true, writers: true };
const READERS: BreakingClass = { readers: true, writers: false };
const WRITERS: BreakingClass = { readers: false, writers: true };

/** The change kinds whose breaking class depends on context. */
export type ContextualChangeKind = 'field-added' | 'field-type-changed' | 'enum-value-added';
export type FixedChangeKind = Exclude<ChangeKind, ContextualChangeKind>;

/**
 * The breaking class of each change kind whose class does not depend on context. docs/diff.md
 * gives the reason for each row; a test keeps that table and this one equal.
 */
export const FIXED_RULES: Record<FixedChangeKind, BreakingClass> = {
  'model-added': NONE,
  'model-removed': BOTH,
  'model-renamed': BOTH,
  'model-kind-changed': BOTH,
  'model-deprecated': NONE,
  'model-undeprecated': NONE,
  'fields-documented': NONE,
  'fields-undocumented': READERS,
  'field-removed': BOTH,
  'field-made-required': WRITERS,
  'field-made-optional': READERS,
  'field-made-nullable': READERS,
  'field-made-non-nullable': WRITERS,
  'field-deprecated': NONE,
  'field-undeprecated': NONE,
  'field-wire-name-changed': BOTH,
  'enum-value-removed': BOTH,
  'enum-member-renamed': BOTH,
  'enum-value-deprecated': NONE,
  'enum-value-undeprecated': NONE,
  'enum-value-type-changed': BOTH,
  'enum-opened': READERS,
  'enum-closed': WRITERS,
  'union-member-added': READERS,
  'union-member-removed': WRITERS,
};

/** Returns the breaking class of a change for readers of responses and writers of requests. */
export function classifyChange(kind: ChangeKind, context: RuleContext = {}): BreakingClass {
  switch (kind) {
    case 'field-added':
      // Readers ignore a key they do not know; writers built before the change do not send it.
      return context.required ? WRITERS : NONE;
    case 'field-type-changed':
      return classifyTypeChange(requireContext(kind, context.typeRelation));
    case 'enum-value-added':
      // Code that switches over every member of a closed enum has no branch for the new value.
      return requireContext(kind, context.open) ? NONE : READERS;
    default:
      return FIXED_RULES[kind];
  }
}

/**
 * Readers break unless every value the server may now send fits the old type. Writers break
 * unless every value they used to send still fits the new type.
 */
function classifyTypeChange(relation: TypeRelation): BreakingClass {
  switch (relation) {
    case 'same':
      return NONE;
    case 'wider':
      return READERS;
    case 'narrower':
      return WRITERS;
    case 'incompatible':
      return BOTH;
  }
}

function requireContext<T>(kind: ChangeKind, value: T | undefined): T {
  if (value === undefined) throw new Error(`internal error: the breaking rule for \`${kind}\` needs context that was not given`);
  return value;
}
