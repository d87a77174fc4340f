import type { ClassDeclarationStructure, CodeBlockWriter, FunctionDeclarationStructure, OptionalKind, PropertyDeclarationStructure } from 'ts-morph';
import { StructureKind } from 'ts-morph';
import type { Field, ObjectModel } from '../model/types.js';
import { useRuntime, type EmitContext } from './emit-context.js';
import { renderCode } from './render-code.js';
import { jsDoc } from './jsdoc.js';
import { assignLocalNames } from './local-names.js';
import { assignPropertyNames, propertyAccess, propertyKey } from './property-names.js';
import { typeText, withNull } from './type-text.js';
import { acceptsAnything, expectedText, writeTypeCheck } from './validator-code.js';

/** A field with the names the generated code gives it. */
export interface EmittedField {
  field: Field;
  /** The class property name. */
  property: string;
  /** The validator's local variable for the field's value. */
  local: string;
}

/** Pairs each field with its property and local variable names. */
export function nameFields(model: ObjectModel): EmittedField[] {
  const properties = assignPropertyNames(model.fields.map((field) => field.name));
  const locals = assignLocalNames(properties);
  return model.fields.map((field, index) => ({ field, property: properties[index]!, local: locals[index]! }));
}

/** Builds the class of an object model and its validator. */
export function objectModelStatements(model: ObjectModel, context: EmitContext): (ClassDeclarationStructure | FunctionDeclarationStructure)[] {
  const fields = nameFields(model);
  return [classStructure(model, fields, context), validatorStructure(model, fields, context)];
}

function classStructure(model: ObjectModel, fields: readonly EmittedField[], context: EmitContext): ClassDeclarationStructure {
  const name = context.names.typeName(model.source.file);
  const properties: OptionalKind<PropertyDeclarationStructure>[] = fields.map(({ field, property }) => ({
    name: propertyKey(property),
    type: withNull(typeText(field.type, context), field.nullable),
    hasQuestionToken: !field.required,
    docs: jsDoc({ description: field.description, deprecated: field.deprecated, example: field.example }),
  }));

  const allOptional = fields.every(({ field }) => !field.required);
  const modelProperties = model.documented ? useRuntime(context, 'ModelProperties', 'type') : '';
  const notes = model.documented ? [] : ['The docs list no properties for this model, so it accepts any JSON object.'];

  return {
    kind: StructureKind.Class,
    name,
    isExported: true,
    docs: jsDoc({ description: model.description, deprecated: model.deprecated, notes }),
    // ts-morph has no index signature structure for classes, so the signature is written as a property.
    properties: model.documented ? properties : [{ name: '[key: string]', type: 'unknown' }],
    ctors: [
      {
        parameters: [
          model.documented
            ? { name: 'properties', type: `${modelProperties}<${name}>`, ...(allOptional ? { initializer: '{}' } : {}) }
            : { name: 'properties', type: 'Record<string, unknown>', initializer: '{}' },
        ],
        statements: renderCode((writer) => writeConstructorBody(writer, model, fields)),
      },
    ],
  };
}

function writeConstructorBody(writer: CodeBlockWriter, model: ObjectModel, fields: readonly EmittedField[]): void {
  if (!model.documented) {
    // defineProperty, unlike assignment, cannot change the prototype through a `__proto__` key.
    writer.write('for (const [key, value] of Object.entries(properties))').block(() => {
      writer.writeLine('Object.defineProperty(this, key, { value, enumerable: true, writable: true, configurable: true });');
    });
    return;
  }
  for (const { property } of fields) {
    const access = propertyAccess(property);
    writer.writeLine(`this${access} = properties${access};`);
  }
}

function validatorStructure(model: ObjectModel, fields: readonly EmittedField[], context: EmitContext): FunctionDeclarationStructure {
  const name = context.names.typeName(model.source.file);
  const problemType = useRuntime(context, 'ValidationProblem', 'type');
  return {
    kind: StructureKind.Function,
    name: `validate${name}`,
    isExported: true,
    docs: [{ description: `Checks a JSON value against the wire form of \`${name}\` and returns every problem found.` }],
    parameters: [
      { name: 'value', type: 'unknown' },
      { name: 'path', type: 'string', initializer: '"$"' },
      { name: 'problems', type: `${problemType}[]`, initializer: '[]' },
    ],
    returnType: `${problemType}[]`,
    statements: renderCode((writer) => writeValidatorBody(writer, model, fields, context)),
  };
}

function writeValidatorBody(writer: CodeBlockWriter, model: ObjectModel, fields: readonly EmittedField[], context: EmitContext): void {
  const name = context.names.typeName(model.source.file);
  const isPlainObject = useRuntime(context, 'isPlainObject');
  const problem = useRuntime(context, 'problem');
  writer.write(`if (!${isPlainObject}(value))`).block(() => {
    writer.writeLine(`problems.push(${problem}(path, ${JSON.stringify(`${name} object`)}, value));`);
    writer.writeLine('return problems;');
  });

  for (const emitted of fields) {
    writer.blankLineIfLastNot();
    writeFieldCheck(writer, emitted, context);
  }
  writer.blankLineIfLastNot();
  writer.writeLine('return problems;');
}

/** Writes the check of one field: presence, null, then the value's type. */
function writeFieldCheck(writer: CodeBlockWriter, { field, local }: EmittedField, context: EmitContext): void {
  const path = fieldPath(field.wireName);
  const checksType = !acceptsAnything(field.type);
  // An optional field that accepts any value has nothing to check, and an unread local would break
  // builds that set noUnusedLocals.
  if (!field.required && !checksType) return;
  writer.writeLine(`const ${local} = ${readProperty(field.wireName, context)};`);

  const expected = JSON.stringify(expectedText(field.type, context));
  const writeType = (): void => writeTypeCheck(writer, field.type, { value: local, path, problems: 'problems', depth: 0 }, context);

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

  const present = field.nullable ? `${local} !== undefined && ${local} !== null` : `${local} !== undefined`;
  writer.write(`if (${present})`).block(writeType);
}

/** Reads a property of the checked object; keys that `Object.prototype` also has are read only as own properties. */
function readProperty(wireName: string, context: EmitContext): string {
  if (wireName in Object.prototype) return `${useRuntime(context, 'ownProperty')}(value, ${JSON.stringify(wireName)})`;
  return `value${propertyAccess(wireName)}`;
}

/** The JSON path expression of a field: `` `${path}.name` `` or `` `${path}["odd key"]` ``. */
function fieldPath(wireName: string): string {
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(wireName)) return `\`\${path}.${wireName}\``;
  const quoted = JSON.stringify(wireName).replaceAll('\\', '\\\\').replaceAll('`', '\\`').replaceAll('${', '\\${');
  return `\`\${path}[${quoted}]\``;
}
