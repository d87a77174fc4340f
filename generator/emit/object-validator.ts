import type { CodeBlockWriter, FunctionDeclarationStructure } from 'ts-morph';
import type { Field, ObjectModel } from '../model/types.js';
import { useRuntime, type EmitContext } from './emit-context.js';
import { assignLocalNames } from './local-names.js';
import { acceptsAnything, expectedText, writeTypeCheck } from './validator-code.js';
import { validatorFunction } from './validator-function.js';

/** Builds the validator of an object model: an object check, then one block per field. */
export function objectValidator(model: ObjectModel, properties: readonly string[], context: EmitContext): FunctionDeclarationStructure {
  const name = context.names.typeName(model.source.file);
  const locals = assignLocalNames(properties);
  return validatorFunction(name, `Checks a JSON value against the wire form of \`${name}\` and returns every problem found.`, context, (writer) => {
    const isPlainObject = useRuntime(context, 'isPlainObject');
    const problem = useRuntime(context, 'problem');
    writer.write(`if (!${isPlainObject}(value))`).block(() => {
      writer.writeLine(`problems.push(${problem}(path, ${JSON.stringify(`${name} object`)}, value));`);
      writer.writeLine('return problems;');
    });
    writer.write(`if (depth >= ${useRuntime(context, 'MAX_NESTING_DEPTH')})`).block(() => {
      writer.writeLine(`problems.push(${useRuntime(context, 'nestingProblem')}(path, value));`);
      writer.writeLine('return problems;');
    });

    model.fields.forEach((field, index) => {
      writer.blankLineIfLastNot();
      writeFieldCheck(writer, field, locals[index]!, context);
    });
    writer.blankLineIfLastNot();
  });
}

/** Writes the check of one field: presence, null, then the value's type. */
function writeFieldCheck(writer: CodeBlockWriter, field: Field, local: string, context: EmitContext): void {
  const path = fieldPath(field.wireName);
  const checksType = !acceptsAnything(field.type);
  // An optional field that accepts any value has nothing to check, and an unread local would break
  // builds that set noUnusedLocals.
  if (!field.required && !checksType) return;
  writer.writeLine(`const ${local} = ${readProperty(field.wireName, context)};`);

  const expected = JSON.stringify(expectedText(field.type, context));
  const writeType = (): void => writeTypeCheck(writer, field.type, { value: local, path, problems: 'problems', depth: 0, level: 1 }, context);

  if (field.required) {
    const writeMissing = (): void => {
      writer.writeLine(`problems.push(${useRuntime(context, 'missingProblem')}(${path}, ${expected}));`);
    };
    if (!checksType) {
      writer.write(`if (${local} === undefined)`).block(writeMissing);
      return;
    }
    // inlineBlock ends without a newline, so the `else` stays on the line of the closing brace.
    writer.write(`if (${local} === undefined) `).inlineBlock(writeMissing);
    if (field.nullable) writer.write(` else if (${local} !== null)`).block(writeType);
    else writer.write(' else ').block(writeType);
    return;
  }

  // An optional field accepts null whether or not it is nullable, as `fromJSON` and its type do.
  writer.write(`if (${local} !== undefined && ${local} !== null)`).block(writeType);
}

/**
 * Reads a property of the checked object, with brackets because the object is a record, which
 * `noPropertyAccessFromIndexSignature` requires. Keys that `Object.prototype` also has are read
 * only as own properties.
 */
function readProperty(wireName: string, context: EmitContext): string {
  if (wireName in Object.prototype) return `${useRuntime(context, 'ownProperty')}(value, ${JSON.stringify(wireName)})`;
  return `value[${JSON.stringify(wireName)}]`;
}

/** Returns the JSON path expression of a field: `` `${path}.name` `` or `` `${path}["odd key"]` ``. */
function fieldPath(wireName: string): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(wireName)) return `\`\${path}.${wireName}\``;
  const quoted = JSON.stringify(wireName).replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
  return `\`\${path}[${quoted}]\``;
}
