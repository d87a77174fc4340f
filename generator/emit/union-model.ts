import type { FunctionDeclarationStructure, TypeAliasDeclarationStructure } from 'ts-morph';
import { tsMorph } from './ts-morph.js';
import type { UnionModel } from '../model/types.js';
import { useRuntime, type EmitContext } from './emit-context.js';
import { jsDoc } from './jsdoc.js';
import { validatorFunction } from './validator-function.js';
import { acceptsAnything, writeMemberChecks, writeTypeCheck } from './validator-code.js';
import { renderCode } from './render-code.js';
import { schemaName } from './names.js';
import { schemaExpression } from './schema-expression.js';
import { typeText } from './type-text.js';

/**
 * Builds a union as a type alias of its members, a schema that reads a value with the member that
 * fits it best, and a validator that accepts a value any member accepts.
 */
export function unionModelStatements(model: UnionModel, context: EmitContext): (string | TypeAliasDeclarationStructure | FunctionDeclarationStructure)[] {
  const name = context.names.typeName(model.source.file);
  const memberTypes = [...new Set(model.members.map((member) => typeText(member.type, context)))];
  const members = model.members.map((member) => schemaExpression(member.type, context));

  return [
    {
      kind: tsMorph().StructureKind.TypeAlias,
      isExported: true,
      name,
      docs: jsDoc({ description: model.description, deprecated: model.deprecated }),
      // A union whose docs list no members (a `union-members-undocumented` diagnostic) accepts any value.
      type: memberTypes.length === 0 ? 'unknown' : memberTypes.join(' | '),
    },
    renderCode((writer) => {
      writer.writeLine(`/** How \`${name}\` is read from JSON: with the member that fits the value most closely. */`);
      if (members.length === 0) {
        writer.write(`export const ${schemaName(name)}: ${useRuntime(context, 'Schema', 'type')}<${name}> = ${useRuntime(context, 'jsonUnknown')};`);
        return;
      }
      writer.write(`export const ${schemaName(name)}: ${useRuntime(context, 'Schema', 'type')}<${name}> = ${useRuntime(context, 'jsonUnion')}<${name}>(${JSON.stringify(name)}, () => [`);
      writer.newLine().indent(() => {
        for (const member of members) writer.writeLine(`${member},`);
      });
      writer.write(']);');
    }),
    validatorFunction(name, `Checks that a JSON value fits a member of \`${name}\` and returns the problems found.`, context, (writer) => {
      const target = { value: 'value', path: 'path', problems: 'problems', depth: 0, level: 0 };
      const types = model.members.map((member) => member.type);
      if (types.length === 1) {
        writeTypeCheck(writer, types[0]!, target, context);
      } else if (types.length > 1 && !types.some(acceptsAnything)) {
        writeMemberChecks(writer, types, target, context);
      }
    }),
  ];
}
