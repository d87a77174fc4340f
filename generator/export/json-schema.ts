/** A JSON Schema (draft 2020-12) object as plain JSON data. */
export type JsonSchema = { [keyword: string]: JsonValue };

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The URI of the JSON Schema dialect the exporter writes. */
export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
