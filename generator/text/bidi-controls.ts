/**
 * Unicode bidirectional formatting characters: LRM and RLM (U+200E, U+200F), the Arabic letter mark
 * (U+061C), the embeddings and overrides (U+202A-U+202E) and the isolates (U+2066-U+2069). They
 * are invisible but reorder the text around them on screen, so code that contains them can read
 * differently from what it does (the "Trojan Source" attack).
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Returns the index of the first bidirectional formatting character in the text, or -1. */
export function indexOfBidiControl(text: string): number {
  return text.search(BIDI_CONTROLS);
}

/** Writes the code point of a character as `U+202E`. */
export function codePointLabel(character: string): string {
  return `U+${hexCode(character)}`;
}

/**
 * Replaces each bidirectional formatting character in generated TypeScript or JSON with its
 * `\uXXXX` escape. Generated identifiers are ASCII only, so in TypeScript such a character can
 * only be part of a string or template literal, where the escape has the same value, or of a
 * comment, where it shows as text. In JSON every such character is part of a string.
 */
export function escapeBidiControls(code: string): string {
  return code.replace(BIDI_CONTROLS, (character) => `\\u${hexCode(character)}`);
}

/** Returns the four-digit upper-case hex code of a character in the Basic Multilingual Plane. */
function hexCode(character: string): string {
  return character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}
