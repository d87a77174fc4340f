import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { attention } from 'micromark-core-commonmark';
import { describe, expect, it } from 'vitest';
import { resolveAllAttentionLinear } from '../../generator/parse/emphasis-resolvers.js';
import { parseMarkdown } from '../../generator/parse/markdown.js';

// Importing markdown.ts put the linear resolver on micromark's shared `attention` construct.
const linearAttention = attention.resolveAll;

// micromark-core-commonmark's own resolver, from a second copy of its module that nothing changed.
const { attention: pristine } = await import('../../node_modules/micromark-core-commonmark/lib/attention.js?original' as string);
const micromarkAttention = (pristine as typeof attention).resolveAll;

/** Parses with micromark's own emphasis and strikethrough resolvers. */
function parseWithMicromarkResolvers(text: string): unknown {
  // A new processor gets new strikethrough constructs, which keep their own resolver.
  const processor = unified().use(remarkParse).use(remarkGfm).freeze();
  attention.resolveAll = micromarkAttention;
  try {
    return processor.parse(text);
  } finally {
    attention.resolveAll = linearAttention;
  }
}

const pieces = ['*', '**', '***', '_', '__', '~', '~~', 'a', ' ', '/', '.', '<br/>', '[', '](x)', '`', '\\', '\n'];

describe('linear emphasis resolvers', () => {
  it('replaces micromark resolver', () => {
    expect(linearAttention).toBe(resolveAllAttentionLinear);
    expect(micromarkAttention).not.toBe(resolveAllAttentionLinear);
  });

  it('matches micromark on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(parseMarkdown(text)).toEqual(parseWithMicromarkResolvers(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('matches micromark in table cells', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces.filter((piece) => piece !== '\n')), { maxLength: 40 }), (parts) => {
        const text = `| a | b |\n| --- | --- |\n| x | ${parts.join('')} |\n`;
        expect(parseMarkdown(text)).toEqual(parseWithMicromarkResolvers(text));
      }),
      { numRuns: 500 },
    );
  });
});
