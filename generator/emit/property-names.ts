import { isIdentifier } from './names.js';
import { UniqueNames } from './unique-names.js';

/**
 * Property names a generated class must not declare: `constructor` is the class's own
 * constructor, `__proto__` would replace the instance's prototype, members of `Object.prototype`
 * (`toString`, `valueOf`, ...) would clash with the methods every object inherits, and the rest are
 * the methods and statics every model has.
 */
const RESERVED_PROPERTY_NAMES = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype', 'toJSON', 'fromJSON', 'safeFromJSON', 'validate', 'additionalProperties',
]);

/**
 * Gives each field of a model a distinct property name: the field name where it is usable, with a
 * `Value` suffix where it is reserved, and a number where two fields would clash.
 */
export function assignPropertyNames(fieldNames: readonly string[]): string[] {
  const names = new UniqueNames();
  return fieldNames.map((fieldName) => {
    let name = RESERVED_PROPERTY_NAMES.has(fieldName) ? `${fieldName.replace(/^_+|_+$/g, '') || 'field'}Value` : fieldName;
    if (name === '') name = 'field';
    return names.claim(name);
  });
}

/** Writes a property name for a declaration or an object literal: bare when it is an identifier, quoted otherwise. */
export function propertyKey(name: string): string {
  return isIdentifier(name) ? name : JSON.stringify(name);
}

/** Writes a property access: `.name` for identifiers, `["name"]` otherwise. */
export function propertyAccess(name: string): string {
  return isIdentifier(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}
