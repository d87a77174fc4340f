import type { CodeBlockWriter, FunctionDeclarationStructure, TypeAliasDeclarationStructure } from 'ts-morph';
import { tsMorph } from './ts-morph.js';
import type { EnumModel } from '../model/types.js';
import { useRuntime, type EmitContext } from './emit-context.js';
import { renderCode } from './render-code.js';
import { assignEnumMemberNames } from './enum-member-names.js';
import { escapeComment, jsDoc } from './jsdoc.js';
import { validatorFunction } from './validator-function.js';
import { propertyKey } from './property-names.js';
import { schemaName } from './names.js';

/**
 * Builds an enum as a const object of its values and a union type of those values (plus
 * `Unrecognized<string>` when the enum is open), with a type guard, a schema and a validator.
 */
export function enumModelStatements(model: EnumModel, context: EmitContext): (string | TypeAliasDeclarationStructure | FunctionDeclarationStructure)[] {
  const name = context.names.typeName(model.source.file);
  const memberNames = assignEnumMemberNames(model, name, context.notes);
  const open = isOpenEnum(model, name, context);
  const docs = jsDoc({ description: model.description, deprecated: model.deprecated, notes: open ? ['The enum is open: values the docs do not list are kept as they came.'] : [] });
  const known = `(typeof ${name})[keyof typeof ${name}]`;
  const unrecognized = open ? ` | ${useRuntime(context, 'Unrecognized', 'type')}<${model.valueType === 'integer' ? 'number' : 'string'}>` : '';
  const schema = schemaName(name);
  const valuesSet = `${name[0]!.toLowerCase()}${name.slice(1)}Values`;

  const unionShape = context.runtime.enumShape === 'union';
  const literals = model.members.map((member) => JSON.stringify(member.value));
  // The union shape has no const object, so the values come from a list of literals.
  const valuesSource = unionShape ? `[${literals.join(', ')}]` : `Object.values(${name})`;

  return [
    ...(unionShape ? [] : [
      // ts-morph prints a multi-line initializer with a hanging indent, so the const object is written whole.
      renderCode((writer) => {
        writeJsDoc(writer, model.description, model.deprecated?.message);
        writer.write(`export const ${name} =`).write(' {').indent(() => {
          model.members.forEach((member, index) => {
            if (member.description || member.deprecated) writeJsDoc(writer, member.description, member.deprecated?.message);
            writer.writeLine(`${propertyKey(memberNames[index]!)}: ${JSON.stringify(member.value)},`);
          });
        });
        writer.write('} as const;');
      }),
    ]),
    {
      kind: tsMorph().StructureKind.TypeAlias,
      isExported: true,
      name,
      docs,
      type: `${unionShape ? (literals.length === 0 ? 'never' : literals.join(' | ')) : known}${unrecognized}`,
    } satisfies TypeAliasDeclarationStructure,
    `const ${valuesSet}: ReadonlySet<unknown> = new Set<unknown>(${valuesSource});`,
    renderCode((writer) => {
      writer.writeLine(`/** How \`${name}\` is read from JSON. */`);
      const values = unionShape ? `[...${valuesSet}] as ${name}[]` : `Object.values(${name})`;
      writer.write(`export const ${schema}: ${useRuntime(context, 'Schema', 'type')}<${name}> = ${useRuntime(context, 'defineEnum')}<${name}>({ name: ${JSON.stringify(name)}, values: ${values}, open: ${open} });`);
    }),
    {
      kind: tsMorph().StructureKind.Function,
      name: `is${name}`,
      isExported: true,
      docs: [{ description: `Tells whether a value is one of the values the docs list for \`${name}\`.` }],
      parameters: [{ name: 'value', type: 'unknown' }],
      // An open enum's type also admits unrecognized values, which the guard does not accept.
      returnType: `value is ${open ? (unionShape ? literals.join(' | ') || 'never' : known) : name}`,
      statements: [`return ${valuesSet}.has(value);`],
    },
    validatorFunction(name, `Checks that a JSON value is one of the values of \`${name}\` and returns the problem found, if any.`, context, (writer) => {
      const problem = useRuntime(context, 'problem');
      if (open) {
        // An open enum accepts any value of its value type; only another type is a problem.
        const check = model.valueType === 'integer' ? '!Number.isInteger(value)' : 'typeof value !== "string"';
        writer.write(`if (${check})`).block(() => {
          writer.writeLine(`problems.push(${problem}(path, ${JSON.stringify(expectedValues(model, true))}, value));`);
        });
        return;
      }
      writer.write(`if (!${valuesSet}.has(value))`).block(() => {
        writer.writeLine(`problems.push(${problem}(path, ${JSON.stringify(expectedValues(model, false))}, value));`);
      });
    }),
  ];
}

/** Tells whether an enum accepts values it does not list: the docs say so, or the settings open it. */
function isOpenEnum(model: EnumModel, name: string, context: EmitContext): boolean {
  const setting = context.runtime.openEnums;
  if (model.open || setting === true) return true;
  return Array.isArray(setting) && (setting.includes(model.name) || setting.includes(name));
}

function writeJsDoc(writer: CodeBlockWriter, description: string | undefined, deprecated: string | undefined): void {
  const lines: string[] = [];
  if (description) lines.push(...escapeComment(description).split('\n'));
  if (deprecated !== undefined) lines.push(`@deprecated ${escapeComment(deprecated)}`.trimEnd());
  if (lines.length === 0) return;
  if (lines.length === 1) {
    writer.writeLine(`/** ${lines[0]} */`);
    return;
  }
  writer.writeLine('/**');
  for (const line of lines) writer.writeLine(` * ${line}`.trimEnd());
  writer.writeLine(' */');
}

/** Longest list of values a problem message spells out; larger enums are summarized. */
const MAX_VALUES_IN_MESSAGE = 10;

/** Describes the values an enum accepts, in the same words as the runtime's `defineEnum`. */
function expectedValues(model: EnumModel, open: boolean): string {
  const shown = model.members.slice(0, MAX_VALUES_IN_MESSAGE).map((member) => JSON.stringify(member.value));
  const more = model.members.length > MAX_VALUES_IN_MESSAGE ? `, ... (${model.members.length} values)` : '';
  const other = open ? ` or another ${model.valueType === 'integer' ? 'integer' : 'string'}` : '';
  return `one of ${shown.join(', ')}${more}${other}`;
}
