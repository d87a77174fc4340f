import type { PhrasingContent, Table, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { EnumMember } from '../model/types.js';
import { cellSourceToText } from './cell-text.js';
import { splitDeprecationNotice } from './deprecation.js';
import type { DocContext } from './doc-context.js';
import { reportExtraCells } from './fields-table.js';

/** The members of a `## Values` table, and the open-enum row (`| - | \`Unrecognized<string>\` |`) when it has one. */
export interface ValuesTableReading {
  members: EnumMember[];
  /** The value type the open-enum row names; undefined when the table has no such row. */
  openValueType?: string;
}

/**
 * Matches the type argument of `Unrecognized<string>`, the last row of an open enum's table in the
 * TypeScript docs. The class excludes `>`, so matching is linear.
 */
const UNRECOGNIZED_MARKER = /^Unrecognized<([^>]*)>$/;

/** Reads a `## Values` table (Name | Value, with an optional Description) into enum members. */
export function readValuesTable(table: Table, doc: DocContext): ValuesTableReading {
  const reading: ValuesTableReading = { members: [] };
  const members = reading.members;
  const [header, ...rows] = table.children;
  if (!header) return reading;

  const headings = header.children.map((cell) => toString(cell).trim().toLowerCase());
  const nameColumn = headings.indexOf('name');
  const valueColumn = headings.indexOf('value');
  const descriptionColumn = headings.indexOf('description');
  if (valueColumn === -1 && nameColumn === -1) {
    doc.report('error', 'values-table-header', 'the Values table needs a Name or a Value column', doc.positionOf(header));
    return reading;
  }

  for (const row of rows) {
    reportExtraCells(row, header.children.length, doc);
    const nameCell = row.children[nameColumn === -1 ? valueColumn : nameColumn];
    const valueCell = row.children[valueColumn === -1 ? nameColumn : valueColumn];
    if (!nameCell || !valueCell) {
      doc.report('error', 'missing-cell', 'the row of the Values table has no Name or Value cell', doc.positionOf(row));
      continue;
    }

    const value = readCellValue(valueCell, doc);
    const name = readCellValue(nameCell, doc);
    const marker = UNRECOGNIZED_MARKER.exec(value);
    if (marker && (name === '-' || name === '')) {
      reading.openValueType = marker[1]!.trim();
      continue;
    }
    // An empty Value cell is a valid empty-string member when the row names it, but a row with neither is an error.
    const source = doc.positionOf(nameCell.children[0] ?? nameCell);
    if (name === '' && value === '') {
      doc.report('error', 'empty-enum-row', 'the row of the Values table has neither a name nor a value; write both, or remove the row', doc.positionOf(row));
      continue;
    }
    const member: EnumMember = { name: name === '' ? value : name, value, source };
    const descriptionCell = descriptionColumn === -1 ? undefined : row.children[descriptionColumn];
    if (descriptionCell) {
      const parts = splitDeprecationNotice(doc.sourceOf(descriptionCell.children));
      const description = cellSourceToText(parts.description);
      if (description !== '') member.description = description;
      if (parts.deprecated) member.deprecated = parts.deprecated;
    }
    members.push(member);
  }
  return reading;
}

/**
 * Reads the text of a Name or Value cell. Backticks are taken as quoting, not as part of the value;
 * the rest is read from the source so that markdown characters (`*`, `_`) stay as written.
 */
function readCellValue(cell: TableCell, doc: DocContext): string {
  const nodes: readonly PhrasingContent[] = cell.children;
  if (nodes.length === 1 && nodes[0]!.type === 'inlineCode') return nodes[0]!.value;
  return cellSourceToText(doc.sourceOf(nodes));
}
