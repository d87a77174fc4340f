import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';
import { MAX_NESTING_DEPTH } from '../../generator/emit/runtime/runtime.js';

const repository = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = 'test/runtime/fixtures/hostile-input';
const out = join(repository, 'test', '.tmp-hostile-input');

type Problem = { path: string; expected: string; found: string; message: string };
type ReadResult = { ok: true; value: any } | { ok: false; problems: Problem[] };

let models: Record<string, any>;

/** Reads a value with `Node.safeFromJSON` and returns its problems, or [] when it was read. */
function readProblems(value: unknown): Problem[] {
  const result = models.Node.safeFromJSON(value) as ReadResult;
  return result.ok ? [] : result.problems;
}

function validateProblems(value: unknown): Problem[] {
  return models.validateNode(value) as Problem[];
}

/** Builds a chain of `count` nodes, each the `parent` of the one before. */
function parentChain(count: number): Record<string, unknown> {
  let node: Record<string, unknown> = { id: count };
  for (let id = count - 1; id > 0; id -= 1) node = { id, parent: node };
  return node;
}

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  const result = generate({ input: fixtures, out, cwd: repository, openEnums: ['Tier'] });
  expect(result.hasErrors).toBe(false);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{"type":"module"}\n');
  for (const file of result.files) writeFileSync(join(out, file.path), file.content);
  models = await import(join(out, 'index.ts'));
});

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

describe('cycles', () => {
  it('object cycle is a read problem', () => {
    const node: Record<string, unknown> = { id: 1 };
    node.parent = node;

    const problems = readProblems(node);

    expect(problems.map((problem) => problem.path)).toEqual(['$.parent']);
    expect(problems[0]!.message).toBe('$.parent: the value contains itself (a cycle), which JSON cannot represent');
    expect(() => models.Node.fromJSON(node)).toThrow(models.ValidationError);
  });

  it('array cycle is a read problem', () => {
    const children: unknown[] = [];
    const node = { id: 1, children };
    children.push(node);

    expect(readProblems(node).map((problem) => problem.path)).toEqual(['$.children[0]']);
  });

  it('shared object that is no cycle is read', () => {
    const shared = { id: 2 };

    expect(readProblems({ id: 1, children: [shared, shared], parent: shared })).toEqual([]);
  });

  it('validator reports a cycle as too deep', () => {
    const node: Record<string, unknown> = { id: 1 };
    node.parent = node;

    const problems = validateProblems(node);

    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe(`$${'.parent'.repeat(MAX_NESTING_DEPTH)}`);
    expect(problems[0]!.message).toContain('nested too deeply');
  });
});

describe('nesting depth', () => {
  it('reader and validator accept the maximum depth', () => {
    // The first node is at depth 0, so MAX_NESTING_DEPTH nodes reach depth MAX_NESTING_DEPTH - 1.
    const deepest = parentChain(MAX_NESTING_DEPTH);

    expect(readProblems(deepest)).toEqual([]);
    expect(validateProblems(deepest)).toEqual([]);
  });

  it('reader and validator agree one level deeper', () => {
    const tooDeep = parentChain(MAX_NESTING_DEPTH + 1);
    const path = `$${'.parent'.repeat(MAX_NESTING_DEPTH)}`;

    const read = readProblems(tooDeep);

    expect(read).toEqual([{ path, expected: `at most ${MAX_NESTING_DEPTH} nested arrays and objects`, found: 'an object nested deeper', message: `${path}: the value is nested too deeply (expected at most ${MAX_NESTING_DEPTH} nested arrays and objects)` }]);
    expect(validateProblems(tooDeep)).toEqual(read);
  });

  it('very deep JSON throws nowhere', () => {
    const json = JSON.parse(JSON.stringify(parentChain(3000))) as unknown;
    let text = '"leaf"';
    for (let level = 0; level < 20_000; level += 1) text = `[${text}]`;
    const tree = { id: 1, tree: JSON.parse(text) as unknown };

    expect(readProblems(json)).toHaveLength(1);
    expect(validateProblems(json)).toHaveLength(1);
    expect(readProblems(tree)).toHaveLength(1);
    expect(validateProblems(tree)).toEqual(readProblems(tree));
    expect(() => models.Node.fromJSON(json)).toThrow(models.ValidationError);
  });

  it('arrays count as levels too', () => {
    const nested = (levels: number): unknown => {
      let tree: unknown = 'leaf';
      for (let level = 0; level < levels; level += 1) tree = [tree];
      return { id: 1, tree };
    };
    // The array of the `tree` field is at depth 1, so with MAX_NESTING_DEPTH arrays the innermost is too deep.
    const deepest = nested(MAX_NESTING_DEPTH - 1);
    const tooDeep = nested(MAX_NESTING_DEPTH);

    const read = readProblems(tooDeep);

    expect(readProblems(deepest)).toEqual([]);
    expect(validateProblems(deepest)).toEqual([]);
    // A union reports at its own path what each member rejected, so the problem is at the outermost union.
    expect(read.map((problem) => problem.path)).toEqual(['$.tree']);
    expect(validateProblems(tooDeep)).toEqual(read);
  });
});

describe('getters and proxies', () => {
  it('throwing getter of a field', () => {
    const node = { id: 1 };
    Object.defineProperty(node, 'parent', { enumerable: true, get: () => { throw new Error('no parent'); } });

    const problems = readProblems(node);

    expect(problems).toEqual([{ path: '$.parent', expected: 'a JSON value', found: 'an error (Error: no parent)', message: '$.parent: reading the value failed with Error: no parent' }]);
  });

  it('throwing getter of an unknown key', () => {
    const node = { id: 1 };
    Object.defineProperty(node, 'extra', { enumerable: true, get: () => { throw new TypeError('no extra'); } });

    expect(readProblems(node).map((problem) => problem.message)).toEqual(['$.extra: reading the value failed with TypeError: no extra']);
  });

  it('throwing proxy trap', () => {
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });

    expect(readProblems({ id: 1, tags: proxy }).map((problem) => problem.message)).toEqual(['$.tags: reading the value failed with Error: no keys']);
    expect(() => models.Node.fromJSON(proxy)).toThrow(models.ValidationError);
  });
});

describe('objects that are not plain', () => {
  const cases: [string, unknown, string][] = [
    ['Map', new Map([['a', 'b']]), 'Map'],
    ['Date', new Date(0), 'Date'],
    ['class instance', new (class Tags { a = 'b'; })(), 'Tags'],
  ];

  for (const [name, tags, found] of cases) {
    it(`${name} as a map field`, () => {
      const read = readProblems({ id: 1, tags });

      expect(read).toEqual([{ path: '$.tags', expected: 'object', found, message: `$.tags: expected object, found ${found}` }]);
      expect(validateProblems({ id: 1, tags })).toEqual(read);
    });
  }

  it('class instance as the model', () => {
    const node = new (class Node { id = 1; })();

    expect(readProblems(node).map((problem) => problem.message)).toEqual(['$: expected Node object, found Node']);
    expect(validateProblems(node)).toEqual(readProblems(node));
  });

  it('null-prototype object is plain', () => {
    const tags = Object.assign(Object.create(null) as object, { a: 'b' });

    expect(readProblems({ id: 1, tags })).toEqual([]);
    expect(validateProblems({ id: 1, tags })).toEqual([]);
  });
});

describe('sparse arrays', () => {
  it('hole is a missing item in both', () => {
    // eslint-disable-next-line no-sparse-arrays
    const node = { id: 1, children: [, { id: 2 }] };

    const read = readProblems(node);

    expect(read).toEqual([{ path: '$.children[0]', expected: 'Node object', found: 'nothing', message: '$.children[0]: expected Node object, found nothing' }]);
    expect(validateProblems(node)).toEqual(read);
  });
});

describe('open enums', () => {
  it('reader and validator report alike', () => {
    const read = readProblems({ id: 1, tier: 5 });

    expect(read).toEqual([{ path: '$.tier', expected: 'one of "free", "pro" or another string', found: 'number 5', message: '$.tier: expected one of "free", "pro" or another string, found number 5' }]);
    expect(validateProblems({ id: 1, tier: 5 })).toEqual(read);
  });
});

describe('undocumented models', () => {
  it('toJSON key keeps the method', () => {
    const node = models.Node.fromJSON({ id: 1, bag: { toJSON: 'x', constructor: 1, a: [1] } });

    expect(typeof node.bag.toJSON).toBe('function');
    expect(node.bag.additionalProperties).toEqual({ toJSON: 'x', constructor: 1, a: [1] });
    expect(node.bag.toJSON()).toEqual({ toJSON: 'x', constructor: 1, a: [1] });
    expect(JSON.parse(JSON.stringify(node))).toEqual({ id: 1, bag: { toJSON: 'x', constructor: 1, a: [1] } });
  });

  it('empty object round trips', () => {
    const bag = models.Bag.fromJSON({});

    expect(bag.additionalProperties).toBeUndefined();
    expect(bag.toJSON()).toEqual({});
  });
});

describe('union choice', () => {
  it('documented object beats map however many unknown keys', () => {
    for (const count of [0, 999, 1000, 5000]) {
      const cat: Record<string, unknown> = { id: '1' };
      for (let index = 0; index < count; index += 1) cat[`k${index}`] = index;

      const node = models.Node.fromJSON({ id: 1, pet: cat });

      expect(node.pet).toBeInstanceOf(models.Cat);
    }
  });

  it('object without matching keys is a map', () => {
    const node = models.Node.fromJSON({ id: 1, pet: { name: 'Tom' } });

    expect(node.pet).not.toBeInstanceOf(models.Cat);
    expect(node.pet).toEqual({ name: 'Tom' });
  });
});

describe('date-times at the edges', () => {
  it('long fractions are accepted alike', () => {
    const text = '2021-07-21T14:00:00.123456789012Z';
    const node = models.Node.fromJSON({ id: 1, createdAt: text });

    expect(node.createdAt.toISOString()).toBe('2021-07-21T14:00:00.123Z');
    expect(node.toJSON().createdAt).toBe(text);
    expect(validateProblems({ id: 1, createdAt: text })).toEqual([]);
  });

  it('copied edge dates are written readably', () => {
    for (const [text, written] of [
      ['9999-12-31T23:00:00-05:00', '9999-12-31T23:00:00.000-05:00'],
      ['9999-12-31T23:59:00-23:59', '9999-12-31T23:59:00.000-23:59'],
      ['0000-01-01T00:00:00+01:00', '0000-01-01T00:00:00.000+01:00'],
    ] as const) {
      const node = models.Node.fromJSON({ id: 1, createdAt: text });
      node.createdAt = new Date(node.createdAt.getTime());

      const json = node.toJSON();

      expect(json.createdAt).toBe(written);
      expect(models.Node.fromJSON(json).createdAt.getTime()).toBe(node.createdAt.getTime());
      expect(validateProblems(json)).toEqual([]);
    }
  });

  it('unwritable date throws a RangeError', () => {
    const node = new models.Node({ id: 1, createdAt: new Date(Date.UTC(10000, 0, 2)) });

    expect(() => node.toJSON()).toThrow(/its year is outside 0000 to 9999/);
  });
});
