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

/** The result of a read that does not throw: the value, or every problem found in the input. */
export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: readonly ValidationProblem[] };

declare const unrecognizedBrand: unique symbol;

/**
 * A value of an open enum that the docs do not list, kept as the server sent it. The brand keeps
 * it apart from the known values in type checks, so a `switch` over the known values stays exhaustive.
 */
export type Unrecognized<T extends string | number> = T & { readonly [unrecognizedBrand]: true };

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

/**
 * A reader of one type of JSON value: it checks a value and turns it into the value a model
 * stores. Generated models build one schema per model from the schemas below.
 */
export interface Schema<T> {
  /** A short name of the type for union problems: `string`, `Employee object`, `EmploymentType`. */
  readonly label: string;
  /** The values the schema accepts, as problem messages write them. */
  readonly expected: string;
  /**
   * Reads a JSON value, pushing a problem for each way it does not fit, and stores in
   * `context.fit` how closely a value without problems fits. The result is meaningful only when no
   * problem was pushed. Without a context, the read starts at the top level.
   */
  read(value: unknown, path: string, problems: ValidationProblem[], context?: SchemaReadContext): T;
}

/**
 * The closeness of fit of a value that a schema reads without problems. A union reads a value
 * with the member of the highest fit, compared component by component (see compareFits). First
 * come the tier, more matched object keys, fewer unknown keys and fewer listed fields left empty.
 * Only then come the keys of the objects nested in the value: more matched, fewer unknown.
 */
export interface SchemaFit {
  readonly tier: number;
  readonly matched: number;
  readonly unknown: number;
  readonly missing: number;
  readonly nestedMatched: number;
  readonly nestedUnknown: number;
}

/** The state of one read: where it is in the input, and the fit of the value read last. */
export interface SchemaReadContext {
  /** The number of arrays and objects that enclose the value being read. */
  depth: number;
  /** The arrays and objects that enclose the value being read, to find cycles. */
  readonly ancestors: Set<object>;
  fit: SchemaFit;
  /** Readings of arrays and objects by union members, by value, member and path; see readMember. */
  memberReadings?: WeakMap<object, Map<Schema<unknown>, Map<string, MemberReading>>>;
}

/**
 * The maximum number of arrays and objects nested in each other that readers and validators
 * accept. Deeper input is a problem rather than a stack overflow.
 */
// NOTE: a union whose object members refer back to it takes more stack per level when read. With
// Node's default stack, fromJSON ran out of stack at 900 such levels, gave a problem there, and the
// validator accepted the same value.
export const MAX_NESTING_DEPTH = 1000;

/** Tiers of fit: an exact literal beats an enum value, which beats a plain type, which beats a coercion. */
const TIER = {
  literal: 400,
  knownEnumValue: 300,
  exact: 200,
  number: 150,
  coercion: 100,
  unknownEnumValue: 50,
  documentedObject: 1,
  undocumentedObject: 0.5,
  anything: 0,
  // An object that matches no documented key but has unknown keys fits worse than a map.
  unmatchedObject: -1,
} as const;

const tierFit = (tier: number): SchemaFit => ({ tier, matched: 0, unknown: 0, missing: 0, nestedMatched: 0, nestedUnknown: 0 });
const ANYTHING_FIT = tierFit(TIER.anything);

/**
 * Compares two fits: positive when `a` fits more closely than `b`, negative when less, and 0 for
 * a tie. Each component decides only when the ones before it are equal.
 */
export function compareFits(a: SchemaFit, b: SchemaFit): number {
  return (
    a.tier - b.tier ||
    a.matched - b.matched ||
    b.unknown - a.unknown ||
    b.missing - a.missing ||
    a.nestedMatched - b.nestedMatched ||
    b.nestedUnknown - a.nestedUnknown
  );
}

/** Returns how closely a schema fits a value, or undefined when the value has problems. */
export function fitOf(schema: Schema<unknown>, value: unknown): SchemaFit | undefined {
  const context = newReadContext();
  const problems: ValidationProblem[] = [];
  schema.read(value, '$', problems, context);
  return problems.length === 0 ? context.fit : undefined;
}

/** Starts the state of a read of a top-level value. */
export function newReadContext(): SchemaReadContext {
  return { depth: 0, ancestors: new Set(), fit: ANYTHING_FIT };
}

/** Reads a JSON value with a schema and returns the result, or throws a ValidationError with every problem. */
export function readJSON<T>(schema: Schema<T>, json: unknown): T {
  const result = safeReadJSON(schema, json);
  if (!result.ok) throw new ValidationError(schema.label, result.problems);
  return result.value;
}

/**
 * Reads a JSON value with a schema and returns the result or the problems, without throwing.
 * Cycles, nesting deeper than MAX_NESTING_DEPTH and getters or Proxy traps that throw are problems.
 */
export function safeReadJSON<T>(schema: Schema<T>, json: unknown): ReadResult<T> {
  const problems: ValidationProblem[] = [];
  let value: T;
  try {
    value = schema.read(json, '$', problems, newReadContext());
  } catch (error) {
    // Containers report errors at their own path, so an error gets here only when their handling
    // fails too, such as when a read that starts close to the stack's limit runs out of stack.
    return { ok: false, problems: [...problems, accessProblem('$', error)] };
  }
  return problems.length === 0 ? { ok: true, value } : { ok: false, problems };
}

function primitive<T>(label: string, accepts: (value: unknown) => boolean, tier: number): Schema<T> {
  const fit = tierFit(tier);
  return {
    label,
    expected: label,
    read(value, path, problems, context) {
      if (!accepts(value)) problems.push(problem(path, label, value));
      if (context) context.fit = fit;
      return value as T;
    },
  };
}

export const jsonString: Schema<string> = primitive('string', (value) => typeof value === 'string', TIER.exact);
export const jsonInteger: Schema<number> = primitive('integer', (value) => Number.isInteger(value), TIER.exact);
export const jsonNumber: Schema<number> = primitive('number', (value) => typeof value === 'number' && Number.isFinite(value), TIER.number);
export const jsonBoolean: Schema<boolean> = primitive('boolean', (value) => typeof value === 'boolean', TIER.exact);
/** A calendar date, which models keep as its `YYYY-MM-DD` string. */
export const jsonDate: Schema<string> = primitive('ISO 8601 date (YYYY-MM-DD)', (value) => typeof value === 'string' && isDate(value), TIER.coercion);
/** Any JSON value, kept as it came. */
export const jsonUnknown: Schema<unknown> = primitive('any value', () => true, TIER.anything);

/** An ISO 8601 date-time with a time zone, read into a `Date`. */
export const jsonDateTime: Schema<Date> = {
  label: 'ISO 8601 date-time',
  expected: 'ISO 8601 date-time',
  read(value, path, problems, context) {
    if (context) context.fit = tierFit(TIER.coercion);
    const date = typeof value === 'string' ? parseDateTime(value) : undefined;
    if (date === undefined) {
      problems.push(problem(path, 'ISO 8601 date-time', value));
      return undefined as unknown as Date;
    }
    return date;
  },
};

/** Exactly one JSON value, such as `null` or `"card"`. */
export function jsonLiteral<T extends string | number | boolean | null>(literal: T): Schema<T> {
  const label = literal === null ? 'null' : JSON.stringify(literal);
  return primitive<T>(label, (value) => value === literal, TIER.literal);
}

/**
 * Reads the entries of an array or object, which the caller has checked, one level deeper. A
 * value that encloses itself, nesting deeper than MAX_NESTING_DEPTH, and an error thrown while the
 * entries are read (by a getter or a Proxy trap) are problems at the container's path.
 */
function readEntries<T>(container: object, path: string, problems: ValidationProblem[], context: SchemaReadContext, read: () => T): T {
  if (context.ancestors.has(container)) {
    problems.push(cycleProblem(path));
    return undefined as T;
  }
  if (context.depth >= MAX_NESTING_DEPTH) {
    problems.push(nestingProblem(path, container));
    return undefined as T;
  }
  context.ancestors.add(container);
  context.depth += 1;
  try {
    return read();
  } catch (error) {
    problems.push(accessProblem(path, error));
    return undefined as T;
  } finally {
    context.depth -= 1;
    context.ancestors.delete(container);
  }
}

/** Builds the schema of a JSON array whose items all fit one schema. */
export function jsonArray<T>(items: Schema<T>): Schema<T[]> {
  const anyItems = items === jsonUnknown;
  return {
    get label() {
      return anyItems ? 'array' : `array of ${items.label}`;
    },
    get expected() {
      return anyItems ? 'array' : `array of ${items.expected}`;
    },
    read(value, path, problems, context = newReadContext()) {
      if (!Array.isArray(value)) {
        problems.push(problem(path, 'array', value));
        return undefined as unknown as T[];
      }
      return readEntries(value, path, problems, context, () => {
        // A loop over every index, unlike `map`, also reads the holes of a sparse array, which are missing items.
        const result: T[] = new Array<T>(value.length);
        let tier = 0;
        let matched = 0;
        let unknown = 0;
        let missing = 0;
        let nestedMatched = 0;
        let nestedUnknown = 0;
        for (let index = 0; index < value.length; index += 1) {
          result[index] = items.read(value[index], `${path}[${index}]`, problems, context);
          tier += context.fit.tier;
          matched += context.fit.matched;
          unknown += context.fit.unknown;
          missing += context.fit.missing;
          nestedMatched += context.fit.nestedMatched;
          nestedUnknown += context.fit.nestedUnknown;
        }
        // The fit of an array is the mean fit of its items. An empty array fits like any value.
        const count = value.length;
        context.fit =
          count === 0
            ? ANYTHING_FIT
            : { tier: tier / count, matched: matched / count, unknown: unknown / count, missing: missing / count, nestedMatched: nestedMatched / count, nestedUnknown: nestedUnknown / count };
        return result;
      });
    },
  };
}

/** Builds the schema of a JSON object used as a dictionary: any keys, values of one schema. */
export function jsonMap<T>(values: Schema<T>): Schema<Record<string, T>> {
  return {
    label: 'object',
    get expected() {
      return values === jsonUnknown ? 'object' : `object of ${values.expected}`;
    },
    read(value, path, problems, context = newReadContext()) {
      if (!isPlainObject(value)) {
        problems.push(problem(path, 'object', value));
        return undefined as unknown as Record<string, T>;
      }
      return readEntries(value, path, problems, context, () => {
        const result: Record<string, T> = {};
        for (const [key, entry] of readOwnEntries(value, path, problems)) defineEntry(result, key, values.read(entry, pathTo(path, key), problems, context));
        context.fit = ANYTHING_FIT;
        return result;
      });
    },
  };
}

/**
 * Builds the schema of a value that fits one of several schemas. Each member reads the value. Of
 * those that read it without problems, the one with the highest fit wins, and the first listed
 * wins a tie. When no member fits, one problem lists what each member rejected. Each member reads
 * the value once and reports its fit while reading, so a read takes time linear in the input
 * size even when unions nest in each other.
 */
export function jsonUnion<T>(label: string | undefined, members: () => readonly Schema<unknown>[]): Schema<T> {
  let resolved: readonly Schema<unknown>[] | undefined;
  const list = (): readonly Schema<unknown>[] => (resolved ??= members());
  return {
    get label() {
      return label ?? list().map((member) => member.label).join(' or ');
    },
    get expected() {
      return `one of ${list().map((member) => member.label).join(', ')}`;
    },
    read(value, path, problems, context = newReadContext()) {
      let chosen: { fit: SchemaFit; value: unknown } | undefined;
      const rejections: ValidationProblem[][] = [];
      for (const member of list()) {
        const reading = readMember(member, value, path, context);
        rejections.push(reading.problems);
        if (reading.problems.length > 0) continue;
        if (chosen === undefined || compareFits(reading.fit, chosen.fit) > 0) chosen = { fit: reading.fit, value: reading.value };
      }
      if (chosen !== undefined) {
        context.fit = chosen.fit;
        return chosen.value as T;
      }
      problems.push(unionProblem(path, list().map((member) => member.label), value, rejections));
      return undefined as T;
    },
  };
}

/** One union member's reading of a value: the result, the problems and the fit. */
interface MemberReading {
  value: unknown;
  problems: ValidationProblem[];
  fit: SchemaFit;
}

/**
 * Reads a value with one member of a union. The reading of an array or object is kept for the
 * rest of the read, because in a recursive union every member of a level reads the same nested
 * value: without it, reading time doubles with each level.
 */
// The steps are written out rather than shared with checkMember, because every helper call adds a
// stack frame per nesting level, and input nested MAX_NESTING_DEPTH deep must not overflow the stack.
function readMember(member: Schema<unknown>, value: unknown, path: string, context: SchemaReadContext): MemberReading {
  const memo = typeof value === 'object' && value !== null ? (context.memberReadings ??= new WeakMap()) : undefined;
  const key = `${context.depth}\u0000${path}`;
  const known = memo?.get(value as object)?.get(member)?.get(key);
  if (known !== undefined) return known;

  const problems: ValidationProblem[] = [];
  context.fit = ANYTHING_FIT;
  const read = member.read(value, path, problems, context);
  const reading = { value: read, problems, fit: context.fit };
  if (memo !== undefined) {
    let bySchema = memo.get(value as object);
    if (bySchema === undefined) memo.set(value as object, (bySchema = new Map()));
    let byPath = bySchema.get(member);
    if (byPath === undefined) bySchema.set(member, (byPath = new Map()));
    byPath.set(key, reading);
  }
  return reading;
}

/** Builds the expected text of an enum's problems, the same text that the generated validators write. */
function enumExpected(values: readonly (string | number)[], open: boolean): string {
  const numeric = values.length > 0 && values.every((value) => typeof value === 'number');
  const listed = values.slice(0, MAX_VALUES_IN_MESSAGE).map((value) => JSON.stringify(value));
  const more = values.length > MAX_VALUES_IN_MESSAGE ? `, ... (${values.length} values)` : '';
  return `one of ${listed.join(', ')}${more}${open ? ` or another ${numeric ? 'integer' : 'string'}` : ''}`;
}

/** Builds the schema of an enum. An open enum also accepts other values of the same JSON type and keeps them as they came. */
export function defineEnum<T>(options: { name: string; values: readonly (string | number)[]; open: boolean }): Schema<T> {
  const known = new Set<unknown>(options.values);
  const numeric = options.values.length > 0 && options.values.every((value) => typeof value === 'number');
  const expected = enumExpected(options.values, options.open);
  const acceptsOther = (value: unknown): boolean => options.open && (numeric ? Number.isInteger(value) : typeof value === 'string');
  const knownFit = tierFit(TIER.knownEnumValue);
  const unknownFit = tierFit(TIER.unknownEnumValue);
  return {
    label: options.name,
    expected,
    read(value, path, problems, context) {
      if (!known.has(value) && !acceptsOther(value)) problems.push(problem(path, expected, value));
      if (context) context.fit = known.has(value) ? knownFit : unknownFit;
      return value as T;
    },
  };
}

/** Maximum number of enum values a problem message spells out; larger enums are summarized. */
const MAX_VALUES_IN_MESSAGE = 10;

/** One field of an object model: its class property, its JSON key and the schema of its value. */
export interface FieldSchema {
  property: string;
  wire: string;
  schema: Schema<unknown>;
  required: boolean;
  /** Whether a required field accepts null; optional fields always do. */
  nullable: boolean;
}

export interface ObjectSchema<T extends object> extends Schema<T> {
  /** Writes a model in its wire form: wire names, dates as ISO 8601 strings, undefined properties left out. */
  write(model: T): Record<string, unknown>;
}

export interface ObjectOptions<T extends object> {
  name: string;
  /** Builds the model from its properties, keyed by property name. */
  create(properties: Record<string, unknown>): T;
  /** The fields, listed on first use, because models that refer to each other import each other. */
  fields(): readonly FieldSchema[];
  /**
   * The handling of input properties the docs do not list. `keep` stores them in the model's
   * `additionalProperties` and writes them back out, and `drop` leaves them out. An undocumented
   * model (`documented: false`) keeps every property in `additionalProperties`, where no key can
   * hide a method of the class.
   */
  unknownProperties: 'keep' | 'drop';
  documented: boolean;
}

/** Builds the schema of an object model, which reads JSON objects into model instances and writes them back. */
export function defineObject<T extends object>(options: ObjectOptions<T>): ObjectSchema<T> {
  let resolved: { fields: readonly FieldSchema[]; wireNames: ReadonlySet<string> } | undefined;
  const fields = (): { fields: readonly FieldSchema[]; wireNames: ReadonlySet<string> } => {
    if (!resolved) {
      const list = options.fields();
      resolved = { fields: list, wireNames: new Set(list.map((field) => field.wire)) };
    }
    return resolved;
  };
  const label = `${options.name} object`;

  return {
    label,
    expected: label,
    read(value, path, problems, context = newReadContext()) {
      if (!isPlainObject(value)) {
        problems.push(problem(path, label, value));
        return undefined as unknown as T;
      }
      return readEntries(value, path, problems, context, () => {
        if (!options.documented) {
          const properties: Record<string, unknown> = {};
          const entries = readOwnEntries(value, path, problems);
          if (entries.length > 0) properties['additionalProperties'] = fromEntries(entries);
          context.fit = tierFit(TIER.undocumentedObject);
          return options.create(properties);
        }

        const { fields: list, wireNames } = fields();
        const properties: Record<string, unknown> = {};
        const entries = readOwnEntries(value, path, problems);
        const entryOf = new Map(entries);
        // The keys of nested objects break ties, so a union of objects with the same top-level keys
        // picks the member whose nested objects fit better.
        let nestedMatched = 0;
        let nestedUnknown = 0;
        for (const field of list) {
          const entry = entryOf.get(field.wire);
          const fieldPath = pathTo(path, field.wire);
          if (entry === undefined) {
            if (field.required) problems.push(missingProblem(fieldPath, field.schema.expected));
          } else if (entry === null && (field.nullable || !field.required)) {
            properties[field.property] = null;
          } else {
            context.fit = ANYTHING_FIT;
            properties[field.property] = field.schema.read(entry, fieldPath, problems, context);
            nestedMatched += context.fit.matched + context.fit.nestedMatched;
            nestedUnknown += context.fit.unknown + context.fit.nestedUnknown;
          }
        }
        const extra = entries.filter(([key]) => !wireNames.has(key));
        if (options.unknownProperties === 'keep' && extra.length > 0) properties['additionalProperties'] = fromEntries(extra);

        // More matching keys fit better, then fewer unknown keys, then fewer listed fields left empty.
        // Without unknown keys an object beats a map and an undocumented object.
        const unknown = extra.length;
        const matched = entries.length - unknown;
        const tier = matched === 0 && unknown > 0 ? TIER.unmatchedObject : TIER.documentedObject;
        context.fit = { tier, matched, unknown, missing: list.length - matched, nestedMatched, nestedUnknown };
        return options.create(properties);
      });
    },
    write(model) {
      const record = model as Record<string, unknown>;
      const json: Record<string, unknown> = {};
      if (options.documented) {
        for (const field of fields().fields) {
          const entry = record[field.property];
          if (entry !== undefined) defineEntry(json, field.wire, toWire(entry));
        }
      }
      const extra = record['additionalProperties'];
      if ((options.unknownProperties === 'keep' || !options.documented) && isPlainObject(extra)) {
        for (const [key, entry] of Object.entries(extra)) if (!Object.hasOwn(json, key)) defineEntry(json, key, toWire(entry));
      }
      return json;
    },
  };
}

/** Writes any model value in its wire form: models through their `toJSON`, dates as ISO 8601 strings, arrays and objects item by item. */
export function toWire(value: unknown): unknown {
  if (value instanceof Date) return formatDateTime(value);
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object' && value !== null) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return toJSON.call(value);
    return copyEntries(value as Record<string, unknown>, toWire);
  }
  return value;
}

/**
 * Reads the own enumerable string-keyed entries of an input object. A getter that throws is a
 * problem at its key's path, and its key is left out. An error from listing the keys, such as
 * from a Proxy trap, propagates to readEntries.
 */
function readOwnEntries(object: Record<string, unknown>, path: string, problems: ValidationProblem[]): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(object)) {
    try {
      entries.push([key, object[key]]);
    } catch (error) {
      problems.push(accessProblem(pathTo(path, key), error));
    }
  }
  return entries;
}

/** Builds an object from entries, with each key as an own data property. */
function fromEntries(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const [key, entry] of entries) defineEntry(object, key, entry);
  return object;
}

/** Copies the own enumerable entries of an object, converting each value. */
function copyEntries(source: Record<string, unknown>, convert: (value: unknown) => unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(source)) defineEntry(copy, key, convert(entry));
  return copy;
}

/** Sets a property as an own data property; unlike assignment, a `__proto__` key cannot change the prototype. */
function defineEntry(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
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

/** A generated validator, as union checks call it. */
type Validator = (value: unknown, path: string, problems: ValidationProblem[], depth: number) => ValidationProblem[];

/** The problems found by each validator for an array or object at a path, while a union member is checked. */
let memberChecks: WeakMap<object, Map<Validator, Map<string, ValidationProblem[]>>> | undefined;

/**
 * Checks a value against a model's validator as part of a union member's check. In a recursive
 * union every member of a level checks the same nested value, so without the problems kept here
 * the checking time of a value that fits no member doubles with each level. They are kept until
 * the outermost member check returns, so a value changed between two validations is checked again.
 */
// NOTE: a validator that a getter of the checked value calls during a member check shares these
// results, so it can return the outer check's problems for an object that the getter has changed.
export function checkMember(validate: Validator, value: unknown, path: string, problems: ValidationProblem[], depth: number): void {
  if (typeof value !== 'object' || value === null) {
    validate(value, path, problems, depth);
    return;
  }
  const outermost = memberChecks === undefined;
  const checks = (memberChecks ??= new WeakMap());
  try {
    let byValidator = checks.get(value);
    if (byValidator === undefined) checks.set(value, (byValidator = new Map()));
    let byPath = byValidator.get(validate);
    if (byPath === undefined) byValidator.set(validate, (byPath = new Map()));
    const key = `${depth}\u0000${path}`;
    let found = byPath.get(key);
    if (found === undefined) byPath.set(key, (found = validate(value, path, [], depth)));
    for (const item of found) problems.push(item);
  } finally {
    if (outermost) memberChecks = undefined;
  }
}

/** Builds the problem for a value that fits no member of a union, with what each member rejected. */
export function unionProblem(path: string, members: readonly string[], value: unknown, rejections: readonly (readonly ValidationProblem[])[]): ValidationProblem {
  const expected = `one of ${members.join(', ')}`;
  const found = describeValue(value);
  const reasons = members.map((member, index) => {
    const first = rejections[index]?.[0];
    if (!first) return member;
    // Unions nested in each other repeat the inner messages, so each is cut short to keep a deep
    // value's message, and the time to build it, from growing with the square of the depth.
    const reason = `${member}: ${first.message}`;
    return reason.length > MAX_REASON_LENGTH ? `${reason.slice(0, MAX_REASON_LENGTH - 3)}...` : reason;
  });
  return { path, expected, found, message: `${path}: expected ${expected}, found ${found} (${reasons.join('; ')})` };
}

/** Builds the problem for an array or object nested deeper than MAX_NESTING_DEPTH. */
export function nestingProblem(path: string, value: unknown): ValidationProblem {
  const expected = `at most ${MAX_NESTING_DEPTH} nested arrays and objects`;
  return { path, expected, found: `${describeValue(value)} nested deeper`, message: `${path}: the value is nested too deeply (expected ${expected})` };
}

/** Builds the problem for an array or object that contains itself, which JSON cannot represent. */
function cycleProblem(path: string): ValidationProblem {
  return { path, expected: 'a JSON value', found: 'a cycle', message: `${path}: the value contains itself (a cycle), which JSON cannot represent` };
}

/** Builds the problem for an error thrown while a value was read, such as by a getter or a Proxy trap. */
function accessProblem(path: string, error: unknown): ValidationProblem {
  let reason: string;
  try {
    reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  } catch {
    reason = 'an error that cannot be shown';
  }
  return { path, expected: 'a JSON value', found: `an error (${reason})`, message: `${path}: reading the value failed with ${reason}` };
}

/** The maximum length of what one member rejected, in a union's problem message. */
const MAX_REASON_LENGTH = 300;

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
      return isPlainObject(value) ? 'an object' : className(value);
    default:
      return typeof value;
  }
}

/** Names the class of an object that is not a plain object, such as `Map` or `Date`. */
function className(value: object): string {
  try {
    const name: unknown = Object.getPrototypeOf(value)?.constructor?.name;
    return typeof name === 'string' && name !== '' ? name : 'an object with a prototype';
  } catch {
    return 'an object with a prototype';
  }
}

/**
 * Tells whether a value is a JSON object: an object whose prototype is `Object.prototype` (of any
 * realm) or null. Arrays, `Map`, `Date` and class instances are not.
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null;
}

/** Appends a property key to a JSON path: `.name` for identifiers, `["my key"]` for other keys. */
export function pathTo(path: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * An RFC 3339 date-time, read as ajv-formats reads it: `T`, `t` or a space between date and time,
 * any number of fraction digits, and an offset of `Z`, `+hh:mm`, `+hhmm` or `+hh`.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The text each `Date` read from JSON came from, so writing it back gives the same text while the instant is unchanged. */
const dateTimeTexts = new WeakMap<Date, { text: string; time: number }>();

/**
 * Parses an ISO 8601 date-time with a time zone (`2021-07-21T14:00:00Z`, `...00.000Z`,
 * `...00+02:00`) into a `Date`; undefined when the text is not one or names no real instant.
 * Fractions finer than a millisecond are cut off in the `Date` but kept in the remembered text.
 * A leap second (`23:59:60` in UTC, see isDateTime) reads as 23:59:59.999 of the same UTC day,
 * because a `Date` has no second 60.
 */
export function parseDateTime(text: string): Date | undefined {
  const match = DATE_TIME.exec(text);
  if (!match || !isDateTime(text)) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const fraction = match[7];
  const offsetSign = match[9];
  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);

  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const milliseconds = fraction === undefined ? 0 : Number(fraction.slice(1, 4).padEnd(3, '0'));
  if (second === 60) date.setUTCHours(hour, minute, 59, 999);
  else date.setUTCHours(hour, minute, second, milliseconds);
  if (offsetSign !== undefined) date.setTime(date.getTime() - (offsetSign === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes) * 60_000);
  dateTimeTexts.set(date, { text, time: date.getTime() });
  return date;
}

/**
 * Writes a `Date` as ISO 8601: the text it was read from while its instant is unchanged, otherwise
 * `toISOString()` (UTC, milliseconds). The format's year has four digits, which cannot hold a UTC
 * year outside 0000 to 9999. Such an instant is written with the smallest whole-hour offset (or
 * 23:59) that brings its local year into that range, so the reader reads it back.
 * @throws RangeError for an invalid `Date` or an instant that no offset brings into the range.
 */
export function formatDateTime(date: Date): string {
  const original = dateTimeTexts.get(date);
  const time = date.getTime();
  if (original && original.time === time) return original.text;
  if (Number.isNaN(time)) throw new RangeError('cannot write an invalid Date as an ISO 8601 date-time');
  if (time >= FIRST_INSTANT && time < END_INSTANT) return date.toISOString();

  // The offset needed is west of UTC past the end of year 9999 and east of UTC before year 0000.
  const neededMinutes = time >= END_INSTANT ? Math.floor((time - END_INSTANT) / 60_000) + 1 : Math.ceil((FIRST_INSTANT - time) / 60_000);
  if (neededMinutes > MAX_OFFSET_MINUTES) {
    throw new RangeError(`cannot write ${date.toISOString()} as an ISO 8601 date-time: its year is outside 0000 to 9999 even with an offset of 23:59, so set a date within those years`);
  }
  const offsetMinutes = Math.min(Math.ceil(neededMinutes / 60) * 60, MAX_OFFSET_MINUTES);
  const sign = time >= END_INSTANT ? -1 : 1;
  const local = new Date(time + sign * offsetMinutes * 60_000).toISOString().slice(0, -1);
  const hours = String(Math.floor(offsetMinutes / 60)).padStart(2, '0');
  const minutes = String(offsetMinutes % 60).padStart(2, '0');
  return `${local}${sign < 0 ? '-' : '+'}${hours}:${minutes}`;
}

/** The first instant of year 0000 and the first instant after year 9999, in UTC. */
// Date.UTC reads years 0 to 99 as 1900 to 1999, so year 0000 is set with setUTCFullYear.
const FIRST_INSTANT = new Date(0).setUTCFullYear(0, 0, 1);
const END_INSTANT = Date.UTC(10000, 0, 1);
const MAX_OFFSET_MINUTES = 23 * 60 + 59;

/**
 * Tells whether a string is an ISO 8601 date-time with a time zone, such as `2021-07-21T14:00:00.000Z`,
 * naming a real instant. Second 60 is accepted only where a leap second can fall, at 23:59 UTC
 * (`23:59:60Z`, or `18:59:60-05:00`), as ajv-formats 3 does. The date is not checked against the
 * list of leap seconds that were inserted.
 */
export function isDateTime(text: string): boolean {
  // A check that allocates nothing: validators call it on every date-time, and parseDateTime relies on it.
  const match = DATE_TIME.exec(text);
  if (!match) return false;
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6]);
  const offsetHours = Number(match[10] ?? 0);
  const offsetMinutes = Number(match[11] ?? 0);
  if (!isRealDate(Number(match[1]), Number(match[2]), Number(match[3])) || hour > 23 || minute > 59 || second > 60 || offsetHours > 23 || offsetMinutes > 59) return false;
  if (second < 60) return true;

  const offset = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMinutes);
  const utcMinuteOfDay = (((hour * 60 + minute - offset) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return utcMinuteOfDay === MINUTES_PER_DAY - 1;
}

const MINUTES_PER_DAY = 24 * 60;

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
