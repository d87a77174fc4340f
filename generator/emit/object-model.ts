import type { ClassDeclarationStructure, CodeBlockWriter, FunctionDeclarationStructure, MethodDeclarationStructure, OptionalKind, PropertyDeclarationStructure } from 'ts-morph';
import { tsMorph } from './ts-morph.js';
import type { Field, ObjectModel } from '../model/types.js';
import { useRuntime, type EmitContext } from './emit-context.js';
import { renderCode } from './render-code.js';
import { jsDoc } from './jsdoc.js';
import { objectValidator } from './object-validator.js';
import { assignPropertyNames, propertyAccess, propertyKey } from './property-names.js';
import { schemaName } from './names.js';
import { schemaExpression } from './schema-expression.js';
import { typeText, withNull } from './type-text.js';

/** A field with the property name the generated class gives it. */
export interface EmittedField {
  field: Field;
  /** The class property name. */
  property: string;
}

/** Pairs each field with its property name. */
export function nameFields(model: ObjectModel): EmittedField[] {
  const properties = assignPropertyNames(model.fields.map((field) => field.name));
  return model.fields.map((field, index) => ({ field, property: properties[index]! }));
}

/** Builds the class of an object model, its schema and its validator. */
export function objectModelStatements(model: ObjectModel, context: EmitContext): (string | ClassDeclarationStructure | FunctionDeclarationStructure)[] {
  const fields = nameFields(model);
  return [classStructure(model, fields, context), schemaStatement(model, fields, context), objectValidator(model, fields.map((entry) => entry.property), context)];
}

function classStructure(model: ObjectModel, fields: readonly EmittedField[], context: EmitContext): ClassDeclarationStructure {
  const name = context.names.typeName(model.source.file);
  // An undocumented model keeps every property in additionalProperties, where no key can hide a
  // method such as `toJSON`.
  const keepsUnknown = !model.documented || context.runtime.unknownProperties === 'keep';
  const properties: OptionalKind<PropertyDeclarationStructure>[] = fields.map(({ field, property }) => ({
    name: propertyKey(property),
    // Optional fields accept null as well as a missing value, so their type includes null.
    type: withNull(typeText(field.type, context), field.nullable || !field.required),
    hasQuestionToken: !field.required,
    docs: jsDoc({ description: field.description, deprecated: field.deprecated, example: field.example }),
  }));
  if (keepsUnknown) {
    properties.push({
      name: 'additionalProperties',
      type: 'Record<string, unknown>',
      hasQuestionToken: true,
      docs: [{ description: 'Properties of the JSON input that the docs do not list, kept as they came so that `toJSON` writes them back.' }],
    });
  }

  const allOptional = fields.every(({ field }) => !field.required);
  const modelProperties = useRuntime(context, 'ModelProperties', 'type');
  const notes = model.documented ? [] : ['The docs list no properties for this model, so it accepts any JSON object and keeps its properties in `additionalProperties`.'];

  return {
    kind: tsMorph().StructureKind.Class,
    name,
    isExported: true,
    docs: jsDoc({ description: model.description, deprecated: model.deprecated, notes }),
    properties,
    ctors: [
      {
        parameters: [{ name: 'properties', type: `${modelProperties}<${name}>`, ...(allOptional ? { initializer: '{}' } : {}) }],
        statements: renderCode((writer) => writeConstructorBody(writer, fields, keepsUnknown)),
      },
    ],
    methods: jsonMethods(name, context),
  };
}

/**
 * Writes the constructor's assignments. An optional property is assigned only when given, so the
 * class compiles under `exactOptionalPropertyTypes`, which forbids assigning `undefined` to it.
 */
function writeConstructorBody(writer: CodeBlockWriter, fields: readonly EmittedField[], keepsUnknown: boolean): void {
  for (const { field, property } of fields) {
    const access = propertyAccess(property);
    if (field.required) writer.writeLine(`this${access} = properties${access};`);
    else writer.writeLine(`if (properties${access} !== undefined) this${access} = properties${access};`);
  }
  if (keepsUnknown) writer.writeLine('if (properties.additionalProperties !== undefined) this.additionalProperties = properties.additionalProperties;');
}

/** The static `fromJSON` and `safeFromJSON` and the `toJSON` method, which all go through the model's schema. */
function jsonMethods(name: string, context: EmitContext): OptionalKind<MethodDeclarationStructure>[] {
  const schema = schemaName(name);
  return [
    {
      name: 'fromJSON',
      isStatic: true,
      docs: [{ description: `Reads the JSON form of \`${name}\` (wire names, ISO 8601 dates) into a model.`, tags: [{ tagName: 'throws', text: 'ValidationError listing every problem found, each with its JSON path.' }] }],
      parameters: [{ name: 'json', type: 'unknown' }],
      returnType: name,
      statements: `return ${useRuntime(context, 'readJSON')}(${schema}, json);`,
    },
    {
      name: 'safeFromJSON',
      isStatic: true,
      docs: [{ description: `Reads the JSON form of \`${name}\` like \`fromJSON\`, but returns the problems instead of throwing.` }],
      parameters: [{ name: 'json', type: 'unknown' }],
      returnType: `${useRuntime(context, 'ReadResult', 'type')}<${name}>`,
      statements: `return ${useRuntime(context, 'safeReadJSON')}(${schema}, json);`,
    },
    {
      name: 'toJSON',
      docs: [{ description: 'Returns the JSON form the API expects: wire names, dates as ISO 8601 strings, undefined properties left out.' }],
      returnType: 'Record<string, unknown>',
      statements: `return ${schema}.write(this);`,
    },
  ];
}

/** Writes the schema constant, whose field list maps each property to its wire name and value schema. */
function schemaStatement(model: ObjectModel, fields: readonly EmittedField[], context: EmitContext): string {
  const name = context.names.typeName(model.source.file);
  const objectSchema = useRuntime(context, 'ObjectSchema', 'type');
  const defineObject = useRuntime(context, 'defineObject');
  const create = `new ${name}(properties as ${useRuntime(context, 'ModelProperties', 'type')}<${name}>)`;

  return renderCode((writer) => {
    writer.writeLine(`/** How \`${name}\` is read from and written to JSON. */`);
    writer.write(`export const ${schemaName(name)}: ${objectSchema}<${name}> = ${defineObject}<${name}>(`).inlineBlock(() => {
      writer.writeLine(`name: ${JSON.stringify(name)},`);
      writer.writeLine(`documented: ${model.documented},`);
      writer.writeLine(`unknownProperties: ${JSON.stringify(context.runtime.unknownProperties)},`);
      writer.writeLine(`create: (properties) => ${create},`);
      if (fields.length === 0) {
        writer.writeLine('fields: () => [],');
        return;
      }
      writer.writeLine('fields: () => [');
      writer.indent(() => {
        for (const { field, property } of fields) {
          const schema = schemaExpression(field.type, context);
          writer.writeLine(`{ property: ${JSON.stringify(property)}, wire: ${JSON.stringify(field.wireName)}, schema: ${schema}, required: ${field.required}, nullable: ${field.nullable} },`);
        }
      });
      writer.writeLine('],');
    });
    writer.write(');');
  });
}

