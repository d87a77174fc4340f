import type { CodeBlockWriter } from 'ts-morph';
import type { PrimitiveName, TypeExpression } from '../model/types.js';
import { referencedModel, useRuntime, useValidator, type EmitContext } from './emit-context.js';

/** Where a type check reads its value and reports its problems, as expressions of the generated code. */
export interface CheckTarget {
  /** An expression holding the value to check. */
  value: string;
  /** An expression holding the value's JSON path. */
  path: string;
  /** The name of the problem array to push to. */
  problems: string;
  /** How deeply checks are nested, so loop variables get distinct names. */
  depth: number;
  /**
   * How many arrays and objects lie between the validated value, whose nesting depth is the
   * validator's `depth` parameter, and this one: 1 for a field of an object model.
   */
  level: number;
  /** Whether the check is part of a union member's check, whose model checks go through `checkMember`. */
  inUnionMember?: boolean;
}

/** Writes the nesting depth of a target's value as an expression of the generated code. */
function depthOf(target: CheckTarget): string {
  return target.level === 0 ? 'depth' : `depth + ${target.level}`;
}

/** Writes statements that check a JSON value against a type expression and push each problem found. */
export function writeTypeCheck(writer: CodeBlockWriter, type: TypeExpression, target: CheckTarget, context: EmitContext): void {
  switch (type.kind) {
    case 'primitive':
      writePrimitiveCheck(writer, type.name, target, context);
      return;
    case 'literal':
      writeFailure(writer, `${target.value} !== ${literalText(type.value)}`, expectedText(type, context), target, context);
      return;
    case 'unknown':
      return;
    case 'reference':
      if (target.inUnionMember) {
        writer.writeLine(`${useRuntime(context, 'checkMember')}(${useValidator(context, type.doc!)}, ${target.value}, ${target.path}, ${target.problems}, ${depthOf(target)});`);
      } else {
        writer.writeLine(`${useValidator(context, type.doc!)}(${target.value}, ${target.path}, ${target.problems}, ${depthOf(target)});`);
      }
      return;
    case 'array':
      writeArrayCheck(writer, type.items, target, context);
      return;
    case 'map':
      writeMapCheck(writer, type.values, target, context);
      return;
    case 'union':
      writeUnionCheck(writer, type.members, target, context);
      return;
  }
}

/** Tells whether a type accepts every JSON value, so checking it is pointless. */
export function acceptsAnything(type: TypeExpression): boolean {
  if (type.kind === 'unknown') return true;
  if (type.kind === 'union') return type.members.some(acceptsAnything);
  return false;
}

/** Describes a type for the `expected` part of a problem. */
export function expectedText(type: TypeExpression, context: EmitContext): string {
  switch (type.kind) {
    case 'primitive':
      return PRIMITIVE_EXPECTED[type.name];
    case 'literal':
      return literalText(type.value);
    case 'unknown':
      return 'any value';
    case 'reference': {
      const model = referencedModel(context, type.doc);
      return `${context.names.typeName(type.doc!)}${model.kind === 'object' ? ' object' : ''}`;
    }
    case 'array':
      return acceptsAnything(type.items) ? 'array' : `array of ${expectedText(type.items, context)}`;
    case 'map':
      return `object of ${expectedText(type.values, context)}`;
    case 'union':
      return type.members.map((member) => expectedText(member, context)).join(' or ');
  }
}

const PRIMITIVE_EXPECTED: Record<PrimitiveName, string> = {
  string: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  date: 'ISO 8601 date (YYYY-MM-DD)',
  'date-time': 'ISO 8601 date-time',
  // The same text as for `string`, because the reader of a binary field is the runtime's string reader.
  binary: 'string',
};

function writePrimitiveCheck(writer: CodeBlockWriter, name: PrimitiveName, target: CheckTarget, context: EmitContext): void {
  const value = target.value;
  let failure: string;
  switch (name) {
    case 'string':
      failure = `typeof ${value} !== "string"`;
      break;
    case 'integer':
      failure = `!Number.isInteger(${value})`;
      break;
    case 'number':
      failure = `typeof ${value} !== "number" || !Number.isFinite(${value})`;
      break;
    case 'boolean':
      failure = `typeof ${value} !== "boolean"`;
      break;
    case 'date':
      failure = `typeof ${value} !== "string" || !${useRuntime(context, 'isDate')}(${value})`;
      break;
    case 'date-time':
      failure = `typeof ${value} !== "string" || !${useRuntime(context, 'isDateTime')}(${value})`;
      break;
    case 'binary':
      // JSON carries binary content as base64 text. The alphabet (base64 or base64url) is not checked.
      failure = `typeof ${value} !== "string"`;
      break;
  }
  writeFailure(writer, failure, PRIMITIVE_EXPECTED[name], target, context);
}

function writeFailure(writer: CodeBlockWriter, condition: string, expected: string, target: CheckTarget, context: EmitContext): void {
  const problem = useRuntime(context, 'problem');
  writer.write(`if (${condition})`).block(() => {
    writer.writeLine(`${target.problems}.push(${problem}(${target.path}, ${JSON.stringify(expected)}, ${target.value}));`);
  });
}

function writeArrayCheck(writer: CodeBlockWriter, items: TypeExpression, target: CheckTarget, context: EmitContext): void {
  const problem = useRuntime(context, 'problem');
  const writeNotArray = (): void => {
    writer.writeLine(`${target.problems}.push(${problem}(${target.path}, "array", ${target.value}));`);
  };
  // inlineBlock ends without a newline, so the `else` stays on the line of the closing brace.
  writer.write(`if (!Array.isArray(${target.value})) `).inlineBlock(writeNotArray);
  if (acceptsAnything(items)) {
    writeNestingCheck(writer, target, context);
    writer.newLine();
    return;
  }
  writeNestingCheck(writer, target, context);

  const index = numbered('index', target.depth);
  const item = numbered('item', target.depth);
  writer.write(' else ').block(() => {
    // A loop over every index, unlike `forEach`, also checks the holes of a sparse array, which are missing items.
    writer.write(`for (let ${index} = 0; ${index} < ${target.value}.length; ${index} += 1)`).block(() => {
      writer.writeLine(`const ${item}: unknown = ${target.value}[${index}];`);
      writeTypeCheck(writer, items, { value: item, path: appendToPath(target.path, `[\${${index}}]`), problems: target.problems, depth: target.depth + 1, level: target.level + 1 }, context);
    });
  });
}

/** Writes ` else if (...) { ... }`, which reports an array or object nested deeper than the runtime's MAX_NESTING_DEPTH. */
function writeNestingCheck(writer: CodeBlockWriter, target: CheckTarget, context: EmitContext): void {
  const maxDepth = useRuntime(context, 'MAX_NESTING_DEPTH');
  const nestingProblem = useRuntime(context, 'nestingProblem');
  writer.write(` else if (${depthOf(target)} >= ${maxDepth}) `).inlineBlock(() => {
    writer.writeLine(`${target.problems}.push(${nestingProblem}(${target.path}, ${target.value}));`);
  });
}

function writeMapCheck(writer: CodeBlockWriter, values: TypeExpression, target: CheckTarget, context: EmitContext): void {
  const problem = useRuntime(context, 'problem');
  const isPlainObject = useRuntime(context, 'isPlainObject');
  const writeNotObject = (): void => {
    writer.writeLine(`${target.problems}.push(${problem}(${target.path}, "object", ${target.value}));`);
  };
  writer.write(`if (!${isPlainObject}(${target.value})) `).inlineBlock(writeNotObject);
  writeNestingCheck(writer, target, context);
  if (acceptsAnything(values)) {
    writer.newLine();
    return;
  }

  const key = numbered('key', target.depth);
  const entry = numbered('entry', target.depth);
  const pathTo = useRuntime(context, 'pathTo');
  writer.write(' else ').block(() => {
    writer.write(`for (const [${key}, ${entry}] of Object.entries(${target.value}))`).block(() => {
      writeTypeCheck(writer, values, { value: entry, path: `${pathTo}(${target.path}, ${key})`, problems: target.problems, depth: target.depth + 1, level: target.level + 1 }, context);
    });
  });
}

/**
 * Writes a check that passes when any member of an inline union passes. `null` members are
 * tested first because they are cheap; every other member is checked into its own problem list,
 * and the union fails with one problem that lists what each member rejected.
 */
function writeUnionCheck(writer: CodeBlockWriter, members: readonly TypeExpression[], target: CheckTarget, context: EmitContext): void {
  if (members.some(acceptsAnything)) return;

  const allowsNull = members.some((member) => member.kind === 'literal' && member.value === null);
  const others = members.filter((member) => !(member.kind === 'literal' && member.value === null));
  if (others.length === 0) {
    writeTypeCheck(writer, { kind: 'literal', value: null }, target, context);
    return;
  }

  const writeOthers = (): void => {
    if (others.length === 1) {
      writeTypeCheck(writer, others[0]!, target, context);
      return;
    }
    writeMemberChecks(writer, others, target, context);
  };

  if (allowsNull) writer.write(`if (${target.value} !== null)`).block(writeOthers);
  else writeOthers();
}

/**
 * Checks each union member into its own problem list and reports one problem when all of them
 * fail. Each member is checked only when the members before it failed, so a value that fits an
 * early member costs no further checks and builds no problems.
 */
export function writeMemberChecks(writer: CodeBlockWriter, members: readonly TypeExpression[], target: CheckTarget, context: EmitContext): void {
  const problemType = useRuntime(context, 'ValidationProblem', 'type');
  const lists = members.map((_, index) => numbered(`member${index + 1}Problems`, target.depth));
  const unionProblem = useRuntime(context, 'unionProblem');
  const labels = members.map((member) => JSON.stringify(expectedText(member, context)));

  const writeMember = (index: number): void => {
    writer.writeLine(`const ${lists[index]}: ${problemType}[] = [];`);
    writeTypeCheck(writer, members[index]!, { ...target, problems: lists[index]!, depth: target.depth + 1, inUnionMember: true }, context);
    writer.write(`if (${lists[index]}.length > 0)`).block(() => {
      if (index + 1 < members.length) writeMember(index + 1);
      else writer.writeLine(`${target.problems}.push(${unionProblem}(${target.path}, [${labels.join(', ')}], ${target.value}, [${lists.join(', ')}]));`);
    });
  };
  writeMember(0);
}

/** Appends a segment to a path expression, keeping it one template literal. */
export function appendToPath(path: string, segment: string): string {
  if (path.startsWith('`') && path.endsWith('`')) return `${path.slice(0, -1)}${segment}\``;
  return `\`\${${path}}${segment}\``;
}

function numbered(name: string, depth: number): string {
  return depth === 0 ? name : `${name}${depth + 1}`;
}

function literalText(value: string | number | boolean | null): string {
  return value === null ? 'null' : JSON.stringify(value);
}

