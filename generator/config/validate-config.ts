import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourcePosition } from '../model/types.js';
import type { ValueSchema } from './schema.js';

/** The configuration file being validated, for diagnostics. */
export interface Place {
  /** The configuration file as shown to the user. */
  file: string;
  text: string;
  lineCounter: LineCounter;
}

/**
 * Checks a parsed YAML node against a schema and returns its plain value. Unknown keys and values
 * of the wrong type are reported with the line and column of the node and the valid choices. A
 * reported value is left out of the result, so its default applies.
 */
export function validateNode(node: Node | null | undefined, schema: ValueSchema, path: string, place: Place, diagnostics: Diagnostic[]): unknown {
  const report = (message: string, at: Node | null | undefined = node): undefined => {
    diagnostics.push(configDiagnostic(place, 'config-invalid-value', `\`${path}\`: ${message}`, at));
    return undefined;
  };

  if (node === null || node === undefined || (isScalar(node) && node.value === null)) {
    return report(`expected ${describe(schema)}, found an empty value`);
  }

  switch (schema.type) {
    case 'string': {
      if (!isScalar(node) || typeof node.value !== 'string') return report(`expected a string, found ${found(node)}`);
      if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(node.value)) {
        return report(`\`${node.value}\` is not ${schema.patternHint ?? `a match of ${schema.pattern}`}`);
      }
      return node.value;
    }
    case 'boolean':
      if (!isScalar(node) || typeof node.value !== 'boolean') return report(`expected true or false, found ${found(node)}`);
      return node.value;
    case 'integer':
      if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value) || node.value < schema.minimum) {
        return report(`expected a whole number of at least ${schema.minimum}, found ${found(node)}`);
      }
      return node.value;
    case 'choice':
      if (!isScalar(node) || typeof node.value !== 'string' || !schema.choices.includes(node.value)) {
        return report(`${found(node)} is not a valid choice; expected one of ${schema.choices.map((choice) => `\`${choice}\``).join(', ')}`);
      }
      return node.value;
    case 'list': {
      if (!isSeq(node)) return report(`expected a list, found ${found(node)}`);
      const items: unknown[] = [];
      node.items.forEach((item, index) => {
        const value = validateNode(item as Node, schema.items, `${path}[${index}]`, place, diagnostics);
        if (value !== undefined) items.push(value);
      });
      return items;
    }
    case 'map': {
      if (!isMap(node)) return report(`expected a mapping of ${schema.keyHint} to values, found ${found(node)}`);
      const result: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = keyText(pair);
        if (key === undefined || !new RegExp(schema.keyPattern).test(key)) {
          report(`the key ${key === undefined ? 'here' : `\`${key}\``} is not ${schema.keyHint}`, pair.key as Node);
          continue;
        }
        const value = validateNode(pair.value as Node, schema.values, `${path}.${key}`, place, diagnostics);
        if (value !== undefined) result[key] = value;
      }
      return result;
    }
    case 'object':
      return validateObject(node, schema, path, place, diagnostics);
    case 'either': {
      for (const option of schema.options) {
        const attempt: Diagnostic[] = [];
        const value = validateNode(node, option, path, place, attempt);
        if (attempt.length === 0) return value;
      }
      return report(`expected ${describe(schema)}, found ${found(node)}`);
    }
  }
}

function validateObject(node: Node, schema: Extract<ValueSchema, { type: 'object' }>, path: string, place: Place, diagnostics: Diagnostic[]): Record<string, unknown> | undefined {
  if (!isMap(node)) {
    diagnostics.push(configDiagnostic(place, 'config-invalid-value', `${path === '' ? 'the file' : `\`${path}\``}: expected a mapping of keys to values, found ${found(node)}`, node));
    return undefined;
  }
  const known = Object.keys(schema.properties);
  const result: Record<string, unknown> = {};
  for (const pair of node.items) {
    const key = keyText(pair);
    const property = key === undefined ? undefined : schema.properties[key];
    if (key === undefined || property === undefined) {
      const where = path === '' ? 'the configuration' : `\`${path}\``;
      const shown = key === undefined ? 'a key that is not a string' : `\`${key}\``;
      diagnostics.push(configDiagnostic(place, 'config-unknown-key', `${shown} is not a key of ${where}; valid keys: ${known.join(', ')}`, pair.key as Node));
      continue;
    }
    const value = validateNode(pair.value as Node, property, path === '' ? key : `${path}.${key}`, place, diagnostics);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** Builds an error that points at a node of the configuration file, or at `offset` when given. */
export function configDiagnostic(place: Place, code: string, message: string, node: { range?: [number, number, number] | null } | null | undefined, offset?: number): Diagnostic {
  return { code, severity: 'error', message, ...positionIn(place, offset ?? node?.range?.[0] ?? 0) };
}

/** Returns the position of an offset in the configuration file and the text of its line. */
export function positionIn(place: Place, offset: number): { source: SourcePosition; sourceLine?: string } {
  const position = place.lineCounter.linePos(offset);
  const sourceLine = place.text.split(/\r?\n/)[position.line - 1];
  return { source: { file: place.file, line: position.line, column: position.col }, ...(sourceLine === undefined ? {} : { sourceLine }) };
}

function keyText(pair: Pair): string | undefined {
  const key = pair.key;
  if (isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number')) return String(key.value);
  return undefined;
}

function found(node: Node): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) return `\`${String(node.value)}\``;
  return 'a value of another kind';
}

function describe(schema: ValueSchema): string {
  switch (schema.type) {
    case 'string':
      return 'a string';
    case 'boolean':
      return 'true or false';
    case 'integer':
      return 'a whole number';
    case 'choice':
      return `one of ${schema.choices.map((choice) => `\`${choice}\``).join(', ')}`;
    case 'list':
      return 'a list';
    case 'map':
    case 'object':
      return 'a mapping';
    case 'either':
      return schema.options.map(describe).join(' or ');
  }
}
