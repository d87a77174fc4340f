import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import {
  defineEnum,
  defineObject,
  jsonArray,
  jsonBoolean,
  jsonDate,
  jsonDateTime,
  jsonInteger,
  jsonLiteral,
  jsonMap,
  jsonNumber,
  jsonString,
  jsonUnion,
  jsonUnknown,
  type Schema,
  type ValidationProblem,
} from '../emit/runtime/runtime.js';
import { readExample } from './example-value.js';
import type { Field, Model, ObjectModel, PrimitiveName, TypeExpression } from './types.js';

/** Most problems of one example that a diagnostic spells out. */
const MAX_PROBLEMS_SHOWN = 3;

/**
 * Checks the Example cell of every field against the field's type, with the same schemas the
 * generated models read JSON with, and reports each example that does not fit as an
 * `invalid-example` warning. A cell counts as valid when either reading of it fits: the JSON it
 * holds, or the plain text it shows (for string fields).
 */
export function checkExamples(models: readonly Model[], diagnostics: DiagnosticBag, lineOf: (file: string, line: number) => string | undefined = () => undefined): number {
  const schemas = new IrSchemas(models);
  let invalid = 0;

  for (const model of models) {
    if (model.kind !== 'object') continue;
    for (const field of model.fields) {
      if (field.example === undefined) continue;
      const { problems } = readFieldExample(field, schemas);
      if (problems.length === 0) continue;

      invalid += 1;
      const shown = problems.slice(0, MAX_PROBLEMS_SHOWN).map((problem) => problem.message.replace(/^\$/, 'example'));
      const more = problems.length > MAX_PROBLEMS_SHOWN ? ` (and ${problems.length - MAX_PROBLEMS_SHOWN} more)` : '';
      diagnostics.add({
        code: 'invalid-example',
        severity: 'warning',
        message: `the example of \`${model.name}.${field.name}\` does not fit its type: ${shown.join('; ')}${more}`,
        source: field.source,
        sourceLine: lineOf(field.source.file, field.source.line),
      });
    }
  }
  return invalid;
}

/**
 * The reading of an Example cell that fits the field (`fitting`), or else the problems of the
 * reading the writer meant: the JSON reading when the cell is JSON, otherwise the text.
 */
interface ExampleReading {
  fitting?: { value: unknown };
  problems: ValidationProblem[];
}

function readFieldExample(field: Field, schemas: IrSchemas): ExampleReading {
  const reading = readExample(field.example!);
  const schema = schemas.of(field.type);
  const candidates: unknown[] = [];
  if (reading.json !== undefined) candidates.push(reading.json.value);
  candidates.push(reading.text);

  let reported: ValidationProblem[] | undefined;
  for (const candidate of candidates) {
    if (candidate === null && (field.nullable || !field.required)) return { fitting: { value: null }, problems: [] };
    const problems: ValidationProblem[] = [];
    schema.read(candidate, '$', problems);
    if (problems.length === 0) return { fitting: { value: candidate }, problems: [] };
    reported ??= problems;
  }
  return { problems: reported ?? [] };
}

/**
 * Returns a reader of Example cells for the fields of these models. It gives the JSON value of a
 * field's example as the API would send it. It gives undefined when the field has no example or
 * the example does not fit the field's type.
 */
export function fittingExamples(models: readonly Model[]): (field: Field) => { value: unknown } | undefined {
  const schemas = new IrSchemas(models);
  return (field) => (field.example === undefined ? undefined : readFieldExample(field, schemas).fitting);
}

/** Builds run-time schemas from type expressions, one per referenced model, so the generator reads examples as the generated code reads JSON. */
class IrSchemas {
  private readonly byDoc: Map<string, Model>;
  private readonly modelSchemas = new Map<string, Schema<unknown>>();

  constructor(models: readonly Model[]) {
    this.byDoc = new Map(models.map((model) => [model.source.file, model]));
  }

  of(type: TypeExpression): Schema<unknown> {
    switch (type.kind) {
      case 'primitive':
        return PRIMITIVES[type.name];
      case 'literal':
        return jsonLiteral(type.value);
      case 'unknown':
        return jsonUnknown;
      case 'array':
        return jsonArray(this.of(type.items));
      case 'map':
        return jsonMap(this.of(type.values));
      case 'union': {
        const members = type.members.map((member) => this.of(member));
        return jsonUnion(undefined, () => members);
      }
      case 'reference':
        return this.ofModel(type.doc);
    }
  }

  private ofModel(doc: string | undefined): Schema<unknown> {
    const model = doc === undefined ? undefined : this.byDoc.get(doc);
    if (!model) return jsonUnknown;
    const known = this.modelSchemas.get(model.source.file);
    if (known !== undefined) return known;

    let schema: Schema<unknown>;
    switch (model.kind) {
      case 'enum':
        schema = defineEnum({ name: model.name, values: model.members.map((member) => member.value), open: model.open });
        break;
      case 'union':
        schema = jsonUnion(model.name, () => model.members.map((member) => this.of(member.type)));
        break;
      case 'object':
        schema = this.objectSchema(model);
        break;
    }
    this.modelSchemas.set(model.source.file, schema);
    return schema;
  }

  private objectSchema(model: ObjectModel): Schema<unknown> {
    return defineObject<Record<string, unknown>>({
      name: model.name,
      documented: model.documented,
      unknownProperties: 'drop',
      create: (properties) => properties,
      fields: () => model.fields.map((field) => ({ property: field.name, wire: field.wireName, schema: this.of(field.type), required: field.required, nullable: field.nullable })),
    });
  }
}

const PRIMITIVES: Record<PrimitiveName, Schema<unknown>> = {
  string: jsonString,
  integer: jsonInteger,
  number: jsonNumber,
  boolean: jsonBoolean,
  date: jsonDate,
  'date-time': jsonDateTime,
  binary: jsonString,
};
