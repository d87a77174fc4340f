import type { PrimitiveName, TypeExpression } from '../model/types.js';
import { useRuntime, useSchema, type EmitContext } from './emit-context.js';

/** The runtime schema of each primitive type. */
const PRIMITIVE_SCHEMAS: Record<PrimitiveName, string> = {
  string: 'jsonString',
  integer: 'jsonInteger',
  number: 'jsonNumber',
  boolean: 'jsonBoolean',
  date: 'jsonDate',
  'date-time': 'jsonDateTime',
  // JSON carries binary content as base64 text, which is read and written unchanged.
  binary: 'jsonString',
};

/**
 * Writes the expression of the runtime schema that reads a type expression, such as
 * `jsonArray(employeeSchema)`, recording the imports it needs. Schemas of other models are used
 * only inside the lazy field and member lists, so modules that import each other still load.
 */
export function schemaExpression(type: TypeExpression, context: EmitContext): string {
  switch (type.kind) {
    case 'primitive':
      return useRuntime(context, PRIMITIVE_SCHEMAS[type.name]);
    case 'literal':
      return `${useRuntime(context, 'jsonLiteral')}(${type.value === null ? 'null' : JSON.stringify(type.value)})`;
    case 'unknown':
      return useRuntime(context, 'jsonUnknown');
    case 'reference':
      return useSchema(context, type.doc!);
    case 'array':
      return `${useRuntime(context, 'jsonArray')}(${schemaExpression(type.items, context)})`;
    case 'map':
      return `${useRuntime(context, 'jsonMap')}(${schemaExpression(type.values, context)})`;
    case 'union': {
      const members = type.members.map((member) => schemaExpression(member, context));
      return `${useRuntime(context, 'jsonUnion')}(undefined, () => [${members.join(', ')}])`;
    }
  }
}
