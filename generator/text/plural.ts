/** Picks the word form that agrees with a count: `singular` for exactly 1, otherwise `pluralForm`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/** Writes a count with its noun in the agreeing form, as in `1 file` or `3 files`. */
export function countOf(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${plural(count, singular, pluralForm)}`;
}
