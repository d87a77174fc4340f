import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import type { Field, ObjectModel } from '../../generator/model/types.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { readDoc } from '../../generator/parse/read-doc.js';

const DOC = 'Models/Components/LmsCreateCompletionRequestDto.md';
const text = readFileSync(fileURLToPath(new URL(`../../spec/${DOC}`, import.meta.url)), 'utf8');

function readSeedModel(): { model: ObjectModel; diagnostics: DiagnosticBag } {
  const diagnostics = new DiagnosticBag();
  const reading = readDoc(DOC, text, phpDialect, diagnostics);
  if (!('model' in reading) || reading.model.kind !== 'object') throw new Error('the seed doc did not read as an object model');
  return { model: reading.model, diagnostics };
}

/** Every field of the seed doc as the doc writes it. References keep the linked doc until resolution. */
const WANT: Omit<Field, 'wireNameSource'>[] = [
  {
    name: 'passthrough',
    wireName: 'passthrough',
    type: { kind: 'map', values: { kind: 'unknown' } },
    required: false,
    nullable: true,
    description: 'Value to pass through to the provider',
    example: '{\n"other_known_names": "John Doe"\n}',
    source: { file: DOC, line: 8, column: 3 },
  },
  {
    name: 'externalId',
    wireName: 'externalId',
    type: { kind: 'primitive', name: 'string' },
    required: false,
    nullable: true,
    description: 'The external ID associated with this completion',
    example: 'SOFTWARE-ENG-LV1-TRAINING-VIDEO-1-COMPLETION',
    source: { file: DOC, line: 9, column: 3 },
  },
  {
    name: 'contentExternalReference',
    wireName: 'contentExternalReference',
    type: { kind: 'primitive', name: 'string' },
    required: false,
    nullable: true,
    description: 'The external reference associated with this content',
    example: 'SOFTWARE-ENG-LV1-TRAINING-VIDEO-1-CONTENT',
    source: { file: DOC, line: 10, column: 3 },
  },
  {
    name: 'contentId',
    wireName: 'contentId',
    type: { kind: 'primitive', name: 'string' },
    required: false,
    nullable: true,
    description: 'The content ID associated with this completion',
    example: '16873-ENG-VIDEO-1',
    source: { file: DOC, line: 11, column: 3 },
  },
  {
    name: 'result',
    wireName: 'result',
    type: { kind: 'reference', model: 'LmsCreateCompletionRequestDtoResult', doc: 'Models/Components/LmsCreateCompletionRequestDtoResult.md' },
    required: false,
    nullable: true,
    description: 'The result of the completion',
    source: { file: DOC, line: 12, column: 3 },
  },
  {
    name: 'completedAt',
    wireName: 'completedAt',
    type: { kind: 'primitive', name: 'string' },
    required: false,
    nullable: true,
    description: 'The date the content was completed',
    example: '2021-07-21T14:00:00.000Z',
    source: { file: DOC, line: 13, column: 3 },
  },
];

describe('seed doc LmsCreateCompletionRequestDto', () => {
  it('reads as a documented object model', () => {
    const { model, diagnostics } = readSeedModel();

    expect(diagnostics.items).toEqual([]);
    expect(model.kind).toBe('object');
    expect(model.name).toBe('LmsCreateCompletionRequestDto');
    expect(model.source).toEqual({ file: DOC, line: 1, column: 1 });
    expect(model.description).toBeUndefined();
    expect(model.documented).toBe(true);
  });

  it('lists the fields in doc order', () => {
    const { model } = readSeedModel();

    expect(model.fields.map((field) => field.name)).toEqual(WANT.map((field) => field.name));
  });

  it.each(WANT.map((want) => [want.name, want] as const))('reads field %s', (name, want) => {
    const field = readSeedModel().model.fields.find((candidate) => candidate.name === name);

    expect(field).toBeDefined();
    expect(field!.type).toEqual(want.type);
    expect(field!.required).toBe(want.required);
    expect(field!.nullable).toBe(want.nullable);
    expect(field!.description).toBe(want.description);
    expect(field!.example).toBe(want.example);
    expect(field!.source).toEqual(want.source);
    expect(field!.wireName).toBe(want.wireName);
    expect(field!.deprecated).toBeUndefined();
  });

  it('points each field source at its name in the doc', () => {
    const lines = text.split('\n');

    for (const field of readSeedModel().model.fields) {
      const line = lines[field.source.line - 1]!;
      expect(line.slice(field.source.column - 1)).toMatch(new RegExp(`^\`${field.name}\``));
    }
  });
});
