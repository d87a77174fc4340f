import type { FunctionDeclarationStructure, TypeAliasDeclarationStructure } from 'ts-morph';
import { StructureKind } from 'ts-morph';
import type { UnionModel } from '../model/types.js';
import { useRuntime, type EmitContext } from './emit-context.js';
import { renderCode } from './render-code.js';
import { jsDoc } from './jsdoc.js';
import { typeText } from './type-text.js';
import { acceptsAnything, writeMemberChecks, writeTypeCheck } from './validator-code.js';

/** Builds a union as a type alias of its members and a validator that accepts a value any member accepts. */
export function unionModelStatements(model: UnionModel, context: EmitContext): (TypeAliasDeclarationStructure | FunctionDeclarationStructure)[] {
  const name = context.names.typeName(model.source.file);
  const problemType = useRuntime(context, 'ValidationProblem', 'type');
  const memberTypes = [...new Set(model.members.map((member) => typeText(member.type, context)))];
  const types = model.members.map((member) => member.type);

  return [
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name,
      docs: jsDoc({ description: model.description, deprecated: model.deprecated }),
      type: memberTypes.length === 0 ? 'never' : memberTypes.join(' | '),
    },
    {
      kind: StructureKind.Function,
      name: `validate${name}`,
      isExported: true,
      docs: [{ description: `Checks that a JSON value fits a member of \`${name}\` and returns the problems found.` }],
      parameters: [
        { name: 'value', type: 'unknown' },
        { name: 'path', type: 'string', initializer: '"$"' },
        { name: 'problems', type: `${problemType}[]`, initializer: '[]' },
      ],
      returnType: `${problemType}[]`,
      statements: renderCode((writer) => {
        const target = { value: 'value', path: 'path', problems: 'problems', depth: 0 };
        if (types.length === 0) {
          writer.writeLine(`problems.push(${useRuntime(context, 'problem')}(path, "a member of ${name}, which documents none", value));`);
        } else if (types.length === 1) {
          writeTypeCheck(writer, types[0]!, target, context);
        } else if (!types.some(acceptsAnything)) {
          writeMemberChecks(writer, types, target, context);
        }
        writer.writeLine('return problems;');
      }),
    },
  ];
}
