import type { UnionMember, UnionModel } from '../model/types.js';
import type { ComparisonContext } from './comparison-context.js';
import type { DetectedChange } from './detected-change.js';
import { describeType } from './describe-type.js';
import { mapReferences, relateTypes, typeKey } from './type-relation.js';

/**
 * Compares the members of two versions of a union model, matching members by their type
 * expression. A member whose type now refers to another model of the same shape is the same member.
 */
export function compareUnionMembers(before: UnionModel, after: UnionModel, context: ComparisonContext): DetectedChange[] {
  const beforeByKey = keyMembers(before.members, (member) => typeKey(mapReferences(member.type, context.newDocOf)));
  const afterByKey = keyMembers(after.members, (member) => typeKey(member.type));

  const removed = [...beforeByKey].filter(([key]) => !afterByKey.has(key)).map(([, member]) => member);
  let added = [...afterByKey].filter(([key]) => !beforeByKey.has(key)).map(([, member]) => member);

  const changes: DetectedChange[] = [];
  for (const member of removed) {
    const oldType = mapReferences(member.type, context.newDocOf);
    const same = added.find((candidate) => relateTypes(oldType, candidate.type, context.sameModel) === 'same');
    if (same) {
      added = added.filter((candidate) => candidate !== same);
      continue;
    }
    changes.push({ kind: 'union-member-removed', subject: describeType(member.type), source: member.source });
  }
  for (const member of added) {
    changes.push({ kind: 'union-member-added', subject: describeType(member.type), source: member.source });
  }
  return changes;
}

function keyMembers(members: readonly UnionMember[], keyOf: (member: UnionMember) => string): Map<string, UnionMember> {
  const byKey = new Map<string, UnionMember>();
  for (const member of members) {
    const key = keyOf(member);
    if (!byKey.has(key)) byKey.set(key, member);
  }
  return byKey;
}
