import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { buildModelDocument } from '../../generator/model/build-model-document.js';
import { loadModelDocument } from '../../generator/model/load-model-document.js';
import type { Model, ObjectModel, TypeExpression, UnionModel } from '../../generator/model/types.js';
import type { DocSource } from '../../generator/parse/read-docs-folder.js';

const SPEC = fileURLToPath(new URL('../../spec', import.meta.url));
const SEED_COMPONENTS = join(SPEC, 'Models', 'Components');

function modelNamed(models: readonly Model[], name: string): Model {
  const model = models.find((candidate) => candidate.name === name);
  if (!model) throw new Error(`no model named ${name}`);
  return model;
}

function fieldType(models: readonly Model[], modelName: string, fieldName: string): TypeExpression | undefined {
  return (modelNamed(models, modelName) as ObjectModel).fields.find((field) => field.name === fieldName)?.type;
}

function errorsOf(diagnostics: DiagnosticBag): { code: string; message: string }[] {
  return diagnostics.items.filter((item) => item.severity === 'error').map(({ code, message }) => ({ code, message }));
}

describe('reference resolution by path', () => {
  const loaded = loadModelDocument(SPEC);
  const models = loaded.document.models;

  it('reports no errors on the seed docs', () => {
    expect(errorsOf(loaded.diagnostics)).toEqual([]);
  });

  it('resolves a field link to the linked doc', () => {
    expect(fieldType(models, 'LmsCreateCompletionRequestDto', 'result')).toEqual({
      kind: 'reference',
      model: 'LmsCreateCompletionRequestDtoResult',
      doc: 'Models/Components/LmsCreateCompletionRequestDtoResult.md',
    });
  });

  it('resolves an inline union link to the union doc', () => {
    expect(fieldType(models, 'LmsCreateCompletionRequestDtoResult', 'sourceValue')).toEqual({
      kind: 'reference',
      model: 'LmsCreateCompletionRequestDtoSourceValue',
      doc: 'Models/Components/LmsCreateCompletionRequestDtoSourceValue.md',
    });
  });

  it('resolves a bare union member by its name', () => {
    const union = modelNamed(models, 'LmsCreateCompletionRequestDtoSourceValue') as UnionModel;

    expect(union.members[3]!.type).toEqual({
      kind: 'reference',
      model: 'LmsCreateCompletionRequestDtoSourceValue4',
      doc: 'Models/Components/LmsCreateCompletionRequestDtoSourceValue4.md',
    });
  });
});

describe('reference resolution in a flat folder', () => {
  const flat = mkdtempSync(join(tmpdir(), 'md-models-flat-'));
  afterAll(() => rmSync(flat, { recursive: true, force: true }));
  for (const name of readdirSync(SEED_COMPONENTS)) cpSync(join(SEED_COMPONENTS, name), join(flat, name));

  const loaded = loadModelDocument(flat);
  const models = loaded.document.models;

  it('reads all five seed docs', () => {
    expect(models.map((model) => model.source.file)).toEqual([
      'LmsCreateCompletionRequestDto.md',
      'LmsCreateCompletionRequestDtoResult.md',
      'LmsCreateCompletionRequestDtoSourceValue.md',
      'LmsCreateCompletionRequestDtoSourceValue4.md',
      'LmsCreateCompletionRequestDtoValue.md',
    ]);
  });

  it('resolves links whose path does not exist by file name', () => {
    expect(errorsOf(loaded.diagnostics)).toEqual([]);
    expect(fieldType(models, 'LmsCreateCompletionRequestDto', 'result')).toEqual({
      kind: 'reference',
      model: 'LmsCreateCompletionRequestDtoResult',
      doc: 'LmsCreateCompletionRequestDtoResult.md',
    });
    expect(fieldType(models, 'LmsCreateCompletionRequestDtoResult', 'value')).toEqual({
      kind: 'reference',
      model: 'LmsCreateCompletionRequestDtoValue',
      doc: 'LmsCreateCompletionRequestDtoValue.md',
    });
  });
});

const OBJECT_ONE = '# One\n\n## Fields\n\n| Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n| `id` | *string* | :heavy_check_mark: | N/A |\n';
const OPERATIONS_ONE = '# One\n\n## Fields\n\n| Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n| `count` | *int* | :heavy_check_mark: | N/A |\n';

function parentDoc(typeCell: string): string {
  return `# Parent\n\n## Fields\n\n| Field | Type | Required | Description |\n| ----- | ---- | -------- | ----------- |\n| \`one\` | ${typeCell} | :heavy_check_mark: | N/A |\n`;
}

function build(docs: DocSource[]): { models: Model[]; diagnostics: DiagnosticBag } {
  const diagnostics = new DiagnosticBag();
  const result = buildModelDocument(docs, diagnostics);
  return { models: result.document.models, diagnostics };
}

describe('ambiguous references', () => {
  it('reports a link that matches two docs by file name', () => {
    const { diagnostics } = build([
      { file: 'Parent.md', text: parentDoc('[Components\\One](Missing/One.md)') },
      { file: 'Models/Components/One.md', text: OBJECT_ONE },
      { file: 'Models/Operations/One.md', text: OPERATIONS_ONE },
    ]);

    expect(errorsOf(diagnostics)).toEqual([
      {
        code: 'ambiguous-reference',
        message: 'the doc `Missing/One.md` matches 2 docs (Models/Components/One.md, Models/Operations/One.md); link to one of them by its path',
      },
    ]);
    const error = diagnostics.items.find((item) => item.code === 'ambiguous-reference')!;
    expect(error.source).toEqual({ file: 'Parent.md', line: 7, column: 3 });
    expect(error.sourceLine).toBe('| `one` | [Components\\One](Missing/One.md) | :heavy_check_mark: | N/A |');
  });

  it('reports a union member whose namespace matches neither doc', () => {
    const union = '# Choice\n\n## Supported Types\n\n### `Shared\\One`\n\n### `string`\n';
    const { diagnostics } = build([
      { file: 'Choice.md', text: union },
      { file: 'Models/Components/One.md', text: OBJECT_ONE },
      { file: 'Models/Operations/One.md', text: OPERATIONS_ONE },
    ]);

    expect(errorsOf(diagnostics)).toEqual([
      {
        code: 'ambiguous-reference',
        message: 'the model `Shared\\One` matches 2 docs (Models/Components/One.md, Models/Operations/One.md); link to one of them by its path',
      },
    ]);
  });

  it('reports a link outside the folder that matches no doc', () => {
    const { diagnostics } = build([{ file: 'Parent.md', text: parentDoc('[Components\\Gone](../../Models/Components/Gone.md)') }]);

    expect(errorsOf(diagnostics)).toEqual([
      {
        code: 'reference-outside-docs',
        message: 'the link to `../../Models/Components/Gone.md` points outside the docs folder and no doc in it is named `Gone.md`; link to a doc inside the folder',
      },
    ]);
  });

  it('reports a reference to a missing doc', () => {
    const { diagnostics } = build([{ file: 'Models/Components/Parent.md', text: parentDoc('[Components\\Gone](../../Models/Components/Gone.md)') }]);

    expect(errorsOf(diagnostics)).toEqual([
      { code: 'unresolved-reference', message: 'the doc `Models/Components/Gone.md` is not in the docs folder; add the doc or fix the link' },
    ]);
  });
});

describe('namespace-qualified union members', () => {
  const union = '# Choice\n\n## Supported Types\n\n### `Components\\One`\n\n```php\nComponents\\One $value = /* values here */\n```\n\n### `Operations\\One`\n\n```php\nOperations\\One $value = /* values here */\n```\n';
  const { models, diagnostics } = build([
    { file: 'Models/Components/Choice.md', text: union },
    { file: 'Models/Components/One.md', text: OBJECT_ONE },
    { file: 'Models/Operations/One.md', text: OPERATIONS_ONE },
  ]);

  it('picks the doc in the folder the namespace names', () => {
    const choice = models.find((model) => model.name === 'Choice') as UnionModel;

    expect(errorsOf(diagnostics)).toEqual([]);
    expect(choice.members.map((member) => member.type)).toEqual([
      { kind: 'reference', model: 'One', doc: 'Models/Components/One.md' },
      { kind: 'reference', model: 'One', doc: 'Models/Operations/One.md' },
    ]);
  });
});
