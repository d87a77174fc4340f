/**
 * Turns the markdown source of a table cell into the text it shows: `<br/>` becomes a line break
 * and the escaped pipe `\|` becomes `|`. Other markdown is kept as written, because descriptions
 * end up in JSDoc, which reads markdown too.
 */
export function cellSourceToText(source: string): string {
  return replaceLineBreakTags(source).replaceAll('\\|', '|').trim();
}

/** Replaces `<br>`, `<br/>` and `<br />` (in any letter case) with a newline. */
export function replaceLineBreakTags(source: string): string {
  let result = '';
  let index = 0;
  while (index < source.length) {
    const open = source.indexOf('<', index);
    if (open === -1) break;
    const close = source.indexOf('>', open);
    if (close === -1) break;
    const tag = source.slice(open + 1, close).replaceAll(' ', '').toLowerCase();
    if (tag === 'br' || tag === 'br/') {
      result += source.slice(index, open) + '\n';
    } else {
      result += source.slice(index, close + 1);
    }
    index = close + 1;
  }
  return result + source.slice(index);
}
