import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateModule } from '../emit/generate-module.js';

const fixtures = fileURLToPath(new URL('./fixtures/recursive-union', import.meta.url));

type Problem = { path: string; expected: string; found: string; message: string };
type ReadResult = { ok: true; value: any } | { ok: false; problems: Problem[] };

let work: string;
let models: Record<string, any>;

/** Builds `levels` nested `child` objects around `leaf`. */
function chain(levels: number, leaf: Record<string, unknown>): Record<string, unknown> {
  let node = leaf;
  for (let level = 0; level < levels; level += 1) node = { child: node };
  return node;
}

beforeAll(async () => {
  const folder = 'Models/Components';
  const docs = Object.fromEntries(readdirSync(join(fixtures, folder)).map((name) => [`${folder}/${name}`, readFileSync(join(fixtures, folder, name), 'utf8')]));
  ({ work, module: models } = await generateModule<Record<string, any>>('recursive-union', docs));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

// `Node` is a union of `NodeA` and `NodeB`, and each has a `child` of type `Node`, so every member
// of a level checks the whole value below it. Without keeping the readings and problems of nested
// values, 800 levels would take about 2^800 steps; these tests then time out.
describe('recursive union of objects', () => {
  it('validates 800 levels that fit', () => {
    expect(models.validateNode(chain(800, { a: 'leaf' }))).toEqual([]);
  });

  it('validates 800 levels that fit no member', () => {
    const problems = models.validateNode(chain(800, { a: 5, b: 5 })) as Problem[];

    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('$');
  });

  it('reads 800 levels that fit', () => {
    const result = models.NodeA.safeFromJSON(chain(800, { a: 'leaf' })) as ReadResult;

    expect(result.ok).toBe(true);
  });

  it('reads 800 levels that fit no member', () => {
    const result = models.NodeA.safeFromJSON(chain(800, { a: 5, b: 5 })) as ReadResult;

    expect(result.ok).toBe(false);
  });

  it('checks a changed value again', () => {
    const value = chain(3, { a: 5, b: 5 });
    expect(models.validateNode(value)).toHaveLength(1);

    let leaf = value;
    while (leaf.child !== undefined) leaf = leaf.child as Record<string, unknown>;
    leaf.b = 'fixed';

    expect(models.validateNode(value)).toEqual([]);
  });
});

describe('union choice', () => {
  it('counts the keys of nested objects', () => {
    const result = models.pickModelSchema.read({ kind: 'b', data: { y: 1 } }, '$', []);

    expect(result).toBeInstanceOf(models.Outer2);
    expect(result.data).toBeInstanceOf(models.D2);
  });

  it('weighs top-level keys before nested ones', () => {
    const value = { a: { x: 1, y: 2, z: 3 }, b: 'B', c: 'C' };

    expect(models.shapeOrNoteSchema.read(value, '$', [])).toBeInstanceOf(models.Note);
    expect(models.shapeOrNoteSchema.read({ a: { x: 1, y: 2, z: 3 } }, '$', [])).toBeInstanceOf(models.Shape);
  });

  it('still picks the first member on a tie', () => {
    const result = models.pickModelSchema.read({ kind: 'a', data: {} }, '$', []);

    expect(result).toBeInstanceOf(models.Outer1);
  });
});
