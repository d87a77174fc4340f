import { stringify } from 'yaml';
import type { JsonValue } from './json-schema.js';

/** Tells whether a file name asks for YAML (`.yaml`, `.yml`); every other name gets JSON. */
export function isYamlFile(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/** Serializes an exported document as YAML or JSON, chosen by the output file's extension. */
export function serializeDocument(document: JsonValue, file: string): string {
  if (isYamlFile(file)) return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });
  return JSON.stringify(document, null, 2) + '\n';
}
