import type { CodeBlockWriter, FunctionDeclarationStructure, TypeAliasDeclarationStructure, VariableStatementStructure } from 'ts-morph';
import { StructureKind, VariableDeclarationKind } from 'ts-morph';
import type { EnumModel } from '../model/types.js';
import { useRuntime, type EmitContext } from './emit-context.js';
import { renderCode } from './render-code.js';
import { assignEnumMemberNames } from './enum-member-names.js';
import { escapeComment, jsDoc } from './jsdoc.js';
import { propertyKey } from './property-names.js';

/** Longest list of values a problem message spells out; larger enums are summarized. */
const MAX_VALUES_IN_MESSAGE = 10;

/**
 * Builds an enum as a const object of its values and a union type of those values, with a type
 * guard and a validator.
 */
export function enumModelStatements(model: EnumModel, context: EmitContext): (string | VariableStatementStructure | TypeAliasDeclarationStructure | FunctionDeclarationStructure)[] {
  const name = context.names.typeName(model.source.file);
  const memberNames = assignEnumMemberNames(model, name, context.notes);
  const valuesSet = `${name[0]!.toLowerCase()}${name.slice(1)}Values`;
  const problemType = useRuntime(context, 'ValidationProblem', 'type');
  const docs = jsDoc({ description: model.description, deprecated: model.deprecated });

  return [
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
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name,
      docs,
      type: `(typeof ${name})[keyof typeof ${name}]`,
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      declarations: [{ name: valuesSet, type: 'ReadonlySet<unknown>', initializer: `new Set<unknown>(Object.values(${name}))` }],
    },
    {
      kind: StructureKind.Function,
      name: `is${name}`,
      isExported: true,
      docs: [{ description: `Tells whether a value is one of the values of \`${name}\`.` }],
      parameters: [{ name: 'value', type: 'unknown' }],
      returnType: `value is ${name}`,
      statements: [`return ${valuesSet}.has(value);`],
    },
    {
      kind: StructureKind.Function,
      name: `validate${name}`,
      isExported: true,
      docs: [{ description: `Checks that a JSON value is one of the values of \`${name}\` and returns the problem found, if any.` }],
      parameters: [
        { name: 'value', type: 'unknown' },
        { name: 'path', type: 'string', initializer: '"$"' },
        { name: 'problems', type: `${problemType}[]`, initializer: '[]' },
      ],
      returnType: `${problemType}[]`,
      statements: renderCode((writer) => {
        writer.write(`if (!is${name}(value))`).block(() => {
          writer.writeLine(`problems.push(${useRuntime(context, 'problem')}(path, ${JSON.stringify(expectedValues(model))}, value));`);
        });
        writer.writeLine('return problems;');
      }),
    },
  ];
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

function expectedValues(model: EnumModel): string {
  const shown = model.members.slice(0, MAX_VALUES_IN_MESSAGE).map((member) => JSON.stringify(member.value));
  if (model.members.length > MAX_VALUES_IN_MESSAGE) return `one of ${shown.join(', ')}, ... (${model.members.length} values)`;
  return `one of ${shown.join(', ')}`;
}
