// Parses every doc of a folder with remark-parse and remark-gfm and nothing else, as the baseline
// the generator's cold run is compared with. Prints the parse time in milliseconds as JSON.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const folder = process.argv[2];
if (!folder) throw new Error('usage: parse-baseline.ts <docs folder>');

const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
const texts = files.map((file) => readFileSync(join(folder, file), 'utf8'));
const processor = unified().use(remarkParse).use(remarkGfm).freeze();

const start = performance.now();
for (const text of texts) processor.parse(text);
console.log(JSON.stringify({ docs: texts.length, parseMs: performance.now() - start }));
