import type { CodeBlockWriter, FunctionDeclarationStructure } from 'ts-morph';
import { tsMorph } from './ts-morph.js';
import { useRuntime, type EmitContext } from './emit-context.js';
import { renderCode } from './render-code.js';

/**
 * Builds `validateX(value, path, problems, depth)`: plain generated code that checks a JSON value in
 * wire form and pushes every problem it finds. `depth` is the number of arrays and objects that
 * enclose the value, which validators of nested models receive so that they stop at the runtime's
 * MAX_NESTING_DEPTH. It uses no schema or library at run time, only the small
 * helpers of the runtime module, so it stays as fast as hand-written checks.
 */
export function validatorFunction(name: string, description: string, context: EmitContext, writeBody: (writer: CodeBlockWriter) => void): FunctionDeclarationStructure {
  const problemType = useRuntime(context, 'ValidationProblem', 'type');
  const body = renderCode((writer) => {
    writeBody(writer);
    writer.writeLine('return problems;');
  });
  // A validator that accepts any value reads neither parameter; the underscore keeps builds with
  // noUnusedParameters passing.
  const parameterName = (name: string): string => (new RegExp(`\\b${name}\\b`).test(body) ? name : `_${name}`);
  return {
    kind: tsMorph().StructureKind.Function,
    name: `validate${name}`,
    isExported: true,
    docs: [{ description }],
    parameters: [
      { name: parameterName('value'), type: 'unknown' },
      { name: parameterName('path'), type: 'string', initializer: '"$"' },
      { name: 'problems', type: `${problemType}[]`, initializer: '[]' },
      { name: parameterName('depth'), type: 'number', initializer: '0' },
    ],
    returnType: `${problemType}[]`,
    statements: body,
  };
}
