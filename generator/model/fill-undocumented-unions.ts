import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { LinkedUnion } from '../parse/read-doc.js';
import type { DocModel } from './resolve-references.js';
import { formatTypeExpression } from './format-type.js';

/**
 * Gives each union whose doc lists no members (the Java and Ruby docs write union docs with a title
 * only) the members that a field's link text spells out for it, such as
 * `[T.nilable(T.any(::String, X))](x.md)`. A union that no field spells out keeps no members and is
 * reported as an info diagnostic, because the docs do not say what it holds.
 */
export function fillUndocumentedUnions(unions: readonly DocModel[], linkedUnions: readonly LinkedUnion[], diagnostics: DiagnosticBag): void {
  const membersByDoc = new Map<string, LinkedUnion>();
  for (const linked of linkedUnions) {
    if (!membersByDoc.has(linked.doc)) membersByDoc.set(linked.doc, linked);
  }

  for (const entry of unions) {
    if (entry.model.kind !== 'union') continue;
    const linked = membersByDoc.get(entry.doc);
    if (!linked) {
      diagnostics.add({
        code: 'union-members-undocumented',
        severity: 'info',
        message: `the union \`${entry.model.name}\` lists no members, and no field type names them; its members are unknown, so any value is accepted`,
        source: entry.model.source,
        sourceLine: entry.lines(entry.model.source.line),
      });
      continue;
    }
    entry.model.members = linked.members.map((type) => ({ label: formatTypeExpression(type), type: structuredClone(type), source: entry.model.source }));
  }
}
