import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyChange, FIXED_RULES, type RuleContext } from '../../generator/diff/breaking-rules.js';
import type { ChangeKind } from '../../generator/diff/report.js';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Reads the rows of the rules table in docs/diff.md, keyed by the first cell without backticks. */
function readDocumentedRules(): Map<string, { readers: string; writers: string }> {
  const text = readFileSync(join(repositoryRoot, 'docs', 'diff.md'), 'utf8');
  const section = text.slice(text.indexOf('## Breaking-change rules'));
  const rows = new Map<string, { readers: string; writers: string }>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (!line.startsWith('| `') || cells.length < 5) continue;
    rows.set(cells[1]!.replaceAll('`', ''), { readers: cells[2]!, writers: cells[3]! });
  }
  return rows;
}

const CONTEXTUAL_ROWS: { row: string; kind: ChangeKind; context: RuleContext }[] = [
  { row: 'field-added (optional)', kind: 'field-added', context: { required: false } },
  { row: 'field-added (required)', kind: 'field-added', context: { required: true } },
  { row: 'field-type-changed (wider)', kind: 'field-type-changed', context: { typeRelation: 'wider' } },
  { row: 'field-type-changed (narrower)', kind: 'field-type-changed', context: { typeRelation: 'narrower' } },
  { row: 'field-type-changed (incompatible)', kind: 'field-type-changed', context: { typeRelation: 'incompatible' } },
  { row: 'field-type-changed (same values)', kind: 'field-type-changed', context: { typeRelation: 'same' } },
  { row: 'enum-value-added (closed enum)', kind: 'enum-value-added', context: { open: false } },
  { row: 'enum-value-added (open enum)', kind: 'enum-value-added', context: { open: true } },
];

function word(breaks: boolean): string {
  return breaks ? 'breaks' : 'no';
}

describe('breaking rules', () => {
  const documented = readDocumentedRules();

  it('docs table lists every rule', () => {
    const expected = [...Object.keys(FIXED_RULES), ...CONTEXTUAL_ROWS.map((entry) => entry.row)].sort();
    expect([...documented.keys()].sort()).toEqual(expected);
  });

  for (const [kind, rule] of Object.entries(FIXED_RULES)) {
    it(`docs row for ${kind}`, () => {
      expect(documented.get(kind)).toEqual({ readers: word(rule.readers), writers: word(rule.writers) });
    });
  }

  for (const entry of CONTEXTUAL_ROWS) {
    it(`docs row for ${entry.row}`, () => {
      const rule = classifyChange(entry.kind, entry.context);
      expect(documented.get(entry.row)).toEqual({ readers: word(rule.readers), writers: word(rule.writers) });
    });
  }

  it('required field added breaks writers', () => {
    expect(classifyChange('field-added', { required: true })).toEqual({ readers: false, writers: true });
  });

  it('closed enum value added breaks readers', () => {
    expect(classifyChange('enum-value-added', { open: false })).toEqual({ readers: true, writers: false });
  });

  it('removed field breaks readers', () => {
    expect(classifyChange('field-removed').readers).toBe(true);
  });

  it('missing context is an internal error', () => {
    expect(() => classifyChange('field-type-changed')).toThrow(/needs context/);
  });
});
