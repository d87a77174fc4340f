import { RESERVED_WORDS, isIdentifier } from './names.js';
import { UniqueNames } from './unique-names.js';

/** Names that generated functions use for their own variables and helpers. */
const TAKEN_BY_GENERATED_CODE = new Set([
  'value', 'path', 'problems', 'problem', 'missingProblem', 'unionProblem', 'isPlainObject', 'isDate', 'isDateTime', 'pathTo',
  'ownProperty', 'nestingProblem', 'MAX_NESTING_DEPTH', 'depth', 'index', 'item', 'key', 'entry', 'json', 'properties', 'result', 'Object', 'Array', 'Number', 'JSON', 'Date',
]);

/** Gives each field a distinct local variable name for the validator, based on its property name. */
export function assignLocalNames(propertyNames: readonly string[]): string[] {
  const names = new UniqueNames();
  return propertyNames.map((propertyName) => {
    let name = isIdentifier(propertyName) ? propertyName : toCamelCase(propertyName);
    if (name === '' || /^[0-9]/.test(name)) name = `field${name}`;
    if (RESERVED_WORDS.has(name) || TAKEN_BY_GENERATED_CODE.has(name) || name.startsWith('validate') || name.startsWith('member')) name = `${name}Value`;
    return names.claim(name);
  });
}

function toCamelCase(text: string): string {
  const words = text.split(/[^A-Za-z0-9_$]+/).filter((word) => word !== '');
  return words.map((word, index) => (index === 0 ? word[0]!.toLowerCase() + word.slice(1) : word[0]!.toUpperCase() + word.slice(1))).join('');
}
