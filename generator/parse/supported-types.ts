import type { Code, Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { UnionMember } from '../model/types.js';
import type { Dialect, UnionMemberSource } from './dialect.js';
import type { DocContext } from './doc-context.js';
import type { DocSection } from './doc-sections.js';
import { checkTypeNesting } from './type-expression/nesting-depth.js';
import type { TypeCellContext } from './type-expression/parsed-type.js';
import { TypeSyntaxError } from './type-expression/token-stream.js';
import { tokenizeTypeCell } from './type-expression/tokens.js';
import { withNull } from './type-expression/grammar-support.js';
import { codeSpan } from '../text/code-span.js';

/**
 * Reads a `## Supported Types` section: each `###` heading starts one member of the union. The
 * dialect reads the member from its heading, or from the code block under it when the heading
 * alone does not name the type (Go, C#). A section without any `###` heading is a warning, because
 * the union then has no members and its generated type accepts any value.
 */
export function readSupportedTypes(section: DocSection, dialect: Dialect, doc: DocContext, context: TypeCellContext): UnionMember[] {
  const content = section.content;
  const members: UnionMember[] = [];
  if (!content.some((node) => node.type === 'heading' && node.depth === 3)) {
    const message =
      `the \`## ${section.name}\` section lists no \`###\` member headings, so the union is generated as \`unknown\` and accepts any value; ` +
      'add one heading per member, such as ``### `string` ``';
    doc.report('warning', 'union-without-members', message, doc.positionOf(section.heading));
  }

  for (const [index, node] of content.entries()) {
    if (node.type !== 'heading' || node.depth !== 3) continue;

    const member = describeMember(node, findCodeBlock(content, index + 1), doc);
    if (/^`*$/.test(member.label) && member.code === undefined) {
      doc.report('error', 'empty-union-member', 'the union member heading is empty; write the member type in backticks, such as ``### `string` ``', member.source);
      continue;
    }
    try {
      checkTypeNesting(member.headingTokens);
      const parsed = dialect.readUnionMember ? dialect.readUnionMember(member, context) : dialect.parseType(member.headingTokens, context);
      const type = parsed.nullable ? withNull(parsed.type) : parsed.type;
      // A heading that names several types (a PHP bare `array` is a list or a map) adds each as a member.
      const types = parsed.type.kind === 'union' && type.kind === 'union' ? type.members : [type];
      for (const memberType of types) members.push({ label: member.label, type: memberType, source: member.source });
    } catch (error) {
      if (!(error instanceof TypeSyntaxError)) throw error;
      if (/^`*$/.test(member.label)) {
        // The code block under an empty heading did not name the type either.
        doc.report('error', 'empty-union-member', 'the union member heading is empty; write the member type in backticks, such as ``### `string` ``', member.source);
        continue;
      }
      doc.report('error', error.diagnostic.code, `cannot read the union member ${codeSpan(member.label)}: ${error.message}`, doc.at(error.token.line, error.token.column));
    }
  }
  return members;
}

function describeMember(heading: Heading, code: Code | undefined, doc: DocContext): UnionMemberSource {
  const source = doc.positionOf(heading);
  const member: UnionMemberSource = { label: toString(heading).trim(), headingTokens: tokenizeTypeCell(heading.children, source), source };
  // A fenced block's content starts on the line after its opening fence.
  if (code?.position) member.code = { value: code.value, line: code.position.start.line + 1, column: code.position.start.column };
  return member;
}

/** Returns the code block that follows a member heading, before the next heading. */
function findCodeBlock(content: readonly RootContent[], start: number): Code | undefined {
  for (const node of content.slice(start)) {
    if (node.type === 'heading') return undefined;
    if (node.type === 'code') return node;
  }
  return undefined;
}
