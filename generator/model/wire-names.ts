import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Model } from './types.js';

export type WireNameMapping = 'snake_case' | 'camelCase' | 'kebab-case' | 'unchanged';

export interface WireNameOptions {
  /** How a property name becomes a wire name when nothing more specific is known; `unchanged` by default. */
  mapping?: WireNameMapping;
  /** Wire names set by hand, keyed by `Model.field`. */
  overrides?: Record<string, string>;
}

/** Sets the wire name of every field from the overrides, then the mapping. */
export function assignWireNames(models: readonly Model[], options: WireNameOptions, _diagnostics: DiagnosticBag): void {
  const mapping = options.mapping ?? 'unchanged';
  for (const model of models) {
    if (model.kind !== 'object') continue;
    for (const field of model.fields) {
      const override = options.overrides?.[`${model.name}.${field.name}`];
      if (override !== undefined) {
        field.wireName = override;
        field.wireNameSource = 'override';
      } else {
        field.wireName = mapPropertyName(field.name, mapping);
        field.wireNameSource = 'mapping';
      }
    }
  }
}

/** Maps a property name to a wire name: `learningObjectId` becomes `learning_object_id` in snake_case. */
export function mapPropertyName(name: string, mapping: WireNameMapping): string {
  if (mapping === 'unchanged' || mapping === 'camelCase') return name;
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
    const isUpper = char >= 'A' && char <= 'Z';
    const startsWord = isUpper && current !== '' && (isLowerOrDigit(previous) || (previous >= 'A' && previous <= 'Z' && next >= 'a' && next <= 'z'));
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

function isLowerOrDigit(char: string): boolean {
  return (char >= 'a' && char <= 'z') || (char >= '0' && char <= '9');
}
