import type { EnumMember, EnumModel } from '../model/types.js';
import type { DetectedChange } from './detected-change.js';

/**
 * Compares two versions of an enum model. Members are matched by value, because the value is what
 * travels on the wire. A member that keeps its value under a new name is renamed.
 */
export function compareEnumMembers(before: EnumModel, after: EnumModel): DetectedChange[] {
  const changes: DetectedChange[] = [];

  if (before.valueType !== after.valueType) {
    changes.push({ kind: 'enum-value-type-changed', before: before.valueType, after: after.valueType, source: after.source });
  }
  if (before.open !== after.open) {
    changes.push({ kind: after.open ? 'enum-opened' : 'enum-closed', before: openWord(before), after: openWord(after), source: after.source });
  }

  const afterByValue = new Map(after.members.map((member) => [String(member.value), member]));
  const beforeValues = new Set(before.members.map((member) => String(member.value)));

  for (const oldMember of before.members) {
    const newMember = afterByValue.get(String(oldMember.value));
    if (newMember) changes.push(...compareMember(oldMember, newMember));
    else changes.push({ kind: 'enum-value-removed', subject: String(oldMember.value), source: oldMember.source });
  }

  for (const newMember of after.members) {
    if (beforeValues.has(String(newMember.value))) continue;
    changes.push({ kind: 'enum-value-added', subject: String(newMember.value), source: newMember.source, context: { open: after.open } });
  }
  return changes;
}

function compareMember(before: EnumMember, after: EnumMember): DetectedChange[] {
  const changes: DetectedChange[] = [];
  const subject = String(after.value);

  if (before.name !== after.name) {
    changes.push({ kind: 'enum-member-renamed', subject, before: before.name, after: after.name, source: after.source });
  }
  if (!before.deprecated && after.deprecated) {
    changes.push({ kind: 'enum-value-deprecated', subject, ...(after.deprecated.message === '' ? {} : { after: after.deprecated.message }), source: after.source });
  } else if (before.deprecated && !after.deprecated) {
    changes.push({ kind: 'enum-value-undeprecated', subject, source: after.source });
  }
  return changes;
}

function openWord(model: EnumModel): string {
  return model.open ? 'open' : 'closed';
}
