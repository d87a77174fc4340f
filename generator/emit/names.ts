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
}

/** Names the generated runtime module exports; no model may take them. */
export const RUNTIME_EXPORTS = new Set(['ValidationProblem', 'ValidationError', 'ModelProperties', 'JsonValue', 'ReadResult', 'Unrecognized', 'Schema', 'FieldSchema', 'ObjectSchema', 'ObjectOptions']);

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
 * Gives every model a distinct, valid TypeScript name. A name depends only on the model's own
 * doc and on the docs that would produce the same name, so adding or removing an unrelated doc
 * never renames a type. When docs collide, the doc whose path sorts first keeps the plain name and
 * each other one takes its folder's name as a prefix (`Operations/Status.md` becomes `OperationsStatus`).
 */
export function assignTypeNames(models: readonly Model[]): TypeNames {
  const byDoc = new Map<string, string>();
  const renames: Diagnostic[] = [];
  const sorted = [...models].sort((a, b) => compareText(a.source.file, b.source.file));
  const taken = new Set<string>();
  const takenFiles = new Set<string>();

  const groups = new Map<string, Model[]>();
  for (const model of sorted) {
    const base = toTypeName(model.name);
    const key = base.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(model);
    else groups.set(key, [model]);
  }

  // Plain names first, so a prefixed name never takes the plain name of a later group.
  const pending: { model: Model; base: string }[] = [];
  for (const group of groups.values()) {
    const [first, ...others] = group;
    const base = toTypeName(first!.name);
    if (isFree(base, taken, takenFiles)) {
      claim(base, first!, byDoc, taken, takenFiles);
      if (base !== first!.name) renames.push(renameNote(first!, base, 'is not a valid or free TypeScript name'));
    } else {
      pending.push({ model: first!, base });
    }
    for (const model of others) pending.push({ model, base: toTypeName(model.name) });
  }

  // The next number to try per prefixed name: names only get taken, so lower numbers stay taken,
  // and n models with one name take linear time.
  const nextSuffix = new Map<string, number>();
  for (const { model, base } of pending) {
    const prefixed = folderPrefix(model.source.file) + base;
    let candidate = prefixed;
    let suffix = nextSuffix.get(prefixed) ?? 2;
    while (!isFree(candidate, taken, takenFiles)) {
      candidate = `${prefixed}${suffix}`;
      suffix += 1;
    }
    nextSuffix.set(prefixed, suffix);
    claim(candidate, model, byDoc, taken, takenFiles);
    renames.push(renameNote(model, candidate, 'has the same TypeScript name as another model'));
  }

  return {
    typeName: (doc) => byDoc.get(doc) ?? fail(doc),
    fileName: (doc) => byDoc.get(doc) ?? fail(doc),
    renames,
  };
}

function fail(doc: string): never {
  throw new Error(`internal error: no TypeScript name was assigned to the model of ${doc}`);
}

function isFree(name: string, taken: Set<string>, takenFiles: Set<string>): boolean {
  return !taken.has(name) && !takenFiles.has(name.toLowerCase()) && !RESERVED_FILE_NAMES.has(name.toLowerCase()) && !RUNTIME_EXPORTS.has(name);
}

function claim(name: string, model: Model, byDoc: Map<string, string>, taken: Set<string>, takenFiles: Set<string>): void {
  byDoc.set(model.source.file, name);
  taken.add(name);
  takenFiles.add(name.toLowerCase());
}

function renameNote(model: Model, name: string, reason: string): Diagnostic {
  return {
    code: 'renamed-model',
    severity: 'info',
    message: `the model \`${model.name}\` ${reason}; it is generated as \`${name}\``,
    source: model.source,
  };
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
