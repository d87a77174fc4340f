import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { installLinearResolvers } from './emphasis-resolvers.js';

const processor = unified().use(remarkParse).use(remarkGfm).freeze();
installLinearResolvers(processor.data('micromarkExtensions') ?? []);
// NOTE: micromark's text resolver, which merges adjacent data tokens, still splices once per run of
// them, so a paragraph of many short words between markup parses in quadratic time (docs/limits.md).

/** Parses GitHub-flavoured markdown into an mdast tree with positions. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
