import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { findCycles } from '../../generator/model/reference-graph.js';
import { readDocSafely } from '../../generator/model/read-doc-safely.js';
import { readDoc } from '../../generator/parse/read-doc.js';
import { findExcessBlockNesting, MAX_BLOCK_NESTING } from '../../generator/parse/block-nesting.js';
import type { Dialect } from '../../generator/parse/dialect.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { findTokenExcess, MAX_DOC_TOKENS } from '../../generator/parse/token-budget.js';

const DOC = '# A\n\n## Fields\n\n| Field | Type |\n| --- | --- |\n| `a` | *string* |\n';

function throwingDialect(error: Error): Dialect {
  return { name: 'throwing', detect: () => 0, parseType: () => { throw error; }, optionalImpliesNullable: false };
}

describe('readDocSafely', () => {
  it('reports a reader bug as read-failed', () => {
    const diagnostics = new DiagnosticBag();
    const reading = readDocSafely({ file: 'A.md', text: DOC }, throwingDialect(new Error('boom')), diagnostics);
    expect(reading).toEqual({ skipped: 'reading it failed' });
    expect(diagnostics.items.map((item) => [item.code, item.message])).toEqual([['read-failed', 'reading the doc failed unexpectedly: boom']]);
  });

  it('reports a stack overflow as doc-too-deep', () => {
    const diagnostics = new DiagnosticBag();
    readDocSafely({ file: 'A.md', text: DOC }, throwingDialect(new RangeError('Maximum call stack size exceeded')), diagnostics);
    expect(diagnostics.items.map((item) => item.code)).toEqual(['doc-too-deep']);
  });

  it('rejects too many tokens before parsing', () => {
    // 16 tokens a row: 6 pipes, 2 backticks, 2 stars, 2 underscores, 3 words and the line ending.
    const row = (index: number): string => `| \`f${String(index).padStart(6, '0')}\` | *?string* | :heavy_minus_sign: | N/A | x |\n`;
    const rows = Array.from({ length: Math.ceil(MAX_DOC_TOKENS / 16) + 100 }, (_, index) => row(index));
    const text = '# Huge\n\n## Fields\n\n| Field | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n' + rows.join('');
    const diagnostics = new DiagnosticBag();
    const reading = readDoc('Huge.md', text, phpDialect, diagnostics);

    expect(reading).toEqual({ skipped: 'it has too many markdown tokens to be read' });
    const excess = findTokenExcess(text)!;
    expect(excess.line).toBeGreaterThan(6);
    expect(diagnostics.items.map((item) => [item.code, item.severity, item.source])).toEqual([['doc-too-complex', 'error', { file: 'Huge.md', ...excess }]]);
    expect(diagnostics.items[0]!.sourceLine).toBe(text.split('\n')[excess.line - 1]);
  });
});

describe('findTokenExcess', () => {
  it('accepts a doc at the limit', () => {
    // Two tokens a line: the word and the line ending.
    const atLimit = 'a\n'.repeat(MAX_DOC_TOKENS / 2);
    expect(findTokenExcess(atLimit)).toBeUndefined();
    expect(findTokenExcess(atLimit + 'b')).toEqual({ line: MAX_DOC_TOKENS / 2 + 1, column: 1 });
  });

  it('counts lines, words and markup', () => {
    expect(findTokenExcess('one two\tthree', 3)).toBeUndefined();
    expect(findTokenExcess('one two\tthree four', 3)).toEqual({ line: 1, column: 15 });
    expect(findTokenExcess('|a|b|', 2)).toEqual({ line: 1, column: 5 });
    expect(findTokenExcess('[a](b)', 4)).toBeUndefined();
    expect(findTokenExcess('`*_~<>&\\`', 8)).toEqual({ line: 1, column: 9 });
    expect(findTokenExcess('a.b,c;d:e/f', 1)).toBeUndefined();
  });

  it('counts CRLF as one line ending', () => {
    expect(findTokenExcess('a\r\nb\rc\n', 6)).toBeUndefined();
    expect(findTokenExcess('a\r\nb\rc\nd', 6)).toEqual({ line: 4, column: 1 });
  });
});

describe('findExcessBlockNesting', () => {
  it('accepts nesting at the limit', () => {
    expect(findExcessBlockNesting('>'.repeat(MAX_BLOCK_NESTING) + ' x\n')).toBeUndefined();
    expect(findExcessBlockNesting('- '.repeat(MAX_BLOCK_NESTING) + 'x\n')).toBeUndefined();
  });

  it('finds the marker past the limit', () => {
    expect(findExcessBlockNesting('# A\r\n\r\n' + '> '.repeat(40) + 'x')).toEqual({ line: 3, column: 2 * MAX_BLOCK_NESTING + 1 });
    expect(findExcessBlockNesting('a\rb\r' + '1. '.repeat(40))).toEqual({ line: 3, column: 3 * MAX_BLOCK_NESTING + 1 });
  });

  it('ignores markers after text', () => {
    expect(findExcessBlockNesting('x ' + '>'.repeat(100))).toBeUndefined();
    expect(findExcessBlockNesting('| a | ' + '- '.repeat(100) + '|')).toBeUndefined();
  });
});

describe('findCycles', () => {
  it('finds self-loops and rings', () => {
    const edges: Record<string, string[]> = { a: ['a'], b: ['c'], c: ['d'], d: ['b'], e: ['b'] };
    expect(findCycles(Object.keys(edges), (node) => edges[node] ?? [])).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('walks a long chain without recursion', () => {
    const nodes = Array.from({ length: 200_000 }, (_, index) => `n${index}`);
    const next = (node: string): string[] => {
      const index = Number(node.slice(1));
      return [`n${(index + 1) % nodes.length}`];
    };
    const cycles = findCycles(nodes, next);
    expect(cycles.length).toBe(1);
    expect(cycles[0]!.length).toBe(nodes.length);
  });
});
