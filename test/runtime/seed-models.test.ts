import { describe, expect, it } from 'vitest';
import {
  LmsCreateCompletionRequestDto,
  LmsCreateCompletionRequestDtoResult,
  LmsCreateCompletionRequestDtoSourceValue4,
  ValidationError,
  validateLmsCreateCompletionRequestDto,
} from '../../generated/index.js';

/** A completion as the StackOne API writes it: snake_case keys, a nested result, a key the docs do not list. */
const wireJson = {
  passthrough: { other_known_names: 'John Doe' },
  external_id: 'SOFTWARE-ENG-LV1-TRAINING-VIDEO-1-COMPLETION',
  content_external_reference: 'SOFTWARE-ENG-LV1-TRAINING-VIDEO-1-CONTENT',
  content_id: '16873-ENG-VIDEO-1',
  result: { value: 'Pass', source_value: { score: 87, max: 100 } },
  completed_at: '2021-07-21T14:00:00.000Z',
  learning_object_type: 'video',
};

function problemsOf(json: unknown): { path: string; message: string }[] {
  const result = LmsCreateCompletionRequestDto.safeFromJSON(json);
  if (result.ok) return [];
  return result.problems.map(({ path, message }) => ({ path, message }));
}

describe('seed models', () => {
  it('reads wire JSON into class instances', () => {
    const model = LmsCreateCompletionRequestDto.fromJSON(wireJson);

    expect(model).toBeInstanceOf(LmsCreateCompletionRequestDto);
    expect(model.passthrough).toEqual({ other_known_names: 'John Doe' });
    expect(model.externalId).toBe('SOFTWARE-ENG-LV1-TRAINING-VIDEO-1-COMPLETION');
    expect(model.contentExternalReference).toBe('SOFTWARE-ENG-LV1-TRAINING-VIDEO-1-CONTENT');
    expect(model.contentId).toBe('16873-ENG-VIDEO-1');
    expect(model.result).toBeInstanceOf(LmsCreateCompletionRequestDtoResult);
    expect(model.result?.value).toBe('Pass');
    expect(model.result?.sourceValue).toBeInstanceOf(LmsCreateCompletionRequestDtoSourceValue4);
    expect(model.result?.sourceValue).toEqual(new LmsCreateCompletionRequestDtoSourceValue4({ additionalProperties: { score: 87, max: 100 } }));
    // The docs type completedAt as a plain string, so it stays one although it looks like a date.
    expect(model.completedAt).toBe('2021-07-21T14:00:00.000Z');
    expect(model.additionalProperties).toEqual({ learning_object_type: 'video' });
  });

  it('writes back the identical JSON', () => {
    const model = LmsCreateCompletionRequestDto.fromJSON(wireJson);

    expect(model.toJSON()).toEqual(wireJson);
    expect(JSON.parse(JSON.stringify(model))).toEqual(wireJson);
    expect(JSON.stringify(model)).toBe(JSON.stringify(wireJson));
  });

  it('reads union members by kind', () => {
    const read = (sourceValue: unknown): unknown => LmsCreateCompletionRequestDto.fromJSON({ result: { source_value: sourceValue } }).result?.sourceValue;

    expect(read('87 / 100')).toBe('87 / 100');
    expect(read(87.5)).toBe(87.5);
    expect(read(true)).toBe(true);
    expect(read([1, 'two'])).toEqual([1, 'two']);
    expect(read({ raw: 1 })).toBeInstanceOf(LmsCreateCompletionRequestDtoSourceValue4);
  });

  it('accepts null and missing optional fields', () => {
    const model = LmsCreateCompletionRequestDto.fromJSON({ external_id: null, result: null });

    expect(model.externalId).toBeNull();
    expect(model.result).toBeNull();
    expect(model.contentId).toBeUndefined();
    expect(model.toJSON()).toEqual({ external_id: null, result: null });
  });

  it('reports a wrong type with its path', () => {
    expect(problemsOf({ content_id: 16873 })).toEqual([{ path: '$.content_id', message: '$.content_id: expected string, found number 16873' }]);
  });

  it('reports a bad enum value', () => {
    expect(problemsOf({ result: { value: 'Passed' } })).toEqual([
      { path: '$.result.value', message: '$.result.value: expected one of "Pass", "Fail", found string "Passed"' },
    ]);
  });

  it('reports a bad nested value', () => {
    expect(problemsOf({ result: 'Pass' })).toEqual([
      { path: '$.result', message: '$.result: expected LmsCreateCompletionRequestDtoResult object, found string "Pass"' },
    ]);
    expect(problemsOf({ passthrough: ['John Doe'] })).toEqual([{ path: '$.passthrough', message: '$.passthrough: expected object, found an array of 1' }]);
  });

  it('reports a bad union value with each rejection', () => {
    const [problem, ...rest] = problemsOf({ result: { source_value: Number.POSITIVE_INFINITY } });
    expect(rest).toEqual([]);
    expect(problem?.path).toBe('$.result.source_value');
    expect(problem?.message).toContain('expected one of string, number, boolean, LmsCreateCompletionRequestDtoSourceValue4 object, array, object, found number Infinity');
    expect(problem?.message).toContain('number: $.result.source_value: expected number, found number Infinity');
  });

  it('reports every problem at once', () => {
    const json = { external_id: 1, content_id: false, result: { value: 'Maybe' } };
    expect(() => LmsCreateCompletionRequestDto.fromJSON(json)).toThrow(ValidationError);
    try {
      LmsCreateCompletionRequestDto.fromJSON(json);
    } catch (error) {
      const problems = (error as ValidationError).problems.map((problem) => problem.path);
      expect(problems).toEqual(['$.external_id', '$.content_id', '$.result.value']);
      expect((error as Error).message).toContain('3 problems');
    }
  });

  it('rejects a value that is not an object', () => {
    expect(problemsOf([])).toEqual([{ path: '$', message: '$: expected LmsCreateCompletionRequestDto object, found an array of 0' }]);
    expect(validateLmsCreateCompletionRequestDto('text').map((problem) => problem.path)).toEqual(['$']);
  });

  it('builds models from properties and writes wire names', () => {
    const model = new LmsCreateCompletionRequestDto({
      externalId: 'E-1',
      result: new LmsCreateCompletionRequestDtoResult({ value: 'Fail', sourceValue: 3 }),
    });

    expect(model.toJSON()).toEqual({ external_id: 'E-1', result: { value: 'Fail', source_value: 3 } });
  });
});
