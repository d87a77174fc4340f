import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileGenerated } from './compile-output.js';
import { runCase } from './run-case.js';

type Validator = (value: unknown) => { path: string }[];

/** Generates a case folder, compiles it, and imports its index module. */
async function importCase(name: string): Promise<Record<string, Validator>> {
  const result = runCase(fileURLToPath(new URL(`./cases/${name}`, import.meta.url)));
  expect(result.hasErrors).toBe(false);
  const compiled = compileGenerated(result.files);
  expect(compiled.output).toBe('');
  return (await import(pathToFileURL(join(compiled.folder, 'dist', 'index.js')).href)) as Record<string, Validator>;
}

function nodeChain(depth: number, leaf: unknown): unknown {
  let node: Record<string, unknown> = { value: leaf };
  for (let level = 0; level < depth; level += 1) node = { value: `level ${level}`, next: node, children: [{ value: 'child' }] };
  return node;
}

describe('validators of reference cycles', () => {
  it('self-reference accepts a deep finite chain', async () => {
    const { validateNode } = await importCase('self-cycle');
    expect(validateNode!(nodeChain(500, 'leaf'))).toEqual([]);
    expect(validateNode!({ value: 'alone', next: null })).toEqual([]);
  });

  it('self-reference reports a deep wrong leaf', async () => {
    const { validateNode } = await importCase('self-cycle');
    const problems = validateNode!(nodeChain(3, 42));
    expect(problems.map((problem) => problem.path)).toEqual(['$.next.next.next.value']);
  });

  it('three-cycle accepts a ring walked many times', async () => {
    const { validateA } = await importCase('three-cycle');
    // Built from the inside out: an A is wrapped in a C (key `a`), a B (key `c`) and an A (key `b`).
    let value: Record<string, unknown> = { name: 'innermost A' };
    for (let round = 0; round < 100; round += 1) {
      value = { name: `C ${round}`, a: value };
      value = { name: `B ${round}`, c: value };
      value = { name: `A ${round}`, b: value };
    }
    expect(validateA!(value)).toEqual([]);
  });

  it('three-cycle reports a wrong type deep in the ring', async () => {
    const { validateA } = await importCase('three-cycle');
    const value = { name: 'a', b: { name: 'b', c: { name: 'c', a: { name: 7 } } } };
    expect(validateA!(value).map((problem) => problem.path)).toEqual(['$.b.c.a.name']);
  });

  it('required cycle rejects every finite value', async () => {
    const { validateA } = await importCase('required-cycle');
    let value: Record<string, unknown> = {};
    for (let level = 0; level < 100; level += 1) value = level % 2 === 0 ? { a: value } : { b: value };
    if (!('b' in value)) value = { b: value };
    expect(validateA!(value).length).toBeGreaterThan(0);
  });

  it('nested union accepts the inner members', async () => {
    const { validateU } = await importCase('union-of-unions');
    expect(validateU!('text')).toEqual([]);
    expect(validateU!(3)).toEqual([]);
    expect(validateU!(true)).toEqual([]);
    expect(validateU!(null).length).toBe(1);
  });
});
