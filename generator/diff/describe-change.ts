import type { BreakingClass, Change, ModelChanges } from './report.js';

/** Describes a change in one line of plain text, with names and types in backticks. */
export function describeChange(change: Change, model: ModelChanges): string {
  const subject = change.subject === undefined ? '' : `\`${change.subject}\``;
  switch (change.kind) {
    case 'model-added':
      return 'model added';
    case 'model-removed':
      return 'model removed';
    case 'model-renamed':
      return `renamed from \`${model.rename?.from.name}\` (${model.rename?.from.file}); a guess: ${renameEvidence(model)}`;
    case 'model-kind-changed':
      return `kind changed from ${change.before} to ${change.after}`;
    case 'model-deprecated':
      return withMessage('model deprecated', change.after);
    case 'model-undeprecated':
      return 'model no longer deprecated';
    case 'fields-documented':
      return 'fields now documented (the old docs listed none, so they are not compared)';
    case 'fields-undocumented':
      return 'fields no longer documented (the new docs list none)';
    case 'field-added':
      return `field ${subject} added: ${change.after}`;
    case 'field-removed':
      return `field ${subject} removed (was ${change.before})`;
    case 'field-type-changed': {
      const text = `field ${subject} type changed from \`${change.before}\` to \`${change.after}\``;
      // Only a type that accepts the same values breaks neither side.
      const sameValues = !change.breaks.readers && !change.breaks.writers;
      return sameValues ? `${text}, a model of the same shape` : text;
    }
    case 'field-made-required':
      return `field ${subject} made required`;
    case 'field-made-optional':
      return `field ${subject} made optional`;
    case 'field-made-nullable':
      return `field ${subject} made nullable`;
    case 'field-made-non-nullable':
      return `field ${subject} made non-nullable`;
    case 'field-deprecated':
      return withMessage(`field ${subject} deprecated`, change.after);
    case 'field-undeprecated':
      return `field ${subject} no longer deprecated`;
    case 'field-wire-name-changed':
      return `field ${subject} wire name changed from \`${change.before}\` to \`${change.after}\``;
    case 'enum-value-added':
      return `enum value ${subject} added`;
    case 'enum-value-removed':
      return `enum value ${subject} removed`;
    case 'enum-member-renamed':
      return `enum value ${subject} renamed from member \`${change.before}\` to \`${change.after}\``;
    case 'enum-value-deprecated':
      return withMessage(`enum value ${subject} deprecated`, change.after);
    case 'enum-value-undeprecated':
      return `enum value ${subject} no longer deprecated`;
    case 'enum-value-type-changed':
      return `enum value type changed from ${change.before} to ${change.after}`;
    case 'enum-opened':
      return 'enum made open: it now accepts values beyond its members';
    case 'enum-closed':
      return 'enum made closed: it no longer accepts values beyond its members';
    case 'union-member-added':
      return `union member ${subject} added`;
    case 'union-member-removed':
      return `union member ${subject} removed`;
  }
}

/** Describes who a change breaks: `breaks readers`, `breaks readers and writers`, or an empty string. */
export function describeBreaking(breaking: BreakingClass): string {
  if (breaking.readers && breaking.writers) return 'breaks readers and writers';
  if (breaking.readers) return 'breaks readers';
  if (breaking.writers) return 'breaks writers';
  return '';
}

/** Describes a model in a heading: `Employee (object, used in responses)`. */
export function describeModel(model: ModelChanges): string {
  return `${model.name} (${model.kind}, ${USAGE_WORDS[model.usage]})`;
}

const USAGE_WORDS: Record<ModelChanges['usage'], string> = {
  request: 'used in requests',
  response: 'used in responses',
  'request and response': 'used in requests and responses',
  unknown: 'use unknown',
};

function renameEvidence(model: ModelChanges): string {
  return model.rename?.evidence === 'same-name' ? 'a model of the same name in another doc' : 'the same shape under a new name';
}

function withMessage(text: string, message: string | undefined): string {
  return message === undefined ? text : `${text}: ${message}`;
}
