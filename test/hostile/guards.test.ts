import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { findCycles } from '../../generator/model/reference-graph.js';
import { readDocSafely } from '../../generator/model/read-doc-safely.js';
import { findExcessBlockNesting, MAX_BLOCK_NESTING } from '../../generator/parse/block-nesting.js';
import type { Dialect } from '../../generator/parse/dialect.js';

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
