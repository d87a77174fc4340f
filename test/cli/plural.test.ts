import { describe, expect, it } from 'vitest';
import { countOf, plural } from '../../generator/text/plural.js';

describe('count wording', () => {
  it('uses the singular for one', () => {
    expect(countOf(1, 'file')).toBe('1 file');
    expect(countOf(1, 'cache entry', 'cache entries')).toBe('1 cache entry');
    expect(plural(1, 'differs', 'differ')).toBe('differs');
  });

  it('uses the plural otherwise', () => {
    expect(countOf(0, 'file')).toBe('0 files');
    expect(countOf(2, 'file')).toBe('2 files');
    expect(countOf(2, 'cache entry', 'cache entries')).toBe('2 cache entries');
    expect(plural(3, 'differs', 'differ')).toBe('differ');
  });
});
