import type { WireNameOptions } from '../model/wire-names.js';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { noSettingPositions, type SettingPositions } from './setting-diagnostics.js';
import { CONFIG_SCHEMA, type ENUM_SHAPES, type FILE_NAME_SCHEMES, type WIRE_NAME_MAPPINGS } from './schema.js';
import { configDiagnostic, positionIn, validateNode, type Place } from './validate-config.js';

/** The file name looked for in the docs folder when no `--config` is given. */
export const CONFIG_FILE_NAME = 'codegen.yaml';

/** The configuration with every default applied and folders resolved to absolute paths. */
export interface CodegenConfig {
  /** The configuration file, absolute; undefined when none was found. */
  file?: string;
  input: string;
  out: string;
  include: string[];
  exclude: string[];
  wireNames: { mapping: (typeof WIRE_NAME_MAPPINGS)[number]; overrides: Record<string, string> };
  enums: { shape: (typeof ENUM_SHAPES)[number]; open: boolean | string[] };
  nullable: string[];
  dialect: string;
  unknownProperties: 'keep' | 'drop';
  checkExamples: boolean;
  warningsAsErrors: boolean;
  banner: string;
  fileNames: (typeof FILE_NAME_SCHEMES)[number];
  check: { maxDiffLines: number };
  cache: boolean;
  /** The positions of the `nullable` entries, wire-name overrides and `enums.open` names in the file, for diagnostics. */
  positions: SettingPositions;
}

export interface LoadConfigOptions {
  /** The working directory that command-line paths are relative to. */
  cwd: string;
  /** `--config`: the configuration file; required to exist when given. */
  configFile?: string;
  /** `--input`: overrides the file's `input`, and is where the file is looked for without `--config`. */
  input?: string;
  /** `--out`: overrides the file's `out`. */
  out?: string;
  /** The docs folder used when neither the option nor a file names one. */
  defaultInput: string;
  defaultOut: string;
  /** Shows an absolute path the way diagnostics print it. */
  display: (path: string) => string;
}

export interface LoadConfigResult {
  config: CodegenConfig;
  /** Errors in the file. The configuration contains the defaults for the values they concern. */
  diagnostics: Diagnostic[];
}

/**
 * Finds and reads the configuration file: the `--config` file, else `codegen.yaml` in the docs
 * folder. Without a file every default applies. Command-line folders win over the file's.
 */
export function loadConfig(options: LoadConfigOptions): LoadConfigResult {
  const file = findConfigFile(options);
  if (file === undefined) {
    return { config: defaultConfig(options, undefined, {}), diagnostics: [] };
  }

  const shown = options.display(file);
  if (!existsSync(file)) {
    return {
      config: defaultConfig(options, undefined, {}),
      diagnostics: [{ code: 'config-not-found', severity: 'error', message: `the configuration file ${shown} does not exist; check the --config path` }],
    };
  }

  const text = readFileSync(file, 'utf8');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const place = { file: shown, text, lineCounter };
  const diagnostics: Diagnostic[] = [];
  for (const error of document.errors) {
    diagnostics.push(configDiagnostic(place, 'config-syntax', `the file is not valid YAML: ${error.message.split('\n')[0]}`, undefined, error.pos[0]));
  }
  if (diagnostics.length > 0) return { config: defaultConfig(options, file, {}), diagnostics };

  const contents = document.contents as Node | null;
  const values = contents === null ? {} : ((validateNode(contents, CONFIG_SCHEMA, '', place, diagnostics) as Record<string, unknown> | undefined) ?? {});
  const config = defaultConfig(options, file, values);
  recordPositions(contents, place, config.positions);
  return { config, diagnostics };
}

function findConfigFile(options: LoadConfigOptions): string | undefined {
  if (options.configFile !== undefined) return resolve(options.cwd, options.configFile);
  const candidate = join(resolve(options.cwd, options.input ?? options.defaultInput), CONFIG_FILE_NAME);
  return existsSync(candidate) ? candidate : undefined;
}

/** Applies the defaults to the validated values of the file. */
function defaultConfig(options: LoadConfigOptions, file: string | undefined, values: Record<string, any>): CodegenConfig {
  const base = file === undefined ? options.cwd : dirname(file);
  const inFile = (key: 'input' | 'out'): string | undefined => (values[key] === undefined ? undefined : resolve(base, values[key]));
  const input = options.input !== undefined ? resolve(options.cwd, options.input) : (inFile('input') ?? (file === undefined ? resolve(options.cwd, options.defaultInput) : resolve(base, '.')));
  const out = options.out !== undefined ? resolve(options.cwd, options.out) : (inFile('out') ?? (file === undefined ? resolve(options.cwd, options.defaultOut) : resolve(base, '../generated')));

  return {
    ...(file === undefined ? {} : { file }),
    input,
    out,
    include: values.include ?? ['**/*.md'],
    exclude: values.exclude ?? [],
    wireNames: { mapping: values.wireNames?.mapping ?? 'infer', overrides: values.wireNames?.overrides ?? {} },
    enums: { shape: values.enums?.shape ?? 'const-object', open: values.enums?.open ?? false },
    nullable: values.nullable ?? [],
    dialect: values.dialect ?? 'auto',
    unknownProperties: values.unknownProperties ?? 'keep',
    checkExamples: values.checkExamples ?? true,
    warningsAsErrors: values.warningsAsErrors ?? false,
    banner: values.banner ?? '',
    fileNames: values.fileNames ?? 'PascalCase',
    check: { maxDiffLines: values.check?.maxDiffLines ?? 200 },
    cache: values.cache ?? true,
    positions: noSettingPositions(),
  };
}

/** Records where each `nullable` entry and each wire-name override key is written. */
function recordPositions(contents: Node | null, place: Place, positions: CodegenConfig['positions']): void {
  if (!isMap(contents)) return;
  const record = (setting: keyof SettingPositions, name: unknown, node: Node | null | undefined): void => {
    if (typeof name !== 'string' || !node) return;
    positions[setting].set(name, positionIn(place, node.range?.[0] ?? 0));
  };

  const nullable = contents.get('nullable', true);
  if (isSeq(nullable)) for (const item of nullable.items) record('nullable', (item as { value?: unknown }).value, item as Node);

  const wireNames = contents.get('wireNames', true);
  const overrides = isMap(wireNames) ? wireNames.get('overrides', true) : undefined;
  if (isMap(overrides)) for (const pair of overrides.items) record('wireNameOverride', (pair.key as { value?: unknown }).value, pair.key as Node);

  const enums = contents.get('enums', true);
  const open = isMap(enums) ? enums.get('open', true) : undefined;
  if (isSeq(open)) for (const item of open.items) record('openEnum', (item as { value?: unknown }).value, item as Node);
}

/** Returns the wire-name options of a configuration; `infer` leaves the mapping unset, so the model builder takes it from the docs' examples. */
export function wireNameOptions(config: CodegenConfig): WireNameOptions {
  const { mapping, overrides } = config.wireNames;
  return mapping === 'infer' ? { overrides } : { mapping, overrides };
}
