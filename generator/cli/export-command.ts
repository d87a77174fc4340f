import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { EXPORT_FORMATS, exportDocument, type ExportFormat } from '../export/export-document.js';
import { serializeDocument } from '../export/serialize.js';
import { DEFAULT_INPUT, displayPath } from '../generate.js';
import { wireNameOptions } from '../config/load-config.js';
import { unmatchedSettingDiagnostics } from '../config/setting-diagnostics.js';
import { countOf } from '../text/plural.js';
import { prepareRun } from './run-setup.js';
import { deferSignalsDuring } from './signals.js';
import { loadModelDocument } from '../model/load-model-document.js';
import type { CommandIo } from './io.js';

const HELP = `Usage: md-models-ts export --out <file> [options]

Writes the models of the docs as JSON Schema (draft 2020-12, one $defs entry per model) or as an
OpenAPI 3.1 document with the models under components.schemas. A file name ending in .yaml or
.yml gets YAML, any other name JSON.

Options:
  --input <folder>   the docs folder (default: ${DEFAULT_INPUT}, or \`input\` in the configuration file)
  --config <file>    the configuration file (default: codegen.yaml in the docs folder, when it exists);
                     its wire names, nullable fields, open enums and dialect shape the export
  --dialect <name>   the docs' SDK language (default: detected)
  --out <file>       the file to write (required)
  --format <format>  json-schema or openapi (default: json-schema)
  --title <text>     the document title (default: the docs folder's name)
  --verbose          also print info diagnostics (skipped docs, renamed models)
  -h, --help         show this help

Exit codes: 0 written, 2 errors in the docs or the options.`;

/** Runs `export` and returns the exit code. */
export async function runExportCommand(args: string[], io: CommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        input: { type: 'string' },
        config: { type: 'string' },
        dialect: { type: 'string' },
        out: { type: 'string' },
        format: { type: 'string', default: 'json-schema' },
        title: { type: 'string' },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout(HELP + '\n');
    return 0;
  }
  if (parsed.out === undefined) {
    io.stderr(`error: --out <file> is missing; pass the file to write, such as --out models.schema.json\n`);
    return 2;
  }
  const format = parsed.format as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) {
    io.stderr(`error: --format ${parsed.format} is not supported; use ${EXPORT_FORMATS.join(' or ')}\n`);
    return 2;
  }

  // The configuration file shapes the JSON form the same way it shapes the generated validators.
  const setup = prepareRun({
    ...(parsed.input === undefined ? {} : { input: parsed.input }),
    ...(parsed.config === undefined ? {} : { config: parsed.config }),
    reporter: 'text',
    verbose: parsed.verbose,
  }, io);
  if (!setup) return 2;
  const { config } = setup;
  const input = config.input;
  const dialect = parsed.dialect ?? (config.dialect === 'auto' ? undefined : config.dialect);
  const loaded = loadModelDocument(input, {
    wireNames: wireNameOptions(config),
    nullableFields: config.nullable,
    openEnums: config.enums.open,
    checkExamples: config.checkExamples,
    ...(dialect === undefined ? {} : { dialect }),
  });

  for (const diagnostic of loaded.diagnostics.sorted()) {
    if (diagnostic.severity === 'info' && !parsed.verbose) continue;
    io.stderr(formatDiagnostic(diagnostic, { root: displayPath(io.cwd, input) }) + '\n');
  }
  for (const diagnostic of unmatchedSettingDiagnostics(loaded.unmatchedSettings, config.positions)) {
    io.stderr(formatDiagnostic(diagnostic, { root: '.' }) + '\n');
  }
  if (loaded.diagnostics.hasErrors) {
    io.stderr('errors in the docs; nothing was written\n');
    return 2;
  }

  const out = resolve(io.cwd, parsed.out);
  const title = parsed.title ?? basename(input);
  const exported = exportDocument(loaded.document, format, { title });
  const text = serializeDocument(exported, out);
  mkdirSync(dirname(out), { recursive: true });
  deferSignalsDuring(() => writeFileSync(out, text));
  io.stderr(`${countOf(loaded.document.models.length, 'model')} written to ${displayPath(io.cwd, out)} as ${format === 'openapi' ? 'OpenAPI 3.1' : 'JSON Schema 2020-12'}\n`);
  return 0;
}
