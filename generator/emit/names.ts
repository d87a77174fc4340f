import { readFileSync } from 'node:fs';
import { compareText } from '../diagnostics/diagnostic.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/types.js';

/** The TypeScript names of every model, keyed by the model's doc path. */
export interface TypeNames {
  /** The exported type name of the model whose doc is `doc`. */
  typeName(doc: string): string;
  /** The output file name (without `.ts`) of the model whose doc is `doc`. */
  fileName(doc: string): string;
  renames: Diagnostic[];
  /** The names given in this run, to keep with the output so the next run gives the same ones. */
  manifest: NamesManifest;
  /** The docs of `NameOptions.leftOut` that kept their names, sorted by path. */
  leftOutDocs: string[];
}

/** The naming scheme of generated model files, applied to the type name `EmployeeStatus`. */
export type FileNameScheme = 'PascalCase' | 'camelCase' | 'kebab-case';

/**
 * The type name given to each doc's model, kept with the output. A name stays with its doc for as
 * long as the model's name in the doc is the same, so adding or removing a doc never renames the
 * type of another one.
 */
export interface NamesManifest {
  /** Type names keyed by doc path, with the model name they were given for. */
  names: Record<string, { model: string; type: string }>;
}

export interface NameOptions {
  /** The manifest of the previous run, whose names are kept where they are still valid. */
  previous?: NamesManifest;
  fileNames?: FileNameScheme;
  /**
   * The names of docs whose models are left out of this run because of errors (`--keep-going`),
   * keyed by doc path. Their old files stay in the output folder, so no model may take these
   * names, and the manifest keeps them.
   */
  leftOut?: NamesManifest['names'];
}

/** Names the generated runtime module exports; no model may take them. */
export const RUNTIME_EXPORTS: ReadonlySet<string> = readRuntimeExports();

/** Lists the names the runtime module exports, read from its source so the list cannot fall behind. */
function readRuntimeExports(): Set<string> {
  const source = readFileSync(new URL('./runtime/runtime.ts', import.meta.url), 'utf8');
  const names = new Set<string>();
  for (const match of source.matchAll(/^export (?:declare )?(?:abstract )?(?:function|const|let|class|type|interface|enum) ([A-Za-z_$][A-Za-z0-9_$]*)/gm)) names.add(match[1]!);
  return names;
}

/** File names the emitter writes besides the model files, compared without letter case. */
const RESERVED_FILE_NAMES = new Set(['index', 'runtime']);

/**
 * Global names that a model must not shadow: generated code uses them (Date, Array, Number, ...),
 * and a class named like one would break code in its own file.
 */
const GLOBAL_NAMES = new Set([
  'Array', 'ArrayBuffer', 'BigInt', 'Boolean', 'DataView', 'Date', 'Error', 'Function', 'Infinity', 'JSON', 'Map', 'Math',
  'NaN', 'Number', 'Object', 'Promise', 'Proxy', 'Reflect', 'RegExp', 'Set', 'String', 'Symbol', 'Uint8Array',
  'WeakMap', 'WeakSet', 'Record', 'Partial', 'Readonly', 'Required', 'Pick', 'Omit', 'Exclude', 'Extract',
  'globalThis', 'undefined', 'unknown', 'never', 'any', 'object', 'string', 'number', 'boolean', 'symbol', 'bigint',
]);

/**
 * Gives every model a distinct, valid TypeScript name. A name recorded in the previous manifest for
 * the same doc and model name is kept. Every other model takes its plain name when it is free. When
 * docs collide, the doc whose path sorts first takes the plain name and each other one takes its
 * folder's name as a prefix (`Operations/Status.md` becomes `OperationsStatus`), then a number
 * (`OperationsStatus2`, or `Value4_2` after a digit).
 * Without a manifest, a name depends only on the model's own doc and the docs that would produce
 * the same name, so an unrelated doc never changes it.
 */
export function assignTypeNames(models: readonly Model[], options: NameOptions = {}): TypeNames {
  const toFileName = (typeName: string): string => fileNameFor(typeName, options.fileNames ?? 'PascalCase');
  const registry = new NameRegistry(toFileName);
  const renames: Diagnostic[] = [];
  const sorted = [...models].sort((a, b) => compareText(a.source.file, b.source.file));

  // Names of the docs left out first, so no generated file overwrites their old files.
  const leftOut = options.leftOut ?? {};
  const leftOutDocs: string[] = [];
  for (const doc of Object.keys(leftOut).sort(compareText)) {
    const { type } = leftOut[doc]!;
    if (!isIdentifier(type) || !registry.isFree(type)) continue;
    registry.claimFor(doc, type);
    leftOutDocs.push(doc);
  }

  // Names from the previous run next, so no new doc can take them.
  const unnamed: Model[] = [];
  for (const model of sorted) {
    const kept = options.previous?.names[model.source.file];
    if (kept !== undefined && kept.model === model.name && isKeepable(kept.type, model) && registry.isFree(kept.type)) {
      registry.claim(kept.type, model);
      if (kept.type === toTypeName(model.name) && kept.type !== model.name) renames.push(renameNote(model, kept.type, 'is not a valid or free TypeScript name'));
      if (kept.type !== toTypeName(model.name)) renames.push(renameNote(model, kept.type, 'keeps the name an earlier run gave it (see md-models-ts.names.json)'));
    } else {
      unnamed.push(model);
    }
  }

  const groups = new Map<string, Model[]>();
  for (const model of unnamed) {
    const key = toTypeName(model.name).toLowerCase();
    const group = groups.get(key);
    if (group) group.push(model);
    else groups.set(key, [model]);
  }

  // Plain names first, so a prefixed name never takes the plain name of a later group.
  const pending: { model: Model; base: string; reason: string }[] = [];
  for (const group of groups.values()) {
    const [first, ...others] = group;
    const base = toTypeName(first!.name);
    if (registry.isFree(base)) {
      registry.claim(base, first!);
      if (base !== first!.name) renames.push(renameNote(first!, base, 'is not a valid or free TypeScript name'));
    } else {
      pending.push({ model: first!, base, reason: registry.describeClash(base) });
    }
    for (const model of others) pending.push({ model, base: toTypeName(model.name), reason: SAME_NAME_AS_MODEL });
  }

  // The next number to try per prefixed name: names only get taken, so lower numbers stay taken,
  // and n models with one name take linear time.
  const nextSuffix = new Map<string, number>();
  for (const { model, base, reason } of pending) {
    const prefixed = folderPrefix(model.source.file) + base;
    let candidate = prefixed;
    let suffix = nextSuffix.get(prefixed) ?? 2;
    while (!registry.isFree(candidate)) {
      candidate = withNumber(prefixed, suffix);
      suffix += 1;
    }
    nextSuffix.set(prefixed, suffix);
    registry.claim(candidate, model);
    renames.push(renameNote(model, candidate, reason));
  }

  const manifest: NamesManifest = { names: {} };
  for (const model of sorted) manifest.names[model.source.file] = { model: model.name, type: registry.typeName(model.source.file) };
  for (const doc of leftOutDocs) manifest.names[doc] = leftOut[doc]!;
  return {
    typeName: (doc) => registry.typeName(doc),
    fileName: (doc) => toFileName(registry.typeName(doc)),
    renames,
    manifest,
    leftOutDocs,
  };
}

/** The type names and file names taken so far. */
class NameRegistry {
  private readonly byDoc = new Map<string, string>();
  private readonly taken = new Set<string>();
  private readonly takenFiles = new Set<string>();

  constructor(private readonly toFileName: (typeName: string) => string) {}

  isFree(name: string): boolean {
    const file = this.toFileName(name).toLowerCase();
    return !this.taken.has(name) && !this.takenFiles.has(file) && !RESERVED_FILE_NAMES.has(file) && runtimeClash(name) === undefined;
  }

  /** Describes why a name that is not free cannot be taken, worded to follow "the model `X`". */
  describeClash(name: string): string {
    const file = this.toFileName(name).toLowerCase();
    if (this.taken.has(name) || this.takenFiles.has(file)) return SAME_NAME_AS_MODEL;
    if (RESERVED_FILE_NAMES.has(file)) return `would be written to ${file}.ts, a file the generator writes itself`;
    const exported = runtimeClash(name);
    if (exported === name) return 'clashes with a name the runtime module exports';
    if (exported !== undefined) return `would export \`${exported}\`, which clashes with a name the runtime module exports`;
    return SAME_NAME_AS_MODEL;
  }

  claim(name: string, model: Model): void {
    this.claimFor(model.source.file, name);
  }

  claimFor(doc: string, name: string): void {
    this.byDoc.set(doc, name);
    this.taken.add(name);
    this.takenFiles.add(this.toFileName(name).toLowerCase());
  }

  typeName(doc: string): string {
    const name = this.byDoc.get(doc);
    if (name === undefined) throw new Error(`internal error: no TypeScript name was assigned to the model of ${doc}`);
    return name;
  }
}

const SAME_NAME_AS_MODEL = 'has the same TypeScript name as another model';

/** Returns the first export of a model named `name` that the runtime module also exports, if any. */
function runtimeClash(name: string): string | undefined {
  // A model also exports `isX`, `validateX` and `xSchema`, and none of them may clash either.
  const exports = [name, `is${name}`, `validate${name}`, schemaName(name)];
  return exports.find((exported) => RUNTIME_EXPORTS.has(exported));
}

/** Tells whether a name from a manifest may still be used: a valid, unreserved identifier built on the model's name. */
function isKeepable(name: string, model: Model): boolean {
  return isIdentifier(name) && !GLOBAL_NAMES.has(name) && !RESERVED_WORDS.has(name) && !/^[0-9]/.test(name) && name.includes(toTypeName(model.name));
}

/** Turns a type name into a file name (without `.ts`) by the scheme: `EmployeeStatus`, `employeeStatus` or `employee-status`. */
export function fileNameFor(typeName: string, scheme: FileNameScheme): string {
  if (scheme === 'PascalCase') return typeName;
  const words = splitWords(typeName);
  if (scheme === 'kebab-case') return words.join('-');
  return words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join('');
}

/** Splits `HTTPStatus2Code` into `http`, `status2`, `code`: lower-case words at case changes and underscores. */
function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_$]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase());
}

function renameNote(model: Model, name: string, reason: string): Diagnostic {
  return {
    code: 'renamed-model',
    severity: 'info',
    message: `the model \`${model.name}\` ${reason}; it is generated as \`${name}\``,
    source: model.source,
  };
}

/** Appends a number to a name, after an underscore when the name ends in a digit. */
export function withNumber(name: string, number: number): string {
  return /[0-9]$/.test(name) ? `${name}_${number}` : `${name}${number}`;
}

/** The PascalCase name of the doc's folder, such as `Operations` for `Models/Operations/Status.md`. */
function folderPrefix(doc: string): string {
  const parts = doc.split('/');
  const folder = parts.length > 1 ? parts[parts.length - 2]! : 'Model';
  return toTypeName(folder);
}

/**
 * Turns a model name into a valid TypeScript type name: characters outside identifiers split
 * words, which are joined in PascalCase; a leading digit gets a `Model` prefix, and a global
 * name a `Model` suffix.
 */
export function toTypeName(name: string): string {
  let result = isIdentifier(name) ? name : pascalCase(name);
  if (result === '') result = 'Model';
  if (/^[0-9]/.test(result)) result = `Model${result}`;
  if (GLOBAL_NAMES.has(result) || RESERVED_WORDS.has(result)) result = `${result}Model`;
  return result;
}

function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9_$]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/** Tells whether `text` is an ASCII identifier; other letters are valid too but are kept out of file names. */
export function isIdentifier(text: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text);
}

/** JavaScript reserved words and TypeScript type keywords, which no declaration may use as its name. */
export const RESERVED_WORDS = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum', 'export',
  'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null', 'return', 'super',
  'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static',
  'implements', 'interface', 'package', 'private', 'protected', 'public', 'await', 'arguments', 'eval',
  'type', 'as', 'async', 'of', 'declare', 'namespace', 'module', 'keyof', 'infer', 'is', 'readonly', 'satisfies',
]);

/** Builds the name of a model's schema constant: `lmsCompletionSchema` for the type `LmsCompletion`. */
export function schemaName(typeName: string): string {
  return `${typeName[0]!.toLowerCase()}${typeName.slice(1)}Schema`;
}
