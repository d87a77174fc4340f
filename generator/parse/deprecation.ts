import type { Deprecation } from '../model/types.js';

/** A description split into its deprecation notice (if any) and the text that follows it. */
export interface DescriptionParts {
  deprecated?: Deprecation;
  description: string;
}

const WARNING_PREFIX = /^(?:>\s*)?:\s?warning\s?:\s*\*\*\s?DEPRECATED\s?\*\*\s?:?\s*/i;

/**
 * Splits the notice that Speakeasy writes at the start of a deprecated field's description,
 * `: warning: ** DEPRECATED **: <message><br/><br/><description>`, from the description itself.
 * Works on the cell's source, before `<br/>` tags become line breaks.
 */
export function splitDeprecationNotice(source: string): DescriptionParts {
  const prefix = WARNING_PREFIX.exec(source);
  if (!prefix) return { description: source };

  const rest = source.slice(prefix[0].length);
  const separator = findParagraphBreak(rest);
  if (separator === undefined) return { deprecated: { message: rest.trim() }, description: '' };
  return {
    deprecated: { message: rest.slice(0, separator.start).trim() },
    description: rest.slice(separator.end),
  };
}

/** Finds two `<br/>` tags in a row (or a blank line), which end the deprecation message. */
function findParagraphBreak(text: string): { start: number; end: number } | undefined {
  const doubleTag = /<br\s*\/?>\s*<br\s*\/?>/i.exec(text);
  const blankLine = /\n\s*\n/.exec(text);
  const match = [doubleTag, blankLine].filter((found) => found !== null).sort((a, b) => a.index - b.index)[0];
  if (!match) return undefined;
  return { start: match.index, end: match.index + match[0].length };
}
