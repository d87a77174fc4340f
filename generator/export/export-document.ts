import { compareText } from '../diagnostics/diagnostic.js';
import { assignTypeNames } from '../emit/names.js';
import type { ModelDocument } from '../model/types.js';
import { DRAFT_2020_12, type JsonSchema, type JsonValue } from './json-schema.js';
import { fittingExamples } from '../model/example-check.js';
import { modelSchema } from './model-schema.js';

/** The formats the exporter writes. */
export type ExportFormat = 'json-schema' | 'openapi';

export const EXPORT_FORMATS: readonly ExportFormat[] = ['json-schema', 'openapi'];

export interface ExportOptions {
  /** The document title; OpenAPI needs one in `info.title`. */
  title?: string;
}

/**
 * Builds the schemas of every model, keyed by the model's TypeScript name, with references written
 * through `refPrefix` (`#/$defs/` or `#/components/schemas/`).
 */
export function modelSchemas(document: ModelDocument, refPrefix: string): Record<string, JsonSchema> {
  const names = assignTypeNames(document.models);
  const docs = new Set(document.models.map((model) => model.source.file));
  const refTo = (doc: string | undefined): string | undefined => (doc !== undefined && docs.has(doc) ? `${refPrefix}${names.typeName(doc)}` : undefined);

  const exampleOf = fittingExamples(document.models);
  const entries = document.models.map((model) => [names.typeName(model.source.file), modelSchema(model, names.typeName(model.source.file), refTo, exampleOf)] as const);
  entries.sort(([a], [b]) => compareText(a, b));
  return Object.fromEntries(entries);
}

/** Builds a JSON Schema (draft 2020-12) document with one `$defs` entry per model. */
export function toJsonSchema(document: ModelDocument, options: ExportOptions = {}): JsonSchema {
  const schema: JsonSchema = { $schema: DRAFT_2020_12 };
  if (options.title !== undefined) schema.title = options.title;
  schema.$defs = modelSchemas(document, '#/$defs/');
  return schema;
}

/** Builds an OpenAPI 3.1 document whose `components.schemas` holds one schema per model. */
export function toOpenApi(document: ModelDocument, options: ExportOptions = {}): { [key: string]: JsonValue } {
  return {
    openapi: '3.1.0',
    info: { title: options.title ?? 'Models', version: '0.0.0' },
    jsonSchemaDialect: DRAFT_2020_12,
    paths: {},
    components: { schemas: modelSchemas(document, '#/components/schemas/') },
  };
}

/** Builds the document of the given format. */
export function exportDocument(document: ModelDocument, format: ExportFormat, options: ExportOptions = {}): { [key: string]: JsonValue } {
  return format === 'openapi' ? toOpenApi(document, options) : toJsonSchema(document, options);
}
