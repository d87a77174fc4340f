import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Model } from '../model/types.js';
import { ImportCollector } from './imports.js';
import { schemaName, type TypeNames } from './names.js';

/** The settings of the generated run-time behaviour. */
export interface RuntimeOptions {
  /** Whether input properties the docs do not list are kept (and written back by `toJSON`) or dropped. */
  unknownProperties: 'keep' | 'drop';
  /** Whether an enum accepts values it does not list: all enums, none, or the enums named. */
  openEnums: boolean | readonly string[];
  /** `const-object` emits a const object of the values beside their union type; `union` emits the union type alone. */
  enumShape: 'const-object' | 'union';
}

/** What the emitter of one model file needs to know about the other models. */
export interface EmitContext {
  names: TypeNames;
  modelsByDoc: ReadonlyMap<string, Model>;
  imports: ImportCollector;
  /** The doc of the model being emitted, whose own names need no import. */
  currentDoc: string;
  /** Where the emitter reports what it renamed. */
  notes: Diagnostic[];
  runtime: RuntimeOptions;
}

/** Returns the model a reference points at; references are resolved before emitting. */
export function referencedModel(context: EmitContext, doc: string | undefined): Model {
  const model = doc === undefined ? undefined : context.modelsByDoc.get(doc);
  if (!model) throw new Error(`internal error: unresolved reference to ${doc ?? 'an unnamed doc'} reached the emitter`);
  return model;
}

/** Returns a referenced model's type name, recording the import it needs. */
export function useModelType(context: EmitContext, doc: string, use: 'type' | 'value'): string {
  const name = context.names.typeName(doc);
  if (doc !== context.currentDoc) {
    const module = `./${context.names.fileName(doc)}.js`;
    if (use === 'type') context.imports.addType(module, name);
    else context.imports.addValue(module, name);
  }
  return name;
}

/** Returns the schema constant of a referenced model, recording its import. */
export function useSchema(context: EmitContext, doc: string): string {
  const name = schemaName(context.names.typeName(doc));
  if (doc !== context.currentDoc) context.imports.addValue(`./${context.names.fileName(doc)}.js`, name);
  return name;
}

/** Returns the validator function name of a referenced model, recording its import. */
export function useValidator(context: EmitContext, doc: string): string {
  const name = `validate${context.names.typeName(doc)}`;
  if (doc !== context.currentDoc) context.imports.addValue(`./${context.names.fileName(doc)}.js`, name);
  return name;
}

/** Records a name from the shared runtime module and returns it. */
export function useRuntime(context: EmitContext, name: string, use: 'type' | 'value' = 'value'): string {
  if (use === 'type') context.imports.addType('./runtime.js', name);
  else context.imports.addValue('./runtime.js', name);
  return name;
}
