import { describe, expect, it } from 'vitest';
import { isDate, isDateTime } from '../../generator/emit/runtime/runtime.js';

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
    ['2024-02-29T23:59:60+01:00', true],
    ['2023-02-29T10:00:00Z', false],
    ['2021-07-21T24:00:00Z', false],
    ['2021-07-21T14:60:00Z', false],
    ['2021-07-21T14:00:00', false],
    ['2021-07-21', false],
  ])('isDateTime %s is %s', (text, expected) => {
    expect(isDateTime(text)).toBe(expected);
  });
});
