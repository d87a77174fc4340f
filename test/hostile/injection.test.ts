import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Project, SyntaxKind } from 'ts-morph';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../generator/emit/emit-files.js';
import { compileGenerated, type CompiledOutput } from './compile-output.js';
import { runCase } from './run-case.js';

const FOLDER = fileURLToPath(new URL('./cases/injection', import.meta.url));

/** The enum values exactly as the doc's backticks hold them. */
const DOC_ENUM_VALUES = ['a"b\'c\\d', 'x`y${globalThis.pwned = 10}', '__proto__', 'constructor', 'toString', 'line\\nbreak', '\\', '1x'];

/** Field names and wire keys exactly as the doc's backticks hold them, in table order. */
const DOC_FIELD_NAMES = ['constructor', '__proto__', 'toString', 'default', 'with space', '1leading', 'valueOf', 'hasOwnProperty', '"quoted\\"', 'a`b${globalThis.pwned = 7}', 'value', 'problems', 'kind'];

/** Reads a generated comment back as text: the emitter writes `/` of `*\/` and `/*` as U+2215, and `*` at a line start as U+2217. */
function commentText(text: string): string {
  return text.replaceAll('\u2215', '/').replaceAll('\u2217', '*');
}

interface GeneratedModule {
  EvilEnum: Record<string, string>;
  isEvilEnum(value: unknown): boolean;
  validateEvil(value: unknown): { path: string; message: string }[];
  validateEvilEnum(value: unknown): unknown[];
  Evil: new (properties: Record<string, unknown>) => Record<string, unknown>;
}

describe('generated code from crafted docs', () => {
  let files: GeneratedFile[];
  let compiled: CompiledOutput;
  let module: GeneratedModule;

  beforeAll(async () => {
    delete (globalThis as { pwned?: unknown }).pwned;
    const result = runCase(FOLDER);
    expect(result.hasErrors).toBe(false);
    files = result.files;
    compiled = compileGenerated(files);
    expect(compiled.output).toBe('');
    module = (await import(pathToFileURL(join(compiled.folder, 'dist', 'index.js')).href)) as GeneratedModule;
  });

  it('runs nothing from the docs on import', () => {
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('keeps enum values exactly', () => {
    expect(Object.values(module.EvilEnum)).toEqual(DOC_ENUM_VALUES);
    for (const value of DOC_ENUM_VALUES) expect(module.isEvilEnum(value)).toBe(true);
    expect(module.isEvilEnum('a"b\'c\\\\d')).toBe(false);
    expect(Object.getPrototypeOf(module.EvilEnum)).toBe(Object.prototype);
  });

  it('round-trips hostile keys through JSON', () => {
    // Object.fromEntries defines own properties, so `__proto__` becomes a key, as JSON.parse makes it.
    const wire = Object.fromEntries(DOC_FIELD_NAMES.map((name) => [name, name === 'default' ? 7 : name === 'kind' ? 'toString' : `value of ${name}`]));
    const reparsed = JSON.parse(JSON.stringify(wire)) as Record<string, unknown>;

    expect(module.validateEvil(reparsed)).toEqual([]);
    expect(Object.keys(reparsed)).toEqual(DOC_FIELD_NAMES);
    expect(Object.values(reparsed)).toEqual(Object.values(wire));
  });

  it('reads __proto__ as an own key', () => {
    const reparsed = JSON.parse('{"constructor":"c","__proto__":"p","toString":"t","default":1,"with space":"s","1leading":"l"}') as Record<string, unknown>;
    expect(Object.hasOwn(reparsed, '__proto__')).toBe(true);
    expect(module.validateEvil(reparsed)).toEqual([]);

    const withoutProto = JSON.parse('{"constructor":"c","toString":"t","default":1,"with space":"s","1leading":"l"}') as unknown;
    expect(module.validateEvil(withoutProto).map((problem) => problem.path)).toEqual(['$.__proto__']);
  });

  it('reports hostile keys in problem paths', () => {
    const wrong = JSON.parse('{"constructor":1,"__proto__":2,"toString":3,"default":"x","with space":4,"1leading":5,"\\"quoted\\\\\\"":6,"a`b${globalThis.pwned = 7}":8,"kind":"nope"}') as unknown;
    const paths = module.validateEvil(wrong).map((problem) => problem.path);
    expect(paths).toEqual(['$.constructor', '$.__proto__', '$.toString', '$.default', '$["with space"]', '$["1leading"]', '$["\\"quoted\\\\\\""]', '$["a`b${globalThis.pwned = 7}"]', '$.kind']);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('builds instances without touching the prototype', () => {
    const instance = new module.Evil({ constructorValue: 'c', protoValue: 'p', toStringValue: 't', default: 1, 'with space': 's', '1leading': 'l' });
    expect(Object.getPrototypeOf(instance)).toBe(module.Evil.prototype);
    expect(instance['protoValue']).toBe('p');
    expect(instance['with space']).toBe('s');
  });

  it('writes descriptions as the doc has them', () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const source = project.createSourceFile('Evil.ts', files.find((file) => file.path === 'Evil.ts')!.content);
    const evil = source.getClassOrThrow('Evil');
    const description = (property: string): string => commentText(evil.getPropertyOrThrow(property).getJsDocs()[0]!.getDescription().trim());

    expect(description('constructorValue')).toBe('*/ globalThis.pwned = 3; /*');
    expect(description('protoValue')).toBe('${globalThis.pwned = 5}\nsecond line');
    expect(description('toStringValue')).toBe('a back`tick');
    expect(description('default')).toBe('ends with /*');
    expect(commentText(evil.getJsDocs()[0]!.getDescription().trim())).toBe("*/ globalThis.pwned = 1; /* The model's description, with a `backtick` and ${globalThis.pwned = 2}.");
    const example = evil.getPropertyOrThrow('constructorValue').getJsDocs()[0]!.getTags().find((tag) => tag.getTagName() === 'example');
    expect(commentText(example!.getCommentText()!.trim())).toBe('*/ globalThis.pwned = 4; /*');
  });

  it('keeps tags out of descriptions', () => {
    const project = new Project({ useInMemoryFileSystem: true });
    const source = project.createSourceFile('Evil.ts', files.find((file) => file.path === 'Evil.ts')!.content);
    const tags = source.getClassOrThrow('Evil').getPropertyOrThrow('"with space"').getJsDocs()[0]!.getTags().map((tag) => tag.getTagName());
    expect(tags).not.toContain('param');
    expect(tags).not.toContain('returns');
  });

  it('declares only the expected statements', () => {
    const project = new Project({ useInMemoryFileSystem: true });
    for (const file of files.filter((candidate) => candidate.doc !== undefined)) {
      const source = project.createSourceFile(file.path, file.content);
      const kinds = source.getStatements().map((statement) => statement.getKindName());
      const allowed = new Set(['ImportDeclaration', 'ClassDeclaration', 'FunctionDeclaration', 'TypeAliasDeclaration', 'VariableStatement']);
      for (const kind of kinds) expect(allowed, `${file.path}: ${kind}`).toContain(kind);
      expect(source.getDescendantsOfKind(SyntaxKind.CallExpression).map((call) => call.getExpression().getText()).filter((callee) => callee.includes('globalThis'))).toEqual([]);
    }
  });
});
