import type { Model, TypeExpression } from './types.js';

/** Calls `visit` on every type expression of a model, outermost first. */
export function forEachTypeExpression(model: Model, visit: (type: TypeExpression, owner: { source: Model['source'] }) => void): void {
  if (model.kind === 'object') {
    for (const field of model.fields) walkType(field.type, (type) => visit(type, field));
  } else if (model.kind === 'union') {
    for (const member of model.members) walkType(member.type, (type) => visit(type, member));
  }
}

export function walkType(type: TypeExpression, visit: (type: TypeExpression) => void): void {
  visit(type);
  switch (type.kind) {
    case 'array':
      walkType(type.items, visit);
      break;
    case 'map':
      walkType(type.values, visit);
      break;
    case 'union':
      for (const member of type.members) walkType(member, visit);
      break;
    default:
      break;
  }
}
