import type { Deprecation, EnumModel, Field, Model, ObjectModel, UnionModel } from '../model/types.js';
import type { JsonSchema, JsonValue } from './json-schema.js';
import { annotate, typeSchema, unionSchema, withNull, type RefResolver } from './type-schema.js';

/** Returns the JSON value of a field's example when it fits the field's type. */
export type ExampleOf = (field: Field) => { value: unknown } | undefined;

/**
 * Builds the JSON Schema of one model, titled with its TypeScript name. Only examples that fit
 * their field's type are exported, because JSON Schema expects `examples` to validate.
 */
export function modelSchema(model: Model, typeName: string, refTo: RefResolver, exampleOf: ExampleOf): JsonSchema {
  const heading = annotate({}, { title: typeName, ...documentation(model.description, model.deprecated) });
  return { ...heading, ...kindSchema(model, refTo, exampleOf) };
}

function kindSchema(model: Model, refTo: RefResolver, exampleOf: ExampleOf): JsonSchema {
  switch (model.kind) {
    case 'object':
      return objectSchema(model, refTo, exampleOf);
    case 'enum':
      return enumSchema(model);
    case 'union':
      return unionModelSchema(model, refTo);
  }
}

/**
 * Builds an object schema keyed by wire names. Properties the docs do not list are allowed, as the
 * generated validators allow them; a model whose docs list no properties accepts any object.
 */
function objectSchema(model: ObjectModel, refTo: RefResolver, exampleOf: ExampleOf): JsonSchema {
  if (!model.documented) return { type: 'object' };
  // Object.fromEntries defines own properties, so a wire name `__proto__` stays a key. Assigning
  // it on a plain object would set the prototype instead and drop the property.
  const properties: Record<string, JsonValue> = Object.fromEntries(model.fields.map((field) => [field.wireName, fieldSchema(field, refTo, exampleOf)]));
  const required = model.fields.filter((field) => field.required).map((field) => field.wireName);
  const schema: JsonSchema = { type: 'object', properties };
  if (required.length > 0) schema.required = required;
  return schema;
}

function fieldSchema(field: Field, refTo: RefResolver, exampleOf: ExampleOf): JsonSchema {
  const type = typeSchema(field.type, refTo);
  // An optional field accepts null, as the generated validators and `fromJSON` do.
  const schema = field.nullable || !field.required ? withNull(type) : type;
  const example = exampleOf(field);
  const examples = example === undefined ? undefined : [example.value as JsonValue];
  return annotate(schema, { ...documentation(field.description, field.deprecated), examples });
}

/** Builds an `enum` schema; an open enum also accepts any other value of its value type. */
function enumSchema(model: EnumModel): JsonSchema {
  const type = model.valueType === 'integer' ? 'integer' : 'string';
  const closed: JsonSchema = { type, enum: model.members.map((member) => member.value) };
  return model.open ? { anyOf: [closed, { type }] } : closed;
}

function unionModelSchema(model: UnionModel, refTo: RefResolver): JsonSchema {
  return unionSchema(model.members.map((member) => member.type), refTo);
}

/** The `description` and `deprecated` annotations; a deprecation message ends the description. */
function documentation(description: string | undefined, deprecated: Deprecation | undefined): Record<string, JsonValue | undefined> {
  if (!deprecated) return { description };
  const notice = deprecated.message === '' ? undefined : `Deprecated: ${deprecated.message}`;
  const text = [description, notice].filter((part) => part !== undefined && part !== '').join('\n\n');
  return { description: text === '' ? undefined : text, deprecated: true };
}
