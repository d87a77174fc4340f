import type { RootContent } from 'mdast';
import type { UnionMember } from '../model/types.js';
import type { Dialect } from './dialect.js';
import type { DocContext } from './doc-context.js';
import { resolveDocLink } from './links.js';
import { checkTypeNesting } from './type-expression/nesting-depth.js';
import { TypeSyntaxError } from './type-expression/token-stream.js';
import { tokenizeTypeCell } from './type-expression/tokens.js';
import { toString } from 'mdast-util-to-string';

/** Reads a `## Supported Types` section: each `###` heading names one member of the union. */
export function readSupportedTypes(content: readonly RootContent[], dialect: Dialect, doc: DocContext): UnionMember[] {
  const members: UnionMember[] = [];

  for (const node of content) {
    if (node.type !== 'heading' || node.depth !== 3) continue;

    const label = toString(node).trim();
    const source = doc.positionOf(node);
    if (label === '') {
      doc.report('error', 'empty-union-member', 'the union member heading is empty; write the member type in backticks', source);
      continue;
    }
    try {
      const tokens = tokenizeTypeCell(node.children, source);
      checkTypeNesting(tokens);
      const parsed = dialect.parseType(tokens, { resolveLink: (url) => resolveDocLink(doc.file, url) });
      const type = parsed.nullable ? { kind: 'union' as const, members: [parsed.type, { kind: 'literal' as const, value: null }] } : parsed.type;
      members.push({ label, type, source });
    } catch (error) {
      if (!(error instanceof TypeSyntaxError)) throw error;
      doc.report('error', error.code, `cannot read the union member \`${label}\`: ${error.message}`, doc.at(error.token.line, error.token.column));
    }
  }
  return members;
}
