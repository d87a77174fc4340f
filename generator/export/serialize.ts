import { Document, Scalar, visit } from 'yaml';
import { escapeBidiControls, indexOfBidiControl } from '../text/bidi-controls.js';
import type { JsonValue } from './json-schema.js';

/** Tells whether a file name asks for YAML (`.yaml`, `.yml`); every other name gets JSON. */
export function isYamlFile(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/**
 * Serializes an exported document as YAML or JSON, chosen by the output file's extension.
 * Bidirectional formatting characters from the docs are written as `\uXXXX` escapes, so they
 * cannot reorder the file on screen.
 */
export function serializeDocument(document: JsonValue, file: string): string {
  if (isYamlFile(file)) return serializeYaml(document);
  return escapeBidiControls(JSON.stringify(document, null, 2)) + '\n';
}

function serializeYaml(document: JsonValue): string {
  const yaml = new Document(document, { aliasDuplicateObjects: false });
  // YAML reads `\uXXXX` escapes only in double-quoted scalars, so every string with such a
  // character, key or value, is double-quoted before the characters are escaped.
  visit(yaml, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && indexOfBidiControl(node.value) !== -1) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return escapeBidiControls(yaml.toString({ lineWidth: 0 }));
}
