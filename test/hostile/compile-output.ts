import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GeneratedFile } from '../../generator/emit/emit-files.js';

const TSC = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));

/** Strict compiler options for generated code, close to what a careful user project turns on. */
const COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  lib: ['ES2023'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  exactOptionalPropertyTypes: true,
  noPropertyAccessFromIndexSignature: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  declaration: false,
  rootDir: 'src',
  outDir: 'dist',
};

export interface CompiledOutput {
  /** The temporary project folder; the compiled JavaScript is in `dist/` under it. */
  folder: string;
  ok: boolean;
  /** The compiler's messages when it failed. */
  output: string;
}

/**
 * Writes generated files into a new temporary ES module project and compiles them with `tsc`
 * and strict options, so tests can check that the output compiles and then import the JavaScript.
 */
export function compileGenerated(files: readonly GeneratedFile[]): CompiledOutput {
  const folder = mkdtempSync(join(tmpdir(), 'md-models-ts-hostile-'));
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ type: 'module' }));
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include: ['src'] }));
  for (const file of files) {
    const target = join(folder, 'src', file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.content);
  }

  try {
    execFileSync(TSC, ['-p', folder], { cwd: folder, encoding: 'utf8', stdio: 'pipe' });
    return { folder, ok: true, output: '' };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { folder, ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}
