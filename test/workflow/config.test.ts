import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_JSON_SCHEMA_PATH, configJsonSchema, configJsonSchemaText } from '../../generator/config/json-schema.js';
import { loadConfig } from '../../generator/config/load-config.js';
import { objectDoc, REPO_ROOT, run, tempProject, type TempProject } from './helpers.js';

let project: TempProject | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
});

function load(text: string) {
  project = tempProject();
  project.write('docs/codegen.yaml', text);
  return loadConfig({ cwd: project.root, input: 'docs', defaultInput: 'spec', defaultOut: 'generated', display: (path) => path.slice(project!.root.length + 1) });
}

describe('configuration file', () => {
  it('reports an unknown key with its line and column', () => {
    const { diagnostics } = load('fileNames: kebab-case\nfileName: PascalCase\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.code).toBe('config-unknown-key');
    expect(diagnostics[0]!.source).toEqual({ file: 'docs/codegen.yaml', line: 2, column: 1 });
    expect(diagnostics[0]!.sourceLine).toBe('fileName: PascalCase');
    expect(diagnostics[0]!.message).toContain('fileNames');
  });

  it('reports an unknown nested key', () => {
    const { diagnostics } = load('enums:\n  shape: union\n  opne: true\n');
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.source?.line, diagnostic.source?.column])).toEqual([['config-unknown-key', 3, 3]]);
    expect(diagnostics[0]!.message).toContain('`enums`');
  });

  it('reports a wrong value with the valid choices', () => {
    const { diagnostics, config } = load('# comment\nwireNames:\n  mapping: SNAKE\n');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.code).toBe('config-invalid-value');
    expect(diagnostics[0]!.source).toEqual({ file: 'docs/codegen.yaml', line: 3, column: 12 });
    expect(diagnostics[0]!.message).toContain('`unchanged`, `snake_case`, `camelCase`, `kebab-case`');
    expect(config.wireNames.mapping).toBe('infer');
  });

  it('reports values of the wrong type', () => {
    const { diagnostics } = load('cache: maybe\ncheck:\n  maxDiffLines: -1\nnullable: [Employee]\nenums:\n  open: 3\n');
    expect(diagnostics.map((diagnostic) => diagnostic.source?.line)).toEqual([1, 3, 4, 6]);
    expect(diagnostics.every((diagnostic) => diagnostic.code === 'config-invalid-value')).toBe(true);
  });

  it('reports invalid YAML', () => {
    const { diagnostics } = load('cache: true\nbanner: "a" b\n');
    expect(diagnostics[0]!.code).toBe('config-syntax');
    expect(diagnostics[0]!.source?.line).toBe(2);
  });

  it('applies values and defaults', () => {
    const { diagnostics, config } = load('fileNames: kebab-case\nenums:\n  open: [Status]\nnullable:\n  - Employee.name\n');
    expect(diagnostics).toEqual([]);
    expect(config.fileNames).toBe('kebab-case');
    expect(config.enums).toEqual({ shape: 'const-object', open: ['Status'] });
    expect(config.input).toBe(project!.docs);
    expect(config.out).toBe(join(project!.root, 'generated'));
    expect(config.positions.nullable.get('Employee.name')?.source).toEqual({ file: 'docs/codegen.yaml', line: 5, column: 5 });
  });

  it('fails the command with exit code 2', async () => {
    project = tempProject();
    project.write('docs/codegen.yaml', 'colour: blue\n');
    const result = await run(project, ['generate', '--input', 'docs', '--out', 'out']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('docs/codegen.yaml:1:1: error config-unknown-key');
    expect(result.stderr).toContain('colour: blue');
  });

  it('changes the output of generate', async () => {
    project = tempProject();
    project.write('docs/codegen.yaml', 'fileNames: kebab-case\nbanner: Copyright Example Ltd.\nout: ../out\nexclude: ["Drafts/**"]\n');
    project.write('docs/Drafts/Draft.md', '# Draft\n\n## Values\n\n| Name | Value |\n| ---- | ----- |\n| `A` | A |\n');
    const result = await run(project, ['generate', '--input', 'docs']);
    expect(result.code).toBe(0);
    const index = project.read('out/index.ts');
    expect(index).toContain('// Copyright Example Ltd.');
    expect(index).toContain('export * from "./lms-create-completion-request-dto-value.js";');
    expect(index).not.toContain('draft');
  });
});

describe('configuration passed to the pipeline', () => {
  it('sets nullable fields and wire names', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Employee.md', objectDoc('Employee', ['firstName', 'lastName']));
    project.write('docs/codegen.yaml', 'out: ../out\nnullable:\n  - Employee.lastName\n  - Employee.middleName\nwireNames:\n  mapping: snake_case\n  overrides:\n    Employee.lastName: surname\n    Employe.firstName: given_name\n');
    const result = await run(project, ['generate', '--input', 'docs', '--ir', 'ir.json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('docs/codegen.yaml:4:5: warning unknown-nullable-override: the nullable entry `Employee.middleName` names no field');
    expect(result.stderr).toContain('docs/codegen.yaml:9:5: warning unknown-wire-name-override: the wire-name override `Employe.firstName` names no field');

    const ir = JSON.parse(project.read('ir.json'));
    const fields = ir.models[0].fields.map((field: { name: string; wireName: string; nullable: boolean }) => [field.name, field.wireName, field.nullable]);
    expect(fields).toEqual([
      ['firstName', 'first_name', false],
      ['lastName', 'surname', true],
    ]);
  });
});

describe('configuration entries', () => {
  it('warn about an open enum that no doc defines', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Employee.md', objectDoc('Employee', ['firstName']));
    project.write('docs/codegen.yaml', 'out: ../out\nenums:\n  open:\n    - Colour\n');
    const result = await run(project, ['generate', '--input', 'docs']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('docs/codegen.yaml:4:7: warning unknown-open-enum: the open enum `Colour` names no enum model');
  });

  it('reject an empty wire-name override', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Employee.md', objectDoc('Employee', ['firstName']));
    project.write('docs/codegen.yaml', 'out: ../out\nwireNames:\n  overrides:\n    Employee.firstName: ""\n');
    const result = await run(project, ['generate', '--input', 'docs']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('docs/codegen.yaml:4:25: error config-invalid-value');
  });
});

describe('nullable fields and examples', () => {
  it('accept a null example of a configured field', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Score.md', '# Score\n\n## Fields\n\n| Field | Type | Required | Description | Example |\n| --- | --- | --- | --- | --- |\n| `points` | *int* | :heavy_check_mark: | N/A | null |\n');
    const before = await run(project, ['generate', '--input', 'docs', '--out', 'out']);
    expect(before.stderr).toContain('warning invalid-example');

    project.write('docs/codegen.yaml', 'out: ../out\nnullable:\n  - Score.points\n');
    const after = await run(project, ['generate', '--input', 'docs']);
    expect(after.code).toBe(0);
    expect(after.stderr).not.toContain('invalid-example');
  });
});

describe('include and exclude globs', () => {
  it('select the docs that take part', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Public/Employee.md', objectDoc('Employee', ['name']));
    project.write('docs/Public/Team.MD', objectDoc('Team', ['title']));
    project.write('docs/Public/Old/Legacy.md', objectDoc('Legacy', ['id']));
    project.write('docs/Internal/Secret.md', objectDoc('Secret', ['key']));
    project.write('docs/codegen.yaml', 'out: ../out\ninclude: ["Public/**"]\nexclude: ["**/Old/**"]\n');
    expect((await run(project, ['generate', '--input', 'docs'])).code).toBe(0);
    const exported = project.read('out/index.ts').split('\n').filter((line) => line.startsWith('export * from "./') && !line.includes('runtime'));
    expect(exported).toEqual(['export * from "./Employee.js";', 'export * from "./Team.js";']);
  });

  it('include .MD docs by default', async () => {
    project = tempProject({ empty: true });
    project.write('docs/Team.MD', objectDoc('Team', ['title']));
    project.write('docs/codegen.yaml', 'out: ../out\nexclude: ["Nothing/**"]\n');
    expect((await run(project, ['generate', '--input', 'docs'])).code).toBe(0);
    expect(project.read('out/index.ts')).toContain('export * from "./Team.js";');
  });
});

describe('published JSON Schema', () => {
  it('matches the configuration definitions', () => {
    expect(readFileSync(join(REPO_ROOT, CONFIG_JSON_SCHEMA_PATH), 'utf8')).toBe(configJsonSchemaText());
  });

  it('accepts the defaults and rejects unknown keys', () => {
    const ajv = new Ajv2020.default({ strict: false });
    const validate = ajv.compile(configJsonSchema());
    expect(validate(parse('fileNames: camelCase\nenums: { open: [Status] }\nwireNames: { overrides: { Employee.firstName: first_name } }\n'))).toBe(true);
    expect(validate(parse('fileName: camelCase\n'))).toBe(false);
    expect(validate(parse('enums: { open: 3 }\n'))).toBe(false);
  });
});
