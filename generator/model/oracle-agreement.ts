import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModelDocument, type LoadOptions } from './load-model-document.js';
import type { Field, Model, ModelDocument, TypeExpression } from './types.js';
import { collectWireNameEvidence } from './wire-name-evidence.js';

/**
 * Facts about models that an SDK's source code states, keyed by model name, in the shape of the
 * `oracle.json` files kept beside real docs: what each field's wire name, requiredness,
 * nullability and type are, and what each enum's values are.
 */
export interface Oracle {
  models: Record<string, OracleModel>;
}

export type OracleModel = OracleObject | OracleEnum;

export interface OracleObject {
  kind: 'object';
  group: string;
  fields: OracleField[];
}

export interface OracleField {
  name: string;
  /** The JSON key; null for fields that never reach the wire (SDK response wrappers). */
  wire: string | null;
  location: string;
  /** The PHP type as the SDK class declares it, such as `?array<string, mixed>`. */
  type: string;
  required: boolean;
  nullable: boolean;
}

export interface OracleEnum {
  kind: 'enum';
  group?: string;
  values: { name: string; value: string | number }[];
}

/** How many of the compared facts agree. */
export interface Tally {
  agree: number;
  total: number;
}

export interface WireNameMismatch {
  model: string;
  field: string;
  ours: string;
  oracle: string;
  /** Whether an example in the docs writes the oracle's wire name for this very field. */
  shownByExample: boolean;
}

export interface OracleAgreement {
  /** Body fields with a wire name that a model of the docs has: are our wire names right? */
  wireNames: Tally;
  wireNameMismatches: WireNameMismatch[];
  required: Tally;
  nullable: Tally;
  typeKind: Tally;
  enumValues: Tally;
  /** Required fields that the API may send as null, which the docs do not show, and how many of them we mark nullable. */
  requiredNullable: Tally;
  /** Oracle body fields that no model of the docs has. */
  unmatchedFields: number;
}

/**
 * Compares the models read from docs with the facts of an oracle, field by field and enum by enum.
 * The docs may be of another dialect than the oracle's PHP classes, so models are matched by folder
 * and name ignoring letter case. A field is matched by its exact name, or else by the one field
 * whose name differs only in case (`SaleAmount` in Go docs is `saleAmount` in PHP).
 */
export function measureOracleAgreement(document: ModelDocument, oracle: Oracle): OracleAgreement {
  const models = new Map<string, Model>();
  for (const model of document.models) models.set(modelKey(groupOf(model.source.file), model.name), model);
  const byDoc = new Map(document.models.map((model) => [model.source.file, model]));
  const evidence = collectWireNameEvidence(document.models);
  const shownKeys = new Map<Field, Set<string>>();
  for (const item of evidence) {
    if (item.field === undefined) continue;
    const keys = shownKeys.get(item.field) ?? new Set<string>();
    keys.add(item.key);
    shownKeys.set(item.field, keys);
  }

  const result: OracleAgreement = {
    wireNames: tally(),
    wireNameMismatches: [],
    required: tally(),
    nullable: tally(),
    typeKind: tally(),
    enumValues: tally(),
    requiredNullable: tally(),
    unmatchedFields: 0,
  };

  for (const [name, entry] of Object.entries(oracle.models)) {
    const model = models.get(modelKey(entry.group ?? '', name));
    if (entry.kind === 'enum') {
      if (model?.kind !== 'enum') continue;
      count(result.enumValues, sameValues(model.members.map((member) => member.value), entry.values.map((value) => value.value)));
      continue;
    }

    const fields = model?.kind === 'object' ? model.fields : [];
    for (const expected of entry.fields) {
      if (expected.location !== 'body' || expected.wire === null) continue;
      const field = findField(fields, expected.name);
      if (!field) {
        result.unmatchedFields += 1;
        continue;
      }

      const wireAgrees = field.wireName === expected.wire;
      count(result.wireNames, wireAgrees);
      if (!wireAgrees) {
        const shownByExample = shownKeys.get(field)?.has(expected.wire) ?? false;
        result.wireNameMismatches.push({ model: name, field: expected.name, ours: field.wireName, oracle: expected.wire, shownByExample });
      }
      count(result.required, field.required === expected.required);
      count(result.nullable, field.nullable === expected.nullable);
      count(result.typeKind, ourTypeKind(field.type, byDoc) === oracleTypeKind(expected.type, oracle));
      if (expected.required && expected.nullable) count(result.requiredNullable, field.nullable);
    }
  }
  return result;
}

function tally(): Tally {
  return { agree: 0, total: 0 };
}

function count(target: Tally, agrees: boolean): void {
  target.total += 1;
  if (agrees) target.agree += 1;
}

/** Folder names of other dialects for an oracle group: the Go SDK keeps error models in `models/sdkerrors`. */
const GROUP_ALIASES: Record<string, string> = { sdkerrors: 'errors' };

function modelKey(group: string, name: string): string {
  const folder = group.toLowerCase();
  return `${GROUP_ALIASES[folder] ?? folder}/${name.toLowerCase()}`;
}

/** Returns the folder a doc lies in (`Components` for `Models/Components/X.md`), which the oracle calls the group. */
function groupOf(doc: string): string {
  const parts = doc.split('/');
  return parts.length > 1 ? parts[parts.length - 2]! : '';
}

/** Finds the field of this name, or else the only field whose name differs from it in letter case alone. */
function findField(fields: readonly Field[], name: string): Field | undefined {
  const exact = fields.find((field) => field.name === name);
  if (exact) return exact;
  const lowerName = name.toLowerCase();
  const sameLetters = fields.filter((field) => field.name.toLowerCase() === lowerName);
  return sameLetters.length === 1 ? sameLetters[0] : undefined;
}

function sameValues(ours: readonly (string | number)[], expected: readonly (string | number)[]): boolean {
  const left = new Set(ours.map(String));
  const right = new Set(expected.map(String));
  return left.size === right.size && [...left].every((value) => right.has(value));
}

/** Returns the kind of a type expression as the comparison names it: `string`, `integer`, `array`, `map`, `object`, `enum`, `union`, ... */
function ourTypeKind(type: TypeExpression, byDoc: ReadonlyMap<string, Model>): string {
  switch (type.kind) {
    case 'primitive':
      return type.name;
    case 'reference': {
      const model = type.doc === undefined ? undefined : byDoc.get(type.doc);
      return model?.kind ?? 'reference';
    }
    case 'union': {
      const members = type.members.filter((member) => !(member.kind === 'literal' && member.value === null));
      return members.length === 1 ? ourTypeKind(members[0]!, byDoc) : 'union';
    }
    default:
      return type.kind;
  }
}

const PHP_KINDS: Record<string, string> = {
  string: 'string',
  int: 'integer',
  float: 'number',
  bool: 'boolean',
  mixed: 'unknown',
  '\\DateTime': 'date-time',
  '\\Brick\\DateTime\\LocalDate': 'date',
  '\\Brick\\Math\\BigDecimal': 'number',
  '\\Brick\\Math\\BigInteger': 'integer',
  '\\stdClass': 'map',
  object: 'map',
};

/** Returns the kind of a PHP type as the SDK class declares it, in the same words as `ourTypeKind`. */
export function oracleTypeKind(phpType: string, oracle: Oracle): string {
  const members = splitTopLevel(phpType.replace(/^\?/, '')).filter((member) => member !== 'null');
  if (members.length > 1) return 'union';
  const type = members[0] ?? 'null';
  if (type.startsWith('array<string,')) return 'map';
  if (type.startsWith('array')) return 'array';
  const known = PHP_KINDS[type];
  if (known) return known;
  const name = type.slice(type.lastIndexOf('\\') + 1);
  return oracle.models[name]?.kind ?? 'reference';
}

/** Splits `string|array<int|string>|null` at the `|` signs that are not inside angle brackets. */
function splitTopLevel(type: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < type.length; index += 1) {
    const char = type[index];
    if (char === '<') depth += 1;
    else if (char === '>') depth -= 1;
    else if (char === '|' && depth === 0) {
      parts.push(type.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(type.slice(start).trim());
  return parts;
}

/**
 * Reads the docs of a corpus folder (`<folder>/docs`) with the given options and measures them
 * against the `oracle.json` of `oracleFolder`, which is the folder itself unless given.
 */
export function measureCorpusFolder(folder: string, options: LoadOptions = {}, oracleFolder = folder): OracleAgreement {
  const oracle = JSON.parse(readFileSync(join(oracleFolder, 'oracle.json'), 'utf8')) as Oracle;
  const { document } = loadModelDocument(join(folder, 'docs'), options);
  return measureOracleAgreement(document, oracle);
}
