/**
 * The keys of the configuration file (`codegen.yaml`), their types, defaults and descriptions. The
 * validator reads the file against these definitions, and the published JSON Schema is built from
 * them, so the two cannot disagree.
 */

/** The type of one configuration value. */
export type ValueSchema =
  | { type: 'string'; description: string; default?: string; pattern?: string; patternHint?: string }
  | { type: 'boolean'; description: string; default?: boolean }
  | { type: 'integer'; description: string; default?: number; minimum: number }
  | { type: 'choice'; description: string; default?: string; choices: readonly string[] }
  | { type: 'list'; description: string; default?: readonly string[]; items: ValueSchema }
  | { type: 'map'; description: string; default?: Record<string, string>; keyPattern: string; keyHint: string; values: ValueSchema }
  | { type: 'object'; description: string; properties: Record<string, ValueSchema> }
  | { type: 'either'; description: string; default?: boolean | readonly string[]; options: readonly ValueSchema[] };

/** `Model.field`, as used by wire-name overrides and nullability overrides. */
const MODEL_FIELD_PATTERN = '^[^.\\s]+\\.[^.\\s]+$';
const MODEL_FIELD_HINT = 'a `Model.field` name such as `Employee.firstName`';

export const WIRE_NAME_MAPPINGS = ['infer', 'unchanged', 'snake_case', 'camelCase', 'kebab-case'] as const;
export const FILE_NAME_SCHEMES = ['PascalCase', 'camelCase', 'kebab-case'] as const;
export const ENUM_SHAPES = ['const-object', 'union'] as const;

/** Every key of the configuration file. */
export const CONFIG_SCHEMA = {
  type: 'object',
  description: 'Configuration of md-models-ts.',
  properties: {
    input: {
      type: 'string',
      description: 'The docs folder, relative to the configuration file. `--input` overrides it.',
      default: '.',
    },
    out: {
      type: 'string',
      description: 'The output folder, relative to the configuration file. `--out` overrides it.',
      default: '../generated',
    },
    include: {
      type: 'list',
      description: 'Globs (picomatch) of the docs that take part, relative to the docs folder.',
      default: ['**/*.md'],
      items: { type: 'string', description: 'A glob such as `Models/**/*.md`.' },
    },
    exclude: {
      type: 'list',
      description: 'Globs (picomatch) of docs to leave out, even when `include` matches them.',
      default: [],
      items: { type: 'string', description: 'A glob such as `**/Operations/**`.' },
    },
    wireNames: {
      type: 'object',
      description: 'How property names map to JSON keys on the wire.',
      properties: {
        mapping: {
          type: 'choice',
          description: 'The mapping used for a field when no override or example names its wire name; `infer` takes the mapping most examples in the docs agree with.',
          default: 'infer',
          choices: WIRE_NAME_MAPPINGS,
        },
        overrides: {
          type: 'map',
          description: 'Wire names set by hand, keyed by `Model.field`.',
          default: {},
          keyPattern: MODEL_FIELD_PATTERN,
          keyHint: MODEL_FIELD_HINT,
          values: { type: 'string', description: 'The JSON key of the field.', pattern: '[\\s\\S]', patternHint: 'a JSON key of at least one character' },
        },
      },
    },
    enums: {
      type: 'object',
      description: 'How enums are generated; passed to the emitter as `EmitOptions.enums`.',
      properties: {
        shape: {
          type: 'choice',
          description: 'The TypeScript form of an enum: a const object with a union type of its values, or the union type alone.',
          default: 'const-object',
          choices: ENUM_SHAPES,
        },
        open: {
          type: 'either',
          description: 'Whether enums accept values beyond their members: `true` for all, `false` for none, or a list of enum model names.',
          default: false,
          options: [
            { type: 'boolean', description: 'All enums (`true`) or none (`false`).' },
            { type: 'list', description: 'The enum models that are open.', items: { type: 'string', description: 'An enum model name as its doc writes it.' } },
          ],
        },
      },
    },
    nullable: {
      type: 'list',
      description: 'Fields that accept `null` although their doc does not say so, as `Model.field`.',
      default: [],
      items: { type: 'string', description: 'A `Model.field` name.', pattern: MODEL_FIELD_PATTERN, patternHint: MODEL_FIELD_HINT },
    },
    dialect: {
      type: 'choice',
      description: 'The SDK language the docs are written for; `auto` detects it from the docs.',
      default: 'auto',
      choices: ['auto', 'php', 'typescript', 'python', 'go', 'java', 'csharp', 'ruby'],
    },
    unknownProperties: {
      type: 'choice',
      description: 'What `fromJSON` does with input properties the docs do not list: `keep` them for `toJSON` to write back, or `drop` them.',
      default: 'keep',
      choices: ['keep', 'drop'],
    },
    checkExamples: {
      type: 'boolean',
      description: 'Whether each Example cell is checked against the type of its field, with a warning for each that does not fit.',
      default: true,
    },
    warningsAsErrors: {
      type: 'boolean',
      description: 'Whether warnings in the docs, such as an example that does not fit its field, fail the run like errors.',
      default: false,
    },
    banner: {
      type: 'string',
      description: 'Extra text for the comment at the top of every generated file, such as a license line.',
      default: '',
    },
    fileNames: {
      type: 'choice',
      description: 'How generated model files are named, from the type name `EmployeeStatus`.',
      default: 'PascalCase',
      choices: FILE_NAME_SCHEMES,
    },
    check: {
      type: 'object',
      description: 'Settings of `md-models-ts check`.',
      properties: {
        maxDiffLines: {
          type: 'integer',
          description: 'The maximum number of diff lines printed per stale file; `--max-diff-lines` overrides it.',
          default: 200,
          minimum: 0,
        },
      },
    },
    cache: {
      type: 'boolean',
      description: 'Whether `generate` keeps a cache of parsed docs and emitted files, so a run after a small change is fast.',
      default: true,
    },
  },
} as const satisfies ValueSchema;
