import type { ComparisonContext } from './comparison-context.js';
import type { Field, ObjectModel } from '../model/types.js';
import type { DetectedChange } from './detected-change.js';
import { describeType } from './describe-type.js';
import { mapReferences, relateTypes, typeKey } from './type-relation.js';

/**
 * Compares the fields of two versions of an object model, matching fields by property name.
 * Fields are added, removed, or changed in type, required, nullable, deprecation and wire name.
 */
export function compareFields(before: ObjectModel, after: ObjectModel, context: ComparisonContext): DetectedChange[] {
  const changes: DetectedChange[] = [];
  const afterByName = new Map(after.fields.map((field) => [field.name, field]));
  const beforeNames = new Set(before.fields.map((field) => field.name));

  for (const oldField of before.fields) {
    const newField = afterByName.get(oldField.name);
    if (newField) changes.push(...compareField(oldField, newField, context));
    else changes.push({ kind: 'field-removed', subject: oldField.name, before: describeField(oldField), source: oldField.source });
  }

  for (const newField of after.fields) {
    if (beforeNames.has(newField.name)) continue;
    changes.push({ kind: 'field-added', subject: newField.name, after: describeField(newField), source: newField.source, context: { required: newField.required } });
  }
  return changes;
}

function compareField(before: Field, after: Field, context: ComparisonContext): DetectedChange[] {
  const changes: DetectedChange[] = [];
  const subject = after.name;
  const source = after.source;

  const oldType = mapReferences(before.type, context.newDocOf);
  if (typeKey(oldType) !== typeKey(after.type)) {
    const [oldText, newText] = describePair(before.type, after.type);
    changes.push({ kind: 'field-type-changed', subject, before: oldText, after: newText, source, context: { typeRelation: relateTypes(oldType, after.type, context.sameModel) } });
  }

  if (before.required !== after.required) {
    changes.push({ kind: after.required ? 'field-made-required' : 'field-made-optional', subject, before: requiredWord(before), after: requiredWord(after), source });
  }
  if (before.nullable !== after.nullable) {
    changes.push({ kind: after.nullable ? 'field-made-nullable' : 'field-made-non-nullable', subject, before: nullableWord(before), after: nullableWord(after), source });
  }

  if (!before.deprecated && after.deprecated) {
    changes.push({ kind: 'field-deprecated', subject, ...(after.deprecated.message === '' ? {} : { after: after.deprecated.message }), source });
  } else if (before.deprecated && !after.deprecated) {
    changes.push({ kind: 'field-undeprecated', subject, source });
  }

  if (before.wireName !== after.wireName) {
    changes.push({ kind: 'field-wire-name-changed', subject, before: before.wireName, after: after.wireName, source });
  }
  return changes;
}

/** Describes a field in a few words: `required string`, `optional nullable date-time`. */
function describeField(field: Field): string {
  return `${requiredWord(field)}${field.nullable ? ' nullable' : ''} ${describeType(field.type)}`;
}

/** Describes two different types, adding the docs of references when the names alone read the same. */
function describePair(before: Field['type'], after: Field['type']): [string, string] {
  const oldText = describeType(before);
  const newText = describeType(after);
  if (oldText !== newText) return [oldText, newText];
  return [describeType(before, { withDocs: true }), describeType(after, { withDocs: true })];
}

function requiredWord(field: Field): string {
  return field.required ? 'required' : 'optional';
}

function nullableWord(field: Field): string {
  return field.nullable ? 'nullable' : 'not nullable';
}
