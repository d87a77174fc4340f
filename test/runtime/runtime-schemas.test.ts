import { describe, expect, it } from 'vitest';
import {
  defineEnum,
  defineObject,
  jsonMap,
  jsonUnknown,
  formatDateTime,
  jsonInteger,
  jsonNumber,
  jsonString,
  jsonDateTime,
  jsonUnion,
  parseDateTime,
  safeReadJSON,
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
      ['2021-07-21 14:00:00Z', undefined],
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

    expect(tierOrText.fit('free')).toBeGreaterThan(jsonString.fit('free'));
    expect(tierOrText.fit('other')).toBe(jsonString.fit('other'));
    // A string that looks like a date stays a string: an exact primitive beats a coercion.
    expect(read(textOrDate, '2021-07-21T14:00:00Z')).toEqual({ ok: true, value: '2021-07-21T14:00:00Z' });
    expect(numberOrInteger.fit(2)).toBe(jsonInteger.fit(2));
    expect(numberOrInteger.fit(2.5)).toBe(jsonNumber.fit(2.5));
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
});
