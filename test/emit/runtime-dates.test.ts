import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { formatDateTime, isDate, isDateTime, parseDateTime } from '../../generator/emit/runtime/runtime.js';

describe('runtime date checks', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2021-04-30', true],
    ['2021-04-31', false],
    ['2021-12-31', true],
    ['2021-13-01', false],
    ['2021-00-10', false],
    ['2021-01-00', false],
  ])('isDate %s is %s', (text, expected) => {
    expect(isDate(text)).toBe(expected);
  });

  it.each([
    ['2021-07-21T14:00:00.000Z', true],
    ['2024-02-29T23:59:60+01:00', false],
    ['2023-02-29T10:00:00Z', false],
    ['2021-07-21T24:00:00Z', false],
    ['2021-07-21T14:60:00Z', false],
    ['2021-07-21T14:00:00', false],
    ['2021-07-21', false],
  ])('isDateTime %s is %s', (text, expected) => {
    expect(isDateTime(text)).toBe(expected);
  });

  // Second 60 is a leap second, which can only fall at 23:59 UTC.
  const leapSeconds: [string, boolean][] = [
    ['2016-12-31T23:59:60Z', true],
    ['2016-12-31T23:59:60.5Z', true],
    ['2016-12-31T18:59:60-05:00', true],
    ['2017-01-01T00:59:60+01:00', true],
    ['2017-01-01T05:29:60+0530', true],
    ['2021-01-01T23:59:60Z', true],
    ['2016-12-31T23:59:61Z', false],
    ['2016-12-31T23:58:60Z', false],
    ['2016-12-31T22:59:60Z', false],
    ['2016-12-31T23:59:60+01:00', false],
    ['2016-12-31T12:00:60Z', false],
  ];

  it.each(leapSeconds)('isDateTime leap second %s is %s', (text, expected) => {
    expect(isDateTime(text)).toBe(expected);
  });

  const forms: [string, boolean][] = [
    ['2021-07-21 14:00:00Z', true],
    ['2021-07-21t14:00:00z', true],
    ['2021-07-21T14:00:00+01', true],
    ['2021-07-21T14:00:00+0130', true],
    ['2021-07-21T14:00:00.123456789012Z', true],
    ['2021-07-21T14:00:00', false],
    ['2021-07-21T14:00:00+1', false],
    ['2021-07-21T14:00Z', false],
    ['2021-07-21T14:00:00+24:00', false],
  ];

  it('agrees with ajv-formats on the forms of date-times', () => {
    const ajv = new Ajv2020();
    addFormats.default(ajv);
    const validate = ajv.compile({ type: 'string', format: 'date-time' });
    for (const [text, expected] of forms) {
      expect(isDateTime(text), text).toBe(expected);
      expect(validate(text), text).toBe(expected);
    }
  });

  it('reads an offset of hours only', () => {
    expect(parseDateTime('2021-07-21 14:00:00+02')?.toISOString()).toBe('2021-07-21T12:00:00.000Z');
  });

  it('agrees with ajv-formats on second 60', () => {
    const ajv = new Ajv2020();
    addFormats.default(ajv);
    const validate = ajv.compile({ type: 'string', format: 'date-time' });
    for (const [text] of leapSeconds) expect(isDateTime(text), text).toBe(validate(text));
  });

  it('reads a leap second as the last millisecond of its day', () => {
    const date = parseDateTime('2021-01-01T23:59:60Z');
    expect(date?.toISOString()).toBe('2021-01-01T23:59:59.999Z');

    const withOffset = parseDateTime('2016-12-31T18:59:60-05:00');
    expect(withOffset?.toISOString()).toBe('2016-12-31T23:59:59.999Z');
  });

  it('keeps leap second text when writing', () => {
    const date = parseDateTime('2016-12-31T23:59:60.25Z')!;
    expect(formatDateTime(date)).toBe('2016-12-31T23:59:60.25Z');
    expect(date.getTime()).toBeLessThan(Date.parse('2017-01-01T00:00:00Z'));
  });

  it('rejects second 60 outside 23:59 UTC', () => {
    expect(parseDateTime('2021-01-01T12:00:60Z')).toBeUndefined();
    expect(parseDateTime('2016-12-31T23:59:60+01:00')).toBeUndefined();
  });
});
