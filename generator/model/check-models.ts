import { compareText, type DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { DocModel } from './resolve-references.js';
import { findCycles } from './reference-graph.js';
import type { Model, SourcePosition, TypeExpression } from './types.js';
import { walkType } from './walk.js';

/**
 * Checks the models of a folder once references are resolved: model names used by more than one
 * doc, unions whose members are unions, and cycles of references.
 */
export function checkModels(docModels: readonly DocModel[], diagnostics: DiagnosticBag): void {
  const byDoc = new Map(docModels.map((entry) => [entry.doc, entry]));
  const report = (entry: DocModel, diagnostic: { code: string; severity: 'error' | 'warning' | 'info'; message: string; source: SourcePosition }): void => {
    diagnostics.add({ ...diagnostic, sourceLine: entry.lines(diagnostic.source.line) });
  };

  checkDuplicateModelNames(docModels, report);
  const unionCycleDocs = checkCycles(docModels, byDoc, report);
  checkNestedUnions(docModels, byDoc, unionCycleDocs, report);
}

type Report = (entry: DocModel, diagnostic: { code: string; severity: 'error' | 'warning' | 'info'; message: string; source: SourcePosition }) => void;

function checkDuplicateModelNames(docModels: readonly DocModel[], report: Report): void {
  const byName = new Map<string, DocModel[]>();
  for (const entry of docModels) {
    const list = byName.get(entry.model.name);
    if (list) list.push(entry);
    else byName.set(entry.model.name, [entry]);
  }
  for (const [name, entries] of byName) {
    if (entries.length < 2) continue;
    const sorted = [...entries].sort((a, b) => compareText(a.doc, b.doc));
    for (const entry of sorted.slice(1)) {
      report(entry, { code: 'duplicate-model-name', severity: 'info', message: `the model name \`${name}\` is also used by ${sorted[0]!.doc}; the generated names tell them apart by folder, and a reference by the name alone is ambiguous`, source: entry.model.source });
    }
  }
}

/** Returns the docs that a type refers to without an array or a map in between, which a validator checks on the same value. */
export function directReferences(type: TypeExpression): string[] {
  if (type.kind === 'reference') return type.doc === undefined ? [] : [type.doc];
  if (type.kind === 'union') return type.members.flatMap(directReferences);
  return [];
}

function checkNestedUnions(docModels: readonly DocModel[], byDoc: ReadonlyMap<string, DocModel>, unionCycleDocs: ReadonlySet<string>, report: Report): void {
  for (const entry of docModels) {
    if (entry.model.kind !== 'union' || unionCycleDocs.has(entry.doc)) continue;
    for (const member of entry.model.members) {
      for (const doc of directReferences(member.type)) {
        const target = byDoc.get(doc)?.model;
        if (target?.kind !== 'union') continue;
        report(entry, { code: 'nested-union', severity: 'info', message: `the member \`${member.label}\` is itself the union \`${target.name}\`; its members are accepted as members of \`${entry.model.name}\``, source: member.source });
      }
    }
  }
}

/**
 * Reports every cycle of references. A cycle of unions that refer to each other directly is an
 * error: the union types would be defined by themselves, and the validators would call each
 * other on the same value without end. A cycle through object properties is valid and only
 * noted, because each validator call goes one level down into the value. When every step of such a
 * cycle is a required, non-nullable property, no finite value can fit, so that is a warning.
 * Returns the docs of the unions in a union cycle.
 */
function checkCycles(docModels: readonly DocModel[], byDoc: ReadonlyMap<string, DocModel>, report: Report): Set<string> {
  const docs = docModels.map((entry) => entry.doc);
  const isKnown = (doc: string): boolean => byDoc.has(doc);

  const unionEdges = (doc: string): string[] => {
    const model = byDoc.get(doc)!.model;
    if (model.kind !== 'union') return [];
    return model.members.flatMap((member) => directReferences(member.type)).filter((target) => isKnown(target) && byDoc.get(target)!.model.kind === 'union');
  };
  const unionCycleDocs = new Set<string>();
  for (const cycle of findCycles(docs, unionEdges)) {
    for (const doc of cycle) unionCycleDocs.add(doc);
    for (const doc of cycle) {
      const entry = byDoc.get(doc)!;
      const member = (entry.model as Extract<Model, { kind: 'union' }>).members.find((candidate) => directReferences(candidate.type).some((target) => cycle.includes(target)));
      report(entry, { code: 'union-cycle', severity: 'error', message: `the union \`${entry.model.name}\` contains itself (${describeCycle(cycle, byDoc)}); a union member must not lead back to the union without an object or array in between`, source: member?.source ?? entry.model.source });
    }
  }

  const allEdges = (doc: string): string[] => referencesOf(byDoc.get(doc)!.model).filter(isKnown);
  for (const cycle of findCycles(docs, allEdges)) {
    if (cycle.every((doc) => unionCycleDocs.has(doc))) continue;
    const first = byDoc.get(cycle[0]!)!;
    report(first, { code: 'reference-cycle', severity: 'info', message: `the models refer to each other in a cycle (${describeCycle(cycle, byDoc)}); the generated validators end on any finite value`, source: first.model.source });
  }

  const requiredEdges = (doc: string): string[] => {
    const model = byDoc.get(doc)!.model;
    if (model.kind !== 'object') return [];
    return model.fields.filter((field) => field.required && !field.nullable && field.type.kind === 'reference').map((field) => (field.type as { doc?: string }).doc!).filter((target) => isKnown(target) && byDoc.get(target)!.model.kind === 'object');
  };
  for (const cycle of findCycles(docs, requiredEdges)) {
    const first = byDoc.get(cycle[0]!)!;
    report(first, { code: 'required-reference-cycle', severity: 'warning', message: `the models require each other (${describeCycle(cycle, byDoc)}) through required, non-nullable properties, so no finite value fits them; make one of the properties optional or nullable`, source: first.model.source });
  }
  return unionCycleDocs;
}

function referencesOf(model: Model): string[] {
  const found: string[] = [];
  const visit = (type: TypeExpression): void => {
    if (type.kind === 'reference' && type.doc !== undefined) found.push(type.doc);
  };
  if (model.kind === 'object') for (const field of model.fields) walkType(field.type, visit);
  if (model.kind === 'union') for (const member of model.members) walkType(member.type, visit);
  return found;
}

function describeCycle(cycle: readonly string[], byDoc: ReadonlyMap<string, DocModel>): string {
  const names = cycle.map((doc) => `\`${byDoc.get(doc)!.model.name}\``);
  return [...names, names[0]].join(' -> ');
}
