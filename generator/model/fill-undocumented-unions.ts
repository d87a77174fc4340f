import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { LinkedUnion } from '../parse/read-doc.js';
import type { DocModel } from './resolve-references.js';
import { formatTypeExpression } from './format-type.js';
import type { TypeExpression, UnionModel } from './types.js';

/**
 * Gives each union whose doc lists no members (the Java and Ruby docs write union docs with a title
 * only) the members that a field's link text spells out for it, such as
 * `[T.nilable(T.any(::String, X))](x.md)`. A union that no field spells out keeps no members and is
 * reported as an info diagnostic, because the docs do not say what it holds.
 *
 * When links spell out different member lists for one union, the union takes every member of every
 * list, in the order the links list them, so each field accepts all that its own Type cell allows.
 * A warning names the first two fields that disagree and both lists.
 */
export function fillUndocumentedUnions(unions: readonly DocModel[], linkedUnions: readonly LinkedUnion[], diagnostics: DiagnosticBag): void {
  const linksByDoc = new Map<string, LinkedUnion[]>();
  for (const linked of linkedUnions) {
    const links = linksByDoc.get(linked.doc);
    if (links) links.push(linked);
    else linksByDoc.set(linked.doc, [linked]);
  }

  for (const entry of unions) {
    if (entry.model.kind !== 'union') continue;
    const links = linksByDoc.get(entry.doc);
    if (!links) {
      diagnostics.add({
        code: 'union-members-undocumented',
        severity: 'info',
        message: `the union \`${entry.model.name}\` lists no members, and no field type names them; its members are unknown, so any value is accepted`,
        source: entry.model.source,
        sourceLine: entry.lines(entry.model.source.line),
      });
      continue;
    }

    const members = mergeMemberLists(links.map((link) => link.members));
    const conflict = links.find((link) => !sameMembers(link.members, links[0]!.members));
    if (conflict) reportConflict(entry, links[0]!, conflict, members, diagnostics);
    entry.model.members = members.map((type) => ({ label: formatTypeExpression(type), type: structuredClone(type), source: entry.model.source }));
  }
}

/** Merges member lists into their distinct members, in the order of first appearance. */
function mergeMemberLists(lists: readonly TypeExpression[][]): TypeExpression[] {
  const byKey = new Map<string, TypeExpression>();
  for (const list of lists) {
    for (const member of list) {
      const key = JSON.stringify(member);
      if (!byKey.has(key)) byKey.set(key, member);
    }
  }
  return [...byKey.values()];
}

/** Compares two member lists as sets, since a different order lists the same members. */
function sameMembers(a: readonly TypeExpression[], b: readonly TypeExpression[]): boolean {
  const keysOf = (list: readonly TypeExpression[]): string => [...new Set(list.map((member) => JSON.stringify(member)))].sort().join('\n');
  return keysOf(a) === keysOf(b);
}

function reportConflict(entry: DocModel, first: LinkedUnion, other: LinkedUnion, merged: readonly TypeExpression[], diagnostics: DiagnosticBag): void {
  const model = entry.model as UnionModel;
  const message =
    `${describeLink(first)} and ${describeLink(other)} spell out different members for the union \`${model.name}\`: ` +
    `\`${formatMembers(first.members)}\` and \`${formatMembers(other.members)}\`; ` +
    `the union takes the members of every such link, \`${formatMembers(merged)}\`. ` +
    'Correct the link text that is wrong, or add a Supported Types section to the union doc';
  diagnostics.add({ code: 'conflicting-union-members', severity: 'warning', message, source: model.source, sourceLine: entry.lines(model.source.line) });
}

function describeLink(link: LinkedUnion): string {
  if (!link.field) return 'a union member link';
  const place = `${link.field.source.file}:${link.field.source.line}:${link.field.source.column}`;
  return `field \`${link.field.model}.${link.field.name}\` (${place})`;
}

function formatMembers(members: readonly TypeExpression[]): string {
  return members.map(formatTypeExpression).join(' | ');
}
