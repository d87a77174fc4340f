import { afterEach, describe, expect, it } from 'vitest';
import { assignEnumMemberNames } from '../../generator/emit/enum-member-names.js';
import type { Diagnostic } from '../../generator/diagnostics/diagnostic.js';
import { generate } from '../../generator/generate.js';
import { readNamesManifest } from '../../generator/write/names-manifest.js';
import { enumDoc, run, tempProject, type TempProject } from './helpers.js';

const ARGS = ['--input', 'docs', '--out', 'out', '--verbose'];
let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

function typeNames(target: TempProject): Record<string, string> {
  const manifest = readNamesManifest(target.out);
  return Object.fromEntries(Object.entries(manifest?.names ?? {}).map(([doc, entry]) => [doc, entry.type]));
}

describe('type names', () => {
  it('give colliding docs distinct names and report them', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Components/Status.md', enumDoc('Status', ['On']));
    project.write('docs/Operations/Status.md', enumDoc('Status', ['Off']));
    const result = await run(project, ['generate', ...ARGS]);
    expect(result.code).toBe(0);
    expect(typeNames(project)).toEqual({ 'Components/Status.md': 'Status', 'Operations/Status.md': 'OperationsStatus' });
    expect(result.stderr).toContain('docs/Operations/Status.md:1:1: info renamed-model: the model `Status` has the same TypeScript name as another model; it is generated as `OperationsStatus`');
  });

  it('name the runtime in a runtime clash', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Components/ValidationError.md', enumDoc('ValidationError', ['A']));
    project.write('docs/Components/PlainObject.md', enumDoc('PlainObject', ['B']));
    project.write('docs/Components/Index.md', enumDoc('Index', ['C']));
    const result = await run(project, ['generate', ...ARGS]);
    expect(result.code).toBe(0);
    expect(typeNames(project)).toEqual({ 'Components/Index.md': 'ComponentsIndex', 'Components/PlainObject.md': 'ComponentsPlainObject', 'Components/ValidationError.md': 'ComponentsValidationError' });

    expect(result.stderr).toContain('the model `ValidationError` clashes with a name the runtime module exports; it is generated as `ComponentsValidationError`');
    expect(result.stderr).toContain('the model `PlainObject` would export `isPlainObject`, which clashes with a name the runtime module exports; it is generated as `ComponentsPlainObject`');
    expect(result.stderr).toContain('the model `Index` would be written to index.ts, a file the generator writes itself; it is generated as `ComponentsIndex`');
    expect(result.stderr).not.toContain('as another model');
  });

  it('keep a name when a doc that sorts first is added', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Operations/Status.md', enumDoc('Status', ['Off']));
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    expect(typeNames(project)).toEqual({ 'Operations/Status.md': 'Status' });

    project.write('docs/Components/Status.md', enumDoc('Status', ['On']));
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    expect(typeNames(project)).toEqual({ 'Components/Status.md': 'ComponentsStatus', 'Operations/Status.md': 'Status' });
  });

  it('keep a prefixed name when the plain one is freed', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Components/Status.md', enumDoc('Status', ['On']));
    project.write('docs/Operations/Status.md', enumDoc('Status', ['Off']));
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);

    project.write('docs/Components/Status.md', '# Status\n\nMoved elsewhere.\n');
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    expect(typeNames(project)).toEqual({ 'Operations/Status.md': 'OperationsStatus' });
  });

  it('rename reserved words and invalid identifiers', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Delete.md', enumDoc('delete', ['A']));
    project.write('docs/Date.md', enumDoc('Date', ['B']));
    project.write('docs/Weird.md', enumDoc('2fa-method', ['C']));
    project.write('docs/Runtime.md', enumDoc('Runtime', ['D']));
    const result = await run(project, ['generate', ...ARGS]);
    expect(result.code).toBe(0);
    expect(typeNames(project)).toEqual({ 'Date.md': 'DateModel', 'Delete.md': 'deleteModel', 'Runtime.md': 'ModelRuntime', 'Weird.md': 'Model2faMethod' });
    expect(result.stderr).toContain('the model `delete` is not a valid or free TypeScript name; it is generated as `deleteModel`');

    const quiet = await run(project, ['generate', '--input', 'docs', '--out', 'out']);
    expect(quiet.stderr).toContain('note: 4 models and 0 enum members are generated under other names; --verbose lists them');
  });

  it('give case-only collisions distinct files', async () => {
    project = tempProject({ empty: true });
    project.write('docs/A/ApiKey.md', enumDoc('ApiKey', ['A']));
    project.write('docs/B/APIKey.md', enumDoc('APIKey', ['B']));
    project.write('docs/codegen.yaml', 'fileNames: kebab-case\nout: ../out\n');
    expect((await run(project, ['generate', '--input', 'docs'])).code).toBe(0);
    expect(typeNames(project)).toEqual({ 'A/ApiKey.md': 'ApiKey', 'B/APIKey.md': 'BAPIKey' });
    expect(project.read('out/index.ts')).toContain('export * from "./api-key.js";');
    expect(project.read('out/index.ts')).toContain('export * from "./bapi-key.js";');
  });

  it('follow a model renamed in its doc', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Components/Status.md', enumDoc('Status', ['On']));
    project.write('docs/Operations/Status.md', enumDoc('Status', ['Off']));
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    project.write('docs/Operations/Status.md', enumDoc('State', ['Off']));
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    expect(typeNames(project)).toEqual({ 'Components/Status.md': 'Status', 'Operations/Status.md': 'State' });
  });
});

describe('enum member names', () => {
  it('keep GMT+1 and GMT-1 apart', () => {
    project = tempProject({ empty: true });
    project.write('docs/TimeZone.md', enumDoc('TimeZone', ['GMT+1', 'GMT-1', 'GMT1', 'GMT 1']));
    const result = generate({ input: project.docs, out: project.out, cwd: project.root });
    const content = result.files.find((file) => file.path === 'TimeZone.ts')!.content;
    expect(content).toContain('GMTPlus1: "GMT+1",');
    expect(content).toContain('GMTMinus1: "GMT-1",');
    expect(content).toContain('GMT1: "GMT1",');
    expect(content).toContain('GMT1_2: "GMT 1",');
    const notes = result.diagnostics.filter((diagnostic) => diagnostic.code === 'renamed-enum-member');
    expect(notes.map((note) => note.message)).toContain('the member `GMT 1` of enum `TimeZone` is generated as `GMT1_2` because another member has the same name');
  });

  it('name members the same whatever their order', () => {
    const member = (name: string, line: number) => ({ name, value: name, source: { file: 'E.md', line, column: 1 } });
    const model = { kind: 'enum' as const, name: 'E', valueType: 'string' as const, open: false, source: { file: 'E.md', line: 1, column: 1 }, members: [member('a-b', 1), member('a.b', 2)] };
    const notes: Diagnostic[] = [];
    expect(assignEnumMemberNames(model, 'E', notes)).toEqual(['AB', 'AB2']);
  });
});
