import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Field, Model } from './types.js';
import { collectExampleKeys, collectWireNameEvidence, groupFieldsByLooseName, looseName, type WireNameEvidence } from './wire-name-evidence.js';

export type WireNameMapping = 'snake_case' | 'camelCase' | 'kebab-case' | 'unchanged';

export interface WireNameOptions {
  /**
   * How a property name becomes a wire name when nothing more specific is known. When not set, the
   * mapping that most examples in the docs agree with is used, and `unchanged` when no example shows one.
   */
  mapping?: WireNameMapping;
  /** Wire names set by hand, keyed by `Model.field` (or `*.field` for that field in every model); they win over examples and the mapping. */
  overrides?: Record<string, string>;
  /** Whether JSON keys in Example cells set wire names; true by default. */
  fromExamples?: boolean;
}

/**
 * The mappings that examples vote for, in the order that breaks a tie. One-word keys such as `url`
 * for `URL` fit every mapping but `unchanged`, and then camelCase wins because no key shows a
 * separator. `unchanged` comes last: with camelCase names it writes the keys camelCase writes, and
 * with snake_case names it keeps the `_` that Python and Ruby SDKs append to reserved words (`next_`).
 */
const INFERABLE_MAPPINGS = ['camelCase', 'snake_case', 'kebab-case', 'unchanged'] as const;

/**
 * Sets the wire name of every field. An override wins (`Model.field`, or `*.field` for every model);
 * then the key that examples in the docs write for the field; then a key that examples write for a
 * field of the same name elsewhere, when it is not what the mapping gives; then the mapping. Every
 * wire name taken from an example is reported as an info diagnostic. Returns the override keys
 * that name no field of an object model.
 */
export function assignWireNames(models: readonly Model[], options: WireNameOptions, diagnostics: DiagnosticBag): string[] {
  const evidence = options.fromExamples === false ? [] : collectWireNameEvidence(models);
  const exampleKeys = options.fromExamples === false ? [] : collectExampleKeys(models).map((item) => item.key);
  const mapping = options.mapping ?? inferMapping(evidence, exampleKeys, diagnostics, fieldNamesOf(models));
  const byField = groupKeys(evidence.filter((item) => item.field !== undefined), (item) => item.field!);
  const byLooseName = groupKeys(evidence.filter((item) => item.ambiguousFields === undefined), (item) => looseName(item.key));
  const headerModels = findHeaderModels(models);
  reportAmbiguousKeys(models, evidence, diagnostics);
  const usedOverrides = new Set<string>();

  for (const model of models) {
    if (model.kind !== 'object') continue;
    const modelMapping = headerModels.has(model) ? 'kebab-case' : mapping;
    const fieldsByLooseName = groupFieldsByLooseName(model);
    for (const field of model.fields) {
      const overrideKey = [`${model.name}.${field.name}`, `*.${field.name}`].find((key) => Object.hasOwn(options.overrides ?? {}, key));
      if (overrideKey !== undefined) usedOverrides.add(overrideKey);
      const override = overrideKey === undefined ? undefined : options.overrides![overrideKey];
      if (override !== undefined) {
        field.wireName = override;
        field.wireNameSource = 'override';
        continue;
      }

      const mapped = mapPropertyName(field.name, modelMapping);
      const shown = byField.get(field);
      // Keys of other models are no evidence for header names, which differ in form from body keys.
      // Nor are they for `userID` when the model also has `userId`: the key could belong to either.
      const sharesLooseName = fieldsByLooseName.get(looseName(field.name))!.length > 1;
      const sameName = headerModels.has(model) || sharesLooseName ? undefined : byLooseName.get(looseName(field.name));
      const chosen = shown ? chooseOwnKey(field, mapped, shown, model.name, diagnostics) : chooseKeyOfSameName(field, mapped, sameName, model.name, diagnostics);
      field.wireName = chosen ?? mapped;
      field.wireNameSource = chosen === undefined ? 'mapping' : 'example';
    }
    reportSharedWireNames(model, diagnostics);
  }
  return Object.keys(options.overrides ?? {}).filter((key) => !usedOverrides.has(key));
}

/**
 * Reports fields of one model that ended up with the same wire name (`firstName` and `first_name`
 * under snake_case, or an override that repeats another field's key). One JSON key cannot carry
 * two values, so writing the model would lose one of them.
 */
function reportSharedWireNames(model: Model & { kind: 'object' }, diagnostics: DiagnosticBag): void {
  const firstByWireName = new Map<string, Field>();
  for (const field of model.fields) {
    const wireName = field.wireName;
    const earlier = firstByWireName.get(wireName);
    if (!earlier) {
      firstByWireName.set(wireName, field);
      continue;
    }
    // Suggest keeping the property name as the key of a field whose property name differs from it.
    const renamed = earlier.name !== wireName ? earlier : field;
    const message = `the fields \`${earlier.name}\` and \`${field.name}\` of \`${model.name}\` both have the JSON key \`${wireName}\`; give one of them another key with a \`wireNames.overrides\` entry such as \`${model.name}.${renamed.name}: ${renamed.name}\``;
    diagnostics.add({ code: 'duplicate-wire-name', severity: 'error', message, source: field.source });
  }
}

/**
 * Reports each example key that spells several fields of one model equally (`user_id` for both
 * `userID` and `userId`), once per Example cell. Such a key sets the wire name of none of them.
 */
function reportAmbiguousKeys(models: readonly Model[], evidence: readonly WireNameEvidence[], diagnostics: DiagnosticBag): void {
  const modelOfField = new Map<Field, Model>();
  for (const model of models) if (model.kind === 'object') for (const field of model.fields) modelOfField.set(field, model);
  const reported = new Set<string>();
  for (const item of evidence) {
    if (item.ambiguousFields === undefined) continue;
    const modelName = modelOfField.get(item.ambiguousFields[0]!)?.name ?? '';
    const id = JSON.stringify([item.source.file, item.source.line, modelName, item.key]);
    if (reported.has(id)) continue;
    reported.add(id);
    const names = item.ambiguousFields.map((field) => `\`${field.name}\``).join(' and ');
    diagnostics.add({
      code: 'ambiguous-example-key',
      severity: 'warning',
      message: `the example key \`${item.key}\` could name ${names} of \`${modelName}\`, so it sets the wire name of neither; write the key exactly as one of the field names, or set the wire names with \`wireNames.overrides\``,
      source: item.source,
    });
  }
}

/**
 * Finds the object models that hold HTTP headers: those named `...Headers...` or used by a field
 * named `headers`. HTTP header names are written in kebab-case (`content-type`), so their fields
 * are too unless an example shows otherwise.
 */
function findHeaderModels(models: readonly Model[]): Set<Model> {
  const byDoc = new Map(models.map((model) => [model.source.file, model]));
  const found = new Set<Model>();
  for (const model of models) {
    if (model.kind !== 'object') continue;
    if (/Headers(?![a-z])/.test(model.name)) found.add(model);
    for (const field of model.fields) {
      if (field.name !== 'headers' || field.type.kind !== 'reference' || field.type.doc === undefined) continue;
      const target = byDoc.get(field.type.doc);
      if (target?.kind === 'object') found.add(target);
    }
  }
  return found;
}

/** The keys examples write for one field (or one loose name), with how often and where first. */
type KeyCounts = Map<string, { count: number; first: WireNameEvidence }>;

function groupKeys<K>(evidence: readonly WireNameEvidence[], keyOf: (item: WireNameEvidence) => K): Map<K, KeyCounts> {
  const groups = new Map<K, KeyCounts>();
  for (const item of evidence) {
    const groupKey = keyOf(item);
    let counts = groups.get(groupKey);
    if (!counts) {
      counts = new Map();
      groups.set(groupKey, counts);
    }
    const entry = counts.get(item.key);
    if (entry) entry.count += 1;
    else counts.set(item.key, { count: 1, first: item });
  }
  return groups;
}

/** Picks the key that examples of the field itself write, or undefined when the mapped name is among them. */
function chooseOwnKey(field: Field, mapped: string, shown: KeyCounts, modelName: string, diagnostics: DiagnosticBag): string | undefined {
  if (shown.has(mapped)) return undefined;
  const [key, { first }] = mostFrequent(shown);
  diagnostics.add({
    code: 'wire-name-from-example',
    severity: 'info',
    message: `the wire name of \`${modelName}.${field.name}\` is \`${key}\`, as an example writes it (the mapping gives \`${mapped}\`)`,
    source: first.source,
  });
  return key;
}

/**
 * Picks a key that examples write for a field of the same name in another model (or in a list of
 * field names), when no example writes the mapped name and exactly one other key is shown. The
 * property name itself is never taken this way: examples written with property names instead of
 * wire names are a common slip, and one slip must not rename the field in every model.
 */
function chooseKeyOfSameName(field: Field, mapped: string, shown: KeyCounts | undefined, modelName: string, diagnostics: DiagnosticBag): string | undefined {
  if (!shown || shown.has(mapped)) return undefined;
  const keys = [...shown.keys()].filter((key) => key !== field.name);
  if (keys.length !== 1) return undefined;
  const { first } = shown.get(keys[0]!)!;
  diagnostics.add({
    code: 'wire-name-from-example',
    severity: 'info',
    message: `the wire name of \`${modelName}.${field.name}\` is taken to be \`${keys[0]}\`, as an example writes it for a field of that name (${first.source.file}:${first.source.line}); the mapping gives \`${mapped}\``,
    source: field.source,
  });
  return keys[0];
}

function mostFrequent(counts: KeyCounts): [string, { count: number; first: WireNameEvidence }] {
  let best: [string, { count: number; first: WireNameEvidence }] | undefined;
  for (const entry of counts) if (!best || entry[1].count > best[1].count) best = entry;
  return best!;
}

/**
 * Picks the mapping that the most example keys agree with. Only keys of names that the mappings
 * write differently count, so `id` is no evidence. A key counts for every mapping that writes it,
 * and a tie goes to the mapping earliest in `INFERABLE_MAPPINGS`. When no key of a known field tells
 * the mappings apart, the shape of all keys in the examples decides (`other_known_names` is
 * snake_case). With neither, names stay unchanged, unless most `fieldNames` start with a capital
 * letter (Go and C# docs): JSON keys rarely do, so those names are read as camelCase.
 */
export function inferMapping(evidence: readonly WireNameEvidence[], exampleKeys: readonly string[], diagnostics?: DiagnosticBag, fieldNames: readonly string[] = []): WireNameMapping {
  const votes = new Map<WireNameMapping, number>();
  let telling = 0;
  for (const item of evidence) {
    if (item.field === undefined) continue;
    const written = INFERABLE_MAPPINGS.map((mapping) => mapPropertyName(item.field!.name, mapping));
    if (new Set(written).size === 1) continue;
    telling += 1;
    // A key that several mappings write counts for each of them.
    INFERABLE_MAPPINGS.forEach((mapping, index) => {
      if (written[index] === item.key) votes.set(mapping, (votes.get(mapping) ?? 0) + 1);
    });
  }
  let basis = 'example keys of documented fields that tell the mappings apart';
  if (telling === 0) {
    for (const key of exampleKeys) {
      const shape = keyShape(key);
      if (shape === undefined) continue;
      telling += 1;
      votes.set(shape, (votes.get(shape) ?? 0) + 1);
    }
    basis = 'keys of several words in the JSON examples';
  }

  // NOTE: docs with PascalCase names (Go, C#) whose examples tell nothing get camelCase keys such
  // as `saleAmount`, a guess that is wrong for an API that writes snake_case keys.
  const capitalized = fieldNames.filter((name) => /^\p{Lu}/u.test(name)).length;
  const fallback: WireNameMapping = capitalized * 2 > fieldNames.length ? 'camelCase' : 'unchanged';
  let best: WireNameMapping = fallback;
  let bestVotes = 0;
  for (const mapping of INFERABLE_MAPPINGS) {
    const count = votes.get(mapping) ?? 0;
    if (count > bestVotes) {
      best = mapping;
      bestVotes = count;
    }
  }
  diagnostics?.add({
    code: 'wire-name-mapping',
    severity: 'info',
    message: bestVotes === 0
      ? fallback === 'camelCase'
        ? 'no example shows how property names become wire names, and most property names start with a capital letter, which JSON keys rarely do, so wire names default to camelCase; set the wire-name mapping if the API uses another form'
        : 'no example shows how property names become wire names, so wire names are the property names unchanged; set the wire-name mapping if the API uses another form'
      : `wire names default to ${best}: ${bestVotes} of ${telling} ${basis} are written in it`,
  });
  return best;
}

/** Returns the mapping whose form a key of several words has, or undefined for a key of one word or a mixed form. */
function keyShape(key: string): WireNameMapping | undefined {
  if (/^[a-z][a-z0-9]*(_[a-z0-9]+)+$/.test(key)) return 'snake_case';
  if (/^[a-z][a-z0-9]*([A-Z][a-z0-9]*)+$/.test(key)) return 'camelCase';
  if (/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(key)) return 'kebab-case';
  return undefined;
}

/**
 * Maps a property name to a wire name: `learningObjectId` becomes `learning_object_id` in snake_case.
 * In camelCase a name that starts with a lower-case letter and has no separator stays as it is
 * (`userID`). Other names are rebuilt from their words: `SaleAmount` becomes `saleAmount`, `URL`
 * becomes `url` and `RefererURL` becomes `refererUrl`. This undoes the Go SDKs' field naming,
 * which capitalizes the JSON key and writes initialisms in capitals.
 */
export function mapPropertyName(name: string, mapping: WireNameMapping): string {
  if (mapping === 'unchanged') return name;
  if (mapping === 'camelCase') {
    if (!/[_\- ]/.test(name) && !/^\p{Lu}/u.test(name)) return name;
    return splitWords(name).map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
  }
  const words = splitWords(name);
  return words.join(mapping === 'snake_case' ? '_' : '-');
}

/** Splits `learningObjectID2` into `learning`, `object`, `id2`: lower-case words at case changes. */
function splitWords(name: string): string[] {
  const words: string[] = [];
  let current = '';
  for (let index = 0; index < name.length; index += 1) {
    const char = name[index]!;
    const previous = name[index - 1] ?? '';
    const next = name[index + 1] ?? '';
    const startsWord = isUpper(char) && current !== '' && (isLowerOrDigit(previous) || (isUpper(previous) && isLower(next)));
    if (char === '_' || char === '-' || char === ' ') {
      if (current !== '') words.push(current);
      current = '';
      continue;
    }
    if (startsWord) {
      words.push(current);
      current = '';
    }
    current += char.toLowerCase();
  }
  if (current !== '') words.push(current);
  return words;
}

function isUpper(char: string): boolean {
  return /^\p{Lu}$/u.test(char);
}

function isLower(char: string): boolean {
  return /^\p{Ll}$/u.test(char);
}

function isLowerOrDigit(char: string): boolean {
  return /^[\p{Ll}\p{Nd}]$/u.test(char);
}

/** Returns the names of the fields of every object model. */
function fieldNamesOf(models: readonly Model[]): string[] {
  return models.flatMap((model) => (model.kind === 'object' ? model.fields.map((field) => field.name) : []));
}
