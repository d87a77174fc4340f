import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../generator/emit/emit-files.js';
import { compileGenerated } from '../hostile/compile-output.js';
import { enumDoc, run, snapshotFolder, tempProject, type TempProject } from './helpers.js';

const ARGS = ['--input', 'docs', '--out', 'out'];
const VALUE_DOC = 'docs/Models/Components/LmsCreateCompletionRequestDtoValue.md';
const MANIFEST = 'out/md-models-ts.names.json';

/** Models that `--keep-going` leaves out once the Value doc breaks: the Value enum and the two models that refer to it. */
const LEFT_OUT_TYPES = ['LmsCreateCompletionRequestDto', 'LmsCreateCompletionRequestDtoResult', 'LmsCreateCompletionRequestDtoValue'];

let project: TempProject | undefined;
let compiledFolder: string | undefined;
afterEach(() => {
  project?.remove();
  project = undefined;
  if (compiledFolder) rmSync(compiledFolder, { recursive: true, force: true });
  compiledFolder = undefined;
});

/** Adds a Values row without a Value cell, a `missing-cell` error. */
function breakValueDoc(target: TempProject): void {
  target.write(VALUE_DOC, `${target.read(VALUE_DOC)}\n| \`Fail\` |\n`);
}

/** Compiles the output folder with strict options beside a module that imports `types` from its index. */
function compileWithConsumer(target: TempProject, types: readonly string[]): string {
  const files: GeneratedFile[] = readdirSync(target.out)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ path: `out/${name}`, content: target.read(`out/${name}`) }));
  const consumer = `import type { ${types.join(', ')} } from "./out/index.js";\n\nexport type Used = [${types.join(', ')}];\n`;
  const compiled = compileGenerated([...files, { path: 'consumer.ts', content: consumer }]);
  compiledFolder = compiled.folder;
  return compiled.output;
}

describe('generate --keep-going', () => {
  // A row without a Value cell leaves out the Value model and the two models that refer to it. A
  // binary file gives no model at all, so only the previous manifest names its doc.
  it.each([
    { breakage: 'a missing cell', content: (old: string) => `${old}\n| \`Fail\` |\n`, error: 'LmsCreateCompletionRequestDtoValue.md:10:1: error missing-cell' },
    { breakage: 'a binary file', content: () => 'binary\0file\n', error: 'error binary-file' },
  ])('keeps old models in the index after $breakage', async ({ content, error }) => {
    project = tempProject();
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    const index = project.read('out/index.ts');
    const manifest = project.read(MANIFEST);
    project.write(VALUE_DOC, content(project.read(VALUE_DOC)));

    const result = await run(project, ['generate', ...ARGS, '--keep-going']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(error);
    expect(result.stderr).toMatch(/^2 models: /m);
    expect(result.stderr).toContain('3 docs were left out (--keep-going)');
    expect(project.read('out/index.ts')).toBe(index);
    expect(project.read(MANIFEST)).toBe(manifest);
    expect(compileWithConsumer(project, LEFT_OUT_TYPES)).toBe('');
  });

  it('reserves names of docs left out', async () => {
    project = tempProject();
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    const oldValueFile = project.read('out/LmsCreateCompletionRequestDtoValue.ts');
    breakValueDoc(project);
    project.write('docs/Models/Other/Value.md', enumDoc('LmsCreateCompletionRequestDtoValue', ['A']));

    expect((await run(project, ['generate', ...ARGS, '--keep-going'])).code).toBe(2);
    expect(project.read('out/LmsCreateCompletionRequestDtoValue.ts')).toBe(oldValueFile);
    expect(existsSync(join(project.out, 'OtherLmsCreateCompletionRequestDtoValue.ts'))).toBe(true);
    expect(compileWithConsumer(project, [...LEFT_OUT_TYPES, 'OtherLmsCreateCompletionRequestDtoValue'])).toBe('');

    // Once the doc is fixed, both models keep the names they had.
    project.write(VALUE_DOC, enumDoc('LmsCreateCompletionRequestDtoValue', ['Pass', 'Fail', 'Skip']));
    const fixed = await run(project, ['generate', ...ARGS]);
    expect(fixed.code).toBe(0);
    const names = JSON.parse(project.read(MANIFEST)).names;
    expect(names['Models/Components/LmsCreateCompletionRequestDtoValue.md'].type).toBe('LmsCreateCompletionRequestDtoValue');
    expect(names['Models/Other/Value.md'].type).toBe('OtherLmsCreateCompletionRequestDtoValue');
    expect(project.read('out/LmsCreateCompletionRequestDtoValue.ts')).toContain('Skip');
  });

  it('leaves deleted old files out of the index', async () => {
    project = tempProject();
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    rmSync(join(project.out, 'LmsCreateCompletionRequestDto.ts'));
    breakValueDoc(project);

    expect((await run(project, ['generate', ...ARGS, '--keep-going'])).code).toBe(2);
    expect(project.read('out/index.ts')).not.toContain('"./LmsCreateCompletionRequestDto.js"');
    expect(project.read('out/index.ts')).toContain('"./LmsCreateCompletionRequestDtoResult.js"');
    expect(JSON.parse(project.read(MANIFEST)).names['Models/Components/LmsCreateCompletionRequestDto.md']).toEqual({
      model: 'LmsCreateCompletionRequestDto',
      type: 'LmsCreateCompletionRequestDto',
    });
    expect(compileWithConsumer(project, LEFT_OUT_TYPES.slice(1))).toBe('');
  });

  it('writes nothing new when rerun', async () => {
    project = tempProject();
    expect((await run(project, ['generate', ...ARGS])).code).toBe(0);
    breakValueDoc(project);
    expect((await run(project, ['generate', ...ARGS, '--keep-going'])).code).toBe(2);
    const before = snapshotFolder(project.out);

    const again = await run(project, ['generate', ...ARGS, '--keep-going']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('0 files written');
    expect(snapshotFolder(project.out)).toEqual(before);
  });
});
