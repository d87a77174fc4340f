import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatDiagnostic } from '../../generator/diagnostics/diagnostic.js';
import type { GeneratedFile } from '../../generator/emit/emit-files.js';
import { exportDocument } from '../../generator/export/export-document.js';
import { serializeDocument } from '../../generator/export/serialize.js';
import type { GenerateResult } from '../../generator/generate.js';
import { outputFiles } from '../../generator/write/names-manifest.js';
import { compileGenerated } from './compile-output.js';
import { runCase } from './run-case.js';

const FOLDER = fileURLToPath(new URL('./cases/bidi-controls', import.meta.url));

/** The bidirectional formatting characters that reorder text on screen (Trojan Source). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

interface GeneratedModule {
  BidiEnum: Record<string, string>;
  isBidiEnum(value: unknown): boolean;
  validateBiDi(value: unknown): { path: string; message: string }[];
}

describe('bidirectional formatting characters in docs', () => {
  let result: GenerateResult;
  let files: GeneratedFile[];
  let module: GeneratedModule;

  beforeAll(async () => {
    result = runCase(FOLDER);
    expect(result.hasErrors).toBe(false);
    files = outputFiles(result.files, result.names);
    const compiled = compileGenerated(result.files);
    expect(compiled.output).toBe('');
    module = (await import(pathToFileURL(join(compiled.folder, 'dist', 'index.js')).href)) as GeneratedModule;
  });

  it('writes none of them raw', () => {
    for (const file of files) expect(BIDI_CONTROLS.test(file.content), file.path).toBe(false);
  });

  it('escapes them in keys and strings', () => {
    const model = files.find((file) => file.path === 'BiDi.ts')!.content;
    expect(model).toContain('"ad\\u202Emin": string;');
    expect(files.find((file) => file.path === 'BidiEnum.ts')!.content).toContain('Left: "l\\u202Ar",');
    expect(files.find((file) => file.path === 'md-models-ts.names.json')!.content).toContain('"model": "Bi\\u202Edi"');
  });

  it('shows them as escapes in comments', () => {
    const model = files.find((file) => file.path === 'BiDi.ts')!.content;
    expect(model).toContain('/** Checks access \\u202E level \\u2066admin\\u2069 of a user. */');
    expect(model).toContain('@example `x\\u2067y`');
    expect(model).toContain('/** a mark \\u200F here */');
  });

  it('keeps them out of identifiers', () => {
    expect(result.names.names['Bidi.md']?.type).toBe('BiDi');
    expect(Object.keys(module.BidiEnum)).toEqual(['Left', 'Right']);
  });

  it('keeps the values they are part of', () => {
    expect(Object.values(module.BidiEnum)).toEqual(['l\u202Ar', 'r\u202Bl']);
    expect(module.isBidiEnum('l\u202Ar')).toBe(true);
    expect(module.isBidiEnum('lr')).toBe(false);

    expect(module.validateBiDi({ 'ad\u202Emin': 'x' })).toEqual([]);
    expect(module.validateBiDi({ admin: 'x' }).map((problem) => problem.path)).toEqual(['$["ad\u202Emin"]']);
  });

  it('warns at the character in a field name', () => {
    const warning = result.diagnostics.find((diagnostic) => diagnostic.code === 'invisible-character')!;
    expect(warning.severity).toBe('warning');
    expect(warning.source).toEqual({ file: 'Bidi.md', line: 9, column: 6 });
    expect(warning.message).toContain('`ad\\u202Emin`');
    expect(warning.message).toContain('U+202E');
    expect(BIDI_CONTROLS.test(warning.message)).toBe(false);
  });

  it('escapes them in printed diagnostics', () => {
    const printed = result.diagnostics.map((diagnostic) => formatDiagnostic(diagnostic));
    expect(printed.filter((text) => BIDI_CONTROLS.test(text))).toEqual([]);

    const warning = formatDiagnostic(result.diagnostics.find((diagnostic) => diagnostic.code === 'invisible-character')!);
    const [, line, caret] = warning.split('\n');
    // The caret stays under the escaped character, which starts with its backslash.
    expect(line![caret!.indexOf('^')]).toBe('\\');
  });

  it('escapes them in exported JSON', () => {
    const text = serializeDocument(exportDocument(result.document, 'json-schema'), 'models.schema.json');
    expect(BIDI_CONTROLS.test(text)).toBe(false);

    const reparsed = JSON.parse(text) as { $defs: { BiDi: { properties: Record<string, unknown> } } };
    expect(Object.keys(reparsed.$defs.BiDi.properties)).toContain('ad\u202Emin');
  });

  it('escapes them in exported YAML', () => {
    const document = exportDocument(result.document, 'openapi');
    const text = serializeDocument(document, 'openapi.yaml');
    expect(BIDI_CONTROLS.test(text)).toBe(false);
    expect(text).toContain('"ad\\u202Emin":');
    expect(parse(text)).toEqual(document);
  });
});
