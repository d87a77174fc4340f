/** One problem that a validator found in a JSON value. */
export interface ValidationProblem {
  /** Where the problem is, as a JSON path such as `$.result.value` or `$.items[2]`. */
  path: string;
  /** What the docs describe at that place, such as `string` or `one of "Pass", "Fail"`. */
  expected: string;
  /** What the value holds instead, such as `number 1.5` or `nothing` for a missing property. */
  found: string;
  message: string;
}

/** The properties of a model class, without its methods: the argument of its constructor. */
export type ModelProperties<T> = {
  [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K];
};

/** The error that a model's `fromJSON` throws, with every problem found in the input. */
export class ValidationError extends Error {
  readonly problems: readonly ValidationProblem[];

  constructor(modelName: string, problems: readonly ValidationProblem[]) {
    const lines = problems.map((problem) => `  ${problem.message}`);
    super(`invalid ${modelName}: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${lines.join('\n')}`);
    this.name = 'ValidationError';
    this.problems = problems;
  }
}

/** Builds the problem for a value that is not what the docs describe. */
export function problem(path: string, expected: string, value: unknown): ValidationProblem {
  const found = describeValue(value);
  return { path, expected, found, message: `${path}: expected ${expected}, found ${found}` };
}

/** Builds the problem for a required property that is missing. */
export function missingProblem(path: string, expected: string): ValidationProblem {
  return { path, expected, found: 'nothing', message: `${path}: the required property is missing (expected ${expected})` };
}

/** Builds the problem for a value that fits no member of a union, with what each member rejected. */
export function unionProblem(path: string, members: readonly string[], value: unknown, rejections: readonly (readonly ValidationProblem[])[]): ValidationProblem {
  const expected = `one of ${members.join(', ')}`;
  const found = describeValue(value);
  const reasons = members.map((member, index) => {
    const first = rejections[index]?.[0];
    return first ? `${member}: ${first.message}` : member;
  });
  return { path, expected, found, message: `${path}: expected ${expected}, found ${found} (${reasons.join('; ')})` };
}

/** Describes a value for a problem message: its JSON type and, for scalars, a short form of it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  switch (typeof value) {
    case 'string':
      return `string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** Tells whether a value is a JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Appends a property key to a JSON path: `.name` for identifiers, `["my key"]` for other keys. */
export function pathTo(path: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:?\d{2})$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Tells whether a string is an ISO 8601 date-time with a time zone, such as `2021-07-21T14:00:00.000Z`, naming a real instant. */
export function isDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  if (!match) return false;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) && Number(match[4]) < 24 && Number(match[5]) < 60 && Number(match[6]) < 61;
}

/** Tells whether a string is an ISO 8601 calendar date, such as `2021-07-21`, that exists. */
export function isDate(text: string): boolean {
  const match = DATE.exec(text);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Computed without a Date object, which costs more than the rest of the check.
  if (month !== 2) return day <= DAYS_IN_MONTH[month - 1]!;
  const isLeapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (isLeapYear ? 29 : 28);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Reads an own property of an object; inherited members such as `toString` read as missing. */
export function ownProperty(object: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}
