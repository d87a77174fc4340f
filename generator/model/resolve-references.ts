import { posix } from 'node:path';
import { compareText, DiagnosticBag } from '../diagnostics/diagnostic.js';
import { isOutsideDocsFolder } from '../parse/links.js';
import type { Model, ReferenceType, SourcePosition, UnionModel } from './types.js';
import { forEachTypeExpression } from './walk.js';

/** A model with the doc it was read from. */
export interface DocModel {
  doc: string;
  model: Model;
  lines: (line: number) => string | undefined;
}

/**
 * Points every reference at the model of the doc it names. A link is looked up by its path. A link
 * whose path does not exist, and a bare name, are looked up by file name and then by model name.
 * Among several matches, a namespace (`Components\\X`) picks the folder, and an unqualified name
 * takes the doc beside the one that uses it. An unqualified name that matches nothing takes the model
 * named by its longest suffix (info), and a union member that still matches nothing becomes an
 * unknown type (info). Any other ambiguous or failed lookup is an error.
 */
export function resolveReferences(docModels: readonly DocModel[], diagnostics: DiagnosticBag): void {
  const byPath = new Map<string, DocModel>();
  const byFileName = new Map<string, DocModel[]>();
  const byModelName = new Map<string, DocModel[]>();
  for (const entry of docModels) {
    byPath.set(entry.doc, entry);
    addTo(byFileName, posix.basename(entry.doc, '.md').toLowerCase(), entry);
    addTo(byModelName, entry.model.name, entry);
  }

  const indexes: Indexes = { byPath, byFileName, byModelName };
  for (const entry of docModels) {
    if (entry.model.kind === 'union') readUnresolvedMembersAsUnknown(entry, entry.model, indexes, diagnostics);
    forEachTypeExpression(entry.model, (type, owner) => {
      if (type.kind !== 'reference') return;
      const target = findTarget(type, entry, owner.source, indexes, diagnostics);
      if (!target) return;
      type.model = target.model.name;
      type.doc = target.doc;
    });
  }
}

/**
 * Reads a union member as an unknown type, reported as info, when it is a bare model name that
 * names no model in the folder. A C# factory name (`VerificationWeb3`) is not always the model's
 * name, and the doc gives no other clue to the member's type.
 */
function readUnresolvedMembersAsUnknown(entry: DocModel, union: UnionModel, indexes: Indexes, diagnostics: DiagnosticBag): void {
  for (const member of union.members) {
    const type = member.type;
    if (type.kind !== 'reference' || type.doc !== undefined || splitQualifiedName(type.model).namespace !== undefined) continue;
    const quiet = new DiagnosticBag();
    if (findTarget(type, entry, member.source, indexes, quiet) || !quiet.items.some((item) => item.code === 'unresolved-reference')) continue;
    member.type = { kind: 'unknown' };
    diagnostics.add({ code: 'unresolved-union-member', severity: 'info', message: `the union member \`${member.label}\` names no model in the docs folder, so it is read as any value`, source: member.source, sourceLine: entry.lines(member.source.line) });
  }
}

interface Indexes {
  byPath: Map<string, DocModel>;
  byFileName: Map<string, DocModel[]>;
  byModelName: Map<string, DocModel[]>;
}

function findTarget(reference: ReferenceType, from: DocModel, source: SourcePosition, indexes: Indexes, diagnostics: DiagnosticBag): DocModel | undefined {
  const report = (code: string, message: string): undefined => {
    diagnostics.add({ code, severity: 'error', message, source, sourceLine: from.lines(source.line) });
    return undefined;
  };

  // A link that leaves the docs folder is still looked up by file name, so docs copied into one
  // flat folder keep their `../../Models/Components/X.md` links working.
  const outside = reference.doc !== undefined && isOutsideDocsFolder(reference.doc);
  if (reference.doc !== undefined && !outside) {
    const exact = indexes.byPath.get(reference.doc);
    if (exact) return exact;
  }

  const { namespace, name } = splitQualifiedName(reference.model);
  const fileName = posix.basename(reference.doc ?? name, '.md').toLowerCase();
  let candidates = indexes.byFileName.get(fileName) ?? indexes.byModelName.get(name) ?? [];
  if (candidates.length > 1 && namespace !== undefined) {
    const inNamespace = candidates.filter((candidate) => isInFolder(candidate.doc, namespace));
    if (inNamespace.length > 0) candidates = inNamespace;
  }
  if (candidates.length > 1 && namespace === undefined) {
    // An unqualified name (a C# union member) means the model beside the doc that uses it.
    const besideDoc = candidates.filter((candidate) => posix.dirname(candidate.doc) === posix.dirname(from.doc));
    if (besideDoc.length > 0) candidates = besideDoc;
  }
  if (candidates.length === 1) return candidates[0];
  if (candidates.length === 0 && reference.doc === undefined && namespace === undefined) {
    const bySuffix = findBySuffix(name, indexes);
    if (bySuffix) {
      diagnostics.add({ code: 'reference-by-suffix', severity: 'info', message: `no model is named \`${name}\`, so the name is read as the model \`${bySuffix.model.name}\` that ends it`, source, sourceLine: from.lines(source.line) });
      return bySuffix;
    }
  }
  if (candidates.length === 0 && outside) {
    return report('reference-outside-docs', `the link to \`${reference.doc}\` points outside the docs folder and no doc in it is named \`${posix.basename(reference.doc!)}\`; link to a doc inside the folder`);
  }

  const wanted = reference.doc === undefined ? `model \`${reference.model}\`` : `doc \`${reference.doc}\``;
  if (candidates.length > 1) {
    const places = candidates.map((candidate) => candidate.doc).sort(compareText).join(', ');
    return report('ambiguous-reference', `the ${wanted} matches ${candidates.length} docs (${places}); link to one of them by its path`);
  }
  return report('unresolved-reference', `the ${wanted} is not in the docs folder; add the doc or fix the link`);
}

/**
 * Finds the one model whose name is the longest suffix of `name` that starts at a capital letter,
 * so `VerificationGoogleOneTap` finds `GoogleOneTap`. Returns undefined when no suffix names exactly one model.
 */
function findBySuffix(name: string, indexes: Indexes): DocModel | undefined {
  for (let index = 1; index < name.length; index += 1) {
    const char = name[index]!;
    if (char < 'A' || char > 'Z') continue;
    const candidates = indexes.byModelName.get(name.slice(index)) ?? [];
    if (candidates.length === 1) return candidates[0];
    if (candidates.length > 1) return undefined;
  }
  return undefined;
}

/** Splits `Components\\Employee` or `models.Employee` into its namespace and the model name. */
function splitQualifiedName(model: string): { namespace?: string; name: string } {
  const separator = Math.max(model.lastIndexOf('\\'), model.lastIndexOf('.'));
  if (separator === -1) return { name: model };
  return { namespace: model.slice(0, separator), name: model.slice(separator + 1) };
}

/** Tells whether a doc lies in a folder named like the namespace (`Components` matches `Models/Components/X.md`). */
function isInFolder(doc: string, namespace: string): boolean {
  const folders = doc.toLowerCase().split('/').slice(0, -1);
  const wanted = namespace.toLowerCase().split(/\\|\./).filter((part) => part !== '');
  return wanted.every((part) => folders.includes(part));
}

function addTo(map: Map<string, DocModel[]>, key: string, entry: DocModel): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}
