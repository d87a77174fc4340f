// Measures how long `generate --watch` takes to regenerate after one doc changes.
// Usage: npx tsx scripts/measure-regeneration.ts DOCS_FOLDER OUT_FOLDER DOC_TO_EDIT [EDITS]
// The docs folder is edited in place (a paragraph goes under the title of DOC_TO_EDIT), so pass a copy.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { main } from '../generator/cli/main.js';

const [docs, out, doc, edits = '3'] = process.argv.slice(2);
if (!docs || !out || !doc) {
  process.stderr.write('usage: measure-regeneration.ts DOCS_FOLDER OUT_FOLDER DOC_TO_EDIT [EDITS]\n');
  process.exit(2);
}

let stderr = '';
const controller = new AbortController();
const running = main(['generate', '--watch', '--input', docs, '--out', out], {
  stdout: () => {},
  stderr: (text) => {
    stderr += text;
  },
  isTerminal: false,
  cwd: process.cwd(),
  signal: controller.signal,
  env: {},
});

const waitFor = async (condition: () => boolean): Promise<void> => {
  while (!condition()) await new Promise((done) => setTimeout(done, 5));
};
await waitFor(() => stderr.includes('watching'));
process.stdout.write(`first run: ${stderr.split('\n').find((line) => line.includes(' models: '))}\n`);

for (let edit = 1; edit <= Number(edits); edit += 1) {
  const runs = stderr.split(' models: ').length;
  const saved = performance.now();
  const file = resolve(docs, doc);
  const text = readFileSync(file, 'utf8');
  const titleEnd = text.indexOf('\n');
  writeFileSync(file, `${text.slice(0, titleEnd)}\n\nEdited ${edit}.\n${text.slice(titleEnd)}`);
  await waitFor(() => stderr.split(' models: ').length > runs);
  const summary = stderr.trimEnd().split('\n').at(-1);
  process.stdout.write(`edit ${edit}: summary after ${((performance.now() - saved) / 1000).toFixed(2)} s of the save (debounce included): ${summary}\n`);
}
controller.abort();
await running;
