/**
 * Wraps text in backticks for a message, as Markdown writes code: with one more backtick than the
 * longest run of backticks in the text, and a space inside each end when the text starts or ends
 * with a backtick. So `` ` `` quotes a lone backtick and the quotes never merge with the text.
 */
export function codeSpan(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padding = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${padding}${text}${padding}${fence}`;
}
