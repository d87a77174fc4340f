import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** The parts of a model doc: its title, the blocks before the first section, and each `##` section. */
export interface DocSections {
  title?: Heading;
  /** `#` headings after the title; a model doc has one title, so each of these is a problem. */
  extraTitles: Heading[];
  preamble: RootContent[];
  sections: DocSection[];
}

export interface DocSection {
  heading: Heading;
  /** The heading's text, such as `Fields`, `Values` or `Supported Types`. */
  name: string;
  content: RootContent[];
}

/** Splits a doc's tree at its `#` title and `##` headings. */
export function splitDocSections(tree: Root): DocSections {
  const result: DocSections = { extraTitles: [], preamble: [], sections: [] };
  let current: DocSection | undefined;

  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 1 && result.title === undefined && current === undefined) {
      result.title = node;
      continue;
    }
    if (node.type === 'heading' && node.depth === 1 && result.title !== undefined) result.extraTitles.push(node);
    if (node.type === 'heading' && node.depth === 2) {
      current = { heading: node, name: toString(node).trim(), content: [] };
      result.sections.push(current);
      continue;
    }
    if (current) current.content.push(node);
    else result.preamble.push(node);
  }
  return result;
}
