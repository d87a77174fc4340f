import type { JSDocStructure, OptionalKind } from 'ts-morph';
import type { Deprecation } from '../model/types.js';

export interface DocParts {
  description?: string;
  deprecated?: Deprecation;
  example?: string;
  /** Extra lines after the description, such as where the model comes from. */
  notes?: string[];
}

/** Builds a JSDoc comment from a description, a deprecation notice and an example; none when all are empty. */
export function jsDoc(parts: DocParts): OptionalKind<JSDocStructure>[] {
  const paragraphs = [parts.description, ...(parts.notes ?? [])].filter((text): text is string => text !== undefined && text !== '');
  const tags: { tagName: string; text?: string }[] = [];
  if (parts.example !== undefined && parts.example !== '') tags.push({ tagName: 'example', text: escapeComment(parts.example) });
  if (parts.deprecated) tags.push(parts.deprecated.message === '' ? { tagName: 'deprecated' } : { tagName: 'deprecated', text: escapeComment(parts.deprecated.message) });
  if (paragraphs.length === 0 && tags.length === 0) return [];
  const description = paragraphs.map(escapeComment).join('\n\n');
  return [{ ...(description === '' ? {} : { description }), tags }];
}

/**
 * Makes doc text safe inside a block comment: `*\/` would end the comment early, so it is written
 * as `*\u2215` (a division slash that reads the same). `/*` is written as `\u2215*` too, because
 * ts-morph closes a JSDoc early when its description ends with `/*`. `@` at a line start would begin a tag,
 * and `*` at a line start would be read as the comment's margin, so it is written as `\u2217`.
 */
export function escapeComment(text: string): string {
  return text
    .replaceAll('*/', '*\u2215')
    .replaceAll('/*', '\u2215*')
    .replaceAll('\r\n', '\n')
    .replaceAll('\r', '\n')
    .replaceAll('\u2028', '\n')
    .replaceAll('\u2029', '\n')
    .replace(/^([ \t]*)@/gm, '$1\\@')
    .replace(/^([ \t]*)\*/gm, '$1\u2217');
}
