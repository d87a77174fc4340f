/**
 * Prints how far the intermediate models of one API, read from docs in two SDK dialects, agree.
 *
 *   npx tsx scripts/compare-dialects.ts [corpus folder] [left right]...
 *
 * Without arguments it compares the corpus pairs in `../shared/corpus` beside the repository.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticBag } from '../generator/diagnostics/diagnostic.js';
import { compareDocuments, type Agreement, type DocumentComparison } from '../generator/model/compare/compare-documents.js';
import { buildModelDocument } from '../generator/model/build-model-document.js';
import { readDocsFolder } from '../generator/parse/read-docs-folder.js';

const DEFAULT_PAIRS: [string, string][] = [
  ['dub-php/2026-07-04', 'dub-go/2026-07-04'],
  ['clerk-python/2026-06-12', 'clerk-csharp/2026-06-11'],
  ['stackone-php/2025-11-30', 'stackone-csharp/2025-12-05'],
];

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [corpusArgument, ...pairArguments] = process.argv.slice(2);
const corpus = resolve(corpusArgument ?? join(repositoryRoot, '../shared/corpus'));
const pairs = pairArguments.length >= 2 ? toPairs(pairArguments) : DEFAULT_PAIRS;

for (const [left, right] of pairs) {
  const comparison = compareDocuments(readFolder(left), readFolder(right));
  console.log(formatComparison(`${left} and ${right}`, comparison));
}

function readFolder(folder: string) {
  const diagnostics = new DiagnosticBag();
  const docs = readDocsFolder(join(corpus, folder, 'docs'), diagnostics);
  return buildModelDocument(docs, diagnostics).document;
}

function toPairs(names: string[]): [string, string][] {
  const result: [string, string][] = [];
  for (let index = 0; index + 1 < names.length; index += 2) result.push([names[index]!, names[index + 1]!]);
  return result;
}

function formatComparison(title: string, comparison: DocumentComparison): string {
  const { models, fields, enums, unions } = comparison;
  const lines = [
    `== ${title} (${comparison.left.dialect}: ${comparison.left.models} models, ${comparison.right.dialect}: ${comparison.right.models} models)`,
    `models: ${models.paired} paired, ${models.onlyLeft} only left, ${models.onlyRight} only right; name ${ratio(models.name)}, kind ${ratio(models.kind)}`,
    `fields: ${fields.paired} paired, ${fields.onlyLeft} only left, ${fields.onlyRight} only right; name ${ratio(fields.name)}, type ${ratio(fields.type)}, required ${ratio(fields.required)}, nullable ${ratio(fields.nullable)}`,
    `enums: ${enums.paired} paired; values ${ratio(enums.values)}`,
    `unions: ${unions.paired} paired; members ${ratio(unions.members)}`,
    'disagreements:',
  ];
  for (const group of comparison.disagreements) {
    lines.push(`  ${String(group.count).padStart(5)}  [${group.fromDocs ? 'docs' : 'reading'}] ${group.cause}`);
    for (const example of group.examples) lines.push(`           e.g. ${example}`);
  }
  return lines.join('\n') + '\n';
}

function ratio(agreement: Agreement): string {
  return `${agreement.agreed}/${agreement.compared}`;
}
