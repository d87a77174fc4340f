/**
 * Prints how well the models read from real docs agree with the facts in the `oracle.json` files
 * of the corpus: wire names, required, nullable, type kind and enum values, per docs folder.
 *
 *   npx tsx scripts/oracle-agreement.ts [corpus folder]
 *
 * The corpus folder defaults to `shared/corpus` beside the repository. Each folder is read with
 * the default settings; StackOne folders are read a second time with the wire-name overrides
 * their docs cannot tell (most bodies write `statusCode` in camelCase). Docs of another dialect
 * that document the same API version on the same day are measured against the PHP folder's oracle.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadOptions } from '../generator/model/load-model-document.js';
import { measureCorpusFolder, type Tally } from '../generator/model/oracle-agreement.js';

const corpus = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus', import.meta.url));
/** The wire-name settings StackOne needs beyond its docs: error and result bodies write `statusCode`, two other models `status_code`. */
export const STACKONE_SETTINGS: LoadOptions = {
  wireNames: { overrides: { '*.statusCode': 'statusCode', 'Response.statusCode': 'status_code', 'StepLogResponse.statusCode': 'status_code' } },
};

/** Docs folders without an oracle, each with the folder whose oracle describes the same API version: dub-go and dub-php are from the same day. */
export const BORROWED_ORACLES: Record<string, string> = { 'dub-go/2026-07-04': 'dub-php/2026-07-04' };

/** Each docs folder with the folder of the oracle it is measured against. */
const folders: [string, string][] = [];
for (const api of readdirSync(corpus).sort()) {
  if (!statSync(join(corpus, api)).isDirectory()) continue;
  for (const version of readdirSync(join(corpus, api)).sort()) {
    const folder = `${api}/${version}`;
    const oracleFolder = existsSync(join(corpus, folder, 'oracle.json')) ? folder : BORROWED_ORACLES[folder];
    if (oracleFolder !== undefined && existsSync(join(corpus, oracleFolder, 'oracle.json'))) folders.push([folder, oracleFolder]);
  }
}

const percent = (part: Tally): string => (part.total === 0 ? 'n/a' : `${part.agree}/${part.total} (${((100 * part.agree) / part.total).toFixed(2)}%)`);

console.log('| docs | settings | wire names | required | nullable | type kind | enum values | required and nullable: marked nullable |');
console.log('|---|---|---|---|---|---|---|---|');
const mismatchLines: string[] = [];
for (const [folder, oracleFolder] of folders) {
  const runs: [string, LoadOptions][] = [[oracleFolder === folder ? 'defaults' : `defaults, oracle of ${oracleFolder}`, {}]];
  if (folder.startsWith('stackone')) runs.push(['statusCode overrides', STACKONE_SETTINGS]);
  for (const [label, options] of runs) {
    const agreement = measureCorpusFolder(join(corpus, folder), options, join(corpus, oracleFolder));
    const cells = [agreement.wireNames, agreement.required, agreement.nullable, agreement.typeKind, agreement.enumValues, agreement.requiredNullable].map(percent);
    console.log(`| ${folder} | ${label} | ${cells.join(' | ')} |`);
    for (const mismatch of agreement.wireNameMismatches) {
      const note = mismatch.shownByExample ? ' (an example shows it)' : '';
      mismatchLines.push(`${folder}, ${label}: ${mismatch.model}.${mismatch.field} is \`${mismatch.ours}\`, the oracle says \`${mismatch.oracle}\`${note}`);
    }
  }
}
if (mismatchLines.length > 0) console.log(`\nWrong wire names:\n${mismatchLines.join('\n')}`);
