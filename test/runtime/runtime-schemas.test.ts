import { describe, expect, it } from 'vitest';
import {
  compareFits,
  defineEnum,
  defineObject,
  jsonMap,
  jsonUnknown,
  formatDateTime,
  jsonInteger,
  jsonArray,
  jsonNumber,
  jsonString,
  jsonDateTime,
  jsonUnion,
  parseDateTime,
  fitOf,
  safeReadJSON,
  type Schema,
  type ValidationProblem,
} from '../../generator/emit/runtime/runtime.js';

function read(schema: Parameters<typeof safeReadJSON>[0], value: unknown) {
  return safeReadJSON(schema, value);
}

describe('runtime schemas', () => {
  it('parses ISO 8601 date-times strictly', () => {
    const cases: [string, string | undefined][] = [
      ['2021-07-21T14:00:00.000Z', '2021-07-21T14:00:00.000Z'],
      ['2021-07-21T14:00:00Z', '2021-07-21T14:00:00.000Z'],
      ['2021-07-21t14:00:00z', '2021-07-21T14:00:00.000Z'],
      ['2021-07-21T16:00:00+02:00', '2021-07-21T14:00:00.000Z'],
      ['2021-07-21T09:30:00-0430', '2021-07-21T14:00:00.000Z'],
      ['2021-07-21T14:00:00.987654321Z', '2021-07-21T14:00:00.987Z'],
      ['2020-02-29T00:00:00Z', '2020-02-29T00:00:00.000Z'],
      ['0099-01-01T00:00:00Z', '0099-01-01T00:00:00.000Z'],
      ['2021-02-29T00:00:00Z', undefined],
      ['2021-07-21T24:00:00Z', undefined],
      ['2021-07-21T14:00:00', undefined],
      ['2021-07-21 14:00:00Z', '2021-07-21T14:00:00.000Z'],
      ['2021-07-21', undefined],
      ['2021-07-21T14:00Z', undefined],
      ['2021-07-21T14:00:00+25:00', undefined],
    ];
    for (const [text, iso] of cases) expect([text, parseDateTime(text)?.toISOString()]).toEqual([text, iso]);
  });

  it('writes a date-time back as it came', () => {
    const date = parseDateTime('2021-07-21T16:00:00+02:00')!;
    expect(formatDateTime(date)).toBe('2021-07-21T16:00:00+02:00');
    expect(JSON.stringify(date)).toBe('"2021-07-21T14:00:00.000Z"');

    date.setUTCMinutes(1);
    expect(formatDateTime(date)).toBe('2021-07-21T14:01:00.000Z');
    expect(() => formatDateTime(new Date(Number.NaN))).toThrow(RangeError);
  });

  it('tells integers from floats', () => {
    expect(read(jsonInteger, 2)).toEqual({ ok: true, value: 2 });
    expect(read(jsonInteger, 1.5).ok).toBe(false);
    expect(read(jsonNumber, 2)).toEqual({ ok: true, value: 2 });
    expect(read(jsonNumber, 1.5)).toEqual({ ok: true, value: 1.5 });
    expect(read(jsonNumber, '2').ok).toBe(false);
  });

  it('keeps unknown values of open enums', () => {
    const closed = defineEnum({ name: 'Tier', values: ['free', 'pro'], open: false });
    const open = defineEnum({ name: 'Tier', values: ['free', 'pro'], open: true });
    const numeric = defineEnum({ name: 'Level', values: [1, 2], open: true });

    expect(read(closed, 'enterprise')).toMatchObject({ ok: false, problems: [{ expected: 'one of "free", "pro"' }] });
    expect(read(open, 'enterprise')).toEqual({ ok: true, value: 'enterprise' });
    expect(read(open, 3)).toMatchObject({ ok: false, problems: [{ expected: 'one of "free", "pro" or another string' }] });
    expect(read(numeric, 3)).toEqual({ ok: true, value: 3 });
    expect(read(numeric, 'three').ok).toBe(false);
  });

  it('prefers exact members in unions', () => {
    const tierOrText = jsonUnion<unknown>(undefined, () => [defineEnum({ name: 'Tier', values: ['free'], open: true }), jsonString]);
    const textOrDate = jsonUnion<unknown>(undefined, () => [jsonDateTime, jsonString]);
    const numberOrInteger = jsonUnion<unknown>(undefined, () => [jsonNumber, jsonInteger]);

    expect(compareFits(fitOf(tierOrText, 'free')!, fitOf(jsonString, 'free')!)).toBeGreaterThan(0);
    expect(fitOf(tierOrText, 'other')).toEqual(fitOf(jsonString, 'other'));
    // A string that looks like a date stays a string: an exact primitive beats a coercion.
    expect(read(textOrDate, '2021-07-21T14:00:00Z')).toEqual({ ok: true, value: '2021-07-21T14:00:00Z' });
    expect(fitOf(numberOrInteger, 2)).toEqual(fitOf(jsonInteger, 2));
    expect(fitOf(numberOrInteger, 2.5)).toEqual(fitOf(jsonNumber, 2.5));
  });

  it('prefers objects by their matching keys', () => {
    const field = (property: string) => ({ property, wire: property, schema: jsonString, required: false, nullable: false });
    const small = defineObject({ name: 'Small', documented: true, unknownProperties: 'keep', create: (properties) => ({ kind: 'small', ...properties }), fields: () => [field('id')] });
    const large = defineObject({ name: 'Large', documented: true, unknownProperties: 'keep', create: (properties) => ({ kind: 'large', ...properties }), fields: () => [field('id'), field('email')] });
    const union = jsonUnion<{ kind: string }>(undefined, () => [jsonMap(jsonUnknown), small, large]);
    const kindOf = (value: unknown): string | undefined => {
      const result = read(union, value);
      return result.ok ? (result.value as { kind?: string }).kind ?? 'map' : undefined;
    };

    expect(kindOf({ id: '1', email: 'a@b.c' })).toBe('large');
    expect(kindOf({ id: '1' })).toBe('small');
    expect(kindOf({})).toBe('small');
    expect(kindOf({ other: 1 })).toBe('map');
  });

  it('lists what each union member rejected', () => {
    const problems: ValidationProblem[] = [];
    jsonUnion<unknown>('Amount', () => [jsonInteger, jsonString]).read(true, '$.amount', problems);

    expect(problems).toEqual([
      {
        path: '$.amount',
        expected: 'one of integer, string',
        found: 'boolean true',
        message: '$.amount: expected one of integer, string, found boolean true (integer: $.amount: expected integer, found boolean true; string: $.amount: expected string, found boolean true)',
      },
    ]);
  });

  it('reads recursive unions once per level', () => {
    // A union `Tree` = string | array of Tree, whose string member counts its reads.
    let reads = 0;
    const countingString: Schema<string> = {
      label: 'string',
      expected: 'string',
      read(value, path, problems, context) {
        reads += 1;
        return jsonString.read(value, path, problems, context);
      },
    };
    const tree: Schema<unknown> = jsonUnion<unknown>('Tree', () => [countingString, jsonArray(tree)]);
    const readsAtDepth = (depth: number): number => {
      let value: unknown = 'leaf';
      for (let level = 0; level < depth; level += 1) value = [value];
      reads = 0;
      expect(read(tree, value)).toEqual({ ok: true, value });
      return reads;
    };

    // Each level is one union read, which tries the string member once.
    expect(readsAtDepth(20)).toBe(21);
    expect(readsAtDepth(40)).toBe(41);
  });

  it('compares object fits key by key', () => {
    const field = (property: string) => ({ property, wire: property, schema: jsonString, required: false, nullable: false });
    const cat = defineObject({ name: 'Cat', documented: true, unknownProperties: 'keep', create: (properties) => ({ kind: 'cat', ...properties }), fields: () => [field('id')] });
    const withUnknownKeys = (count: number): Record<string, unknown> => {
      const value: Record<string, unknown> = { id: '1' };
      for (let index = 0; index < count; index += 1) value[`k${index}`] = index;
      return value;
    };

    for (const count of [0, 1000, 100_000]) {
      expect(compareFits(fitOf(cat, withUnknownKeys(count))!, fitOf(jsonMap(jsonUnknown), withUnknownKeys(count))!)).toBeGreaterThan(0);
    }
    expect(compareFits(fitOf(cat, withUnknownKeys(1))!, fitOf(cat, withUnknownKeys(2))!)).toBeGreaterThan(0);
    expect(compareFits(fitOf(cat, { other: 1 })!, fitOf(jsonMap(jsonUnknown), { other: 1 })!)).toBeLessThan(0);
  });
});
