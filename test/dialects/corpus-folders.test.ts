import { describe, expect, it } from 'vitest';
import { DiagnosticBag, formatDiagnostic } from '../../generator/diagnostics/diagnostic.js';
import { buildModelDocument } from '../../generator/model/build-model-document.js';
import { DIALECTS } from '../../generator/parse/dialects/index.js';
import { buildCorpusFolder } from './corpus.js';

/** Every corpus folder, the dialect it must be detected as, and how many models it contains. */
const FOLDERS: { folder: string; dialect: string; models: number }[] = [
  { folder: 'stackone-php/2024-10-11', dialect: 'php', models: 1213 },
  { folder: 'stackone-php/2025-11-30', dialect: 'php', models: 2418 },
  { folder: 'dub-php/2026-07-04', dialect: 'php', models: 505 },
  { folder: 'stackone-typescript/2026-02-24', dialect: 'typescript', models: 2435 },
  { folder: 'clerk-python/2026-06-12', dialect: 'python', models: 881 },
  { folder: 'dub-go/2026-07-04', dialect: 'go', models: 456 },
  { folder: 'stackone-java/2026-02-09', dialect: 'java', models: 2438 },
  { folder: 'stackone-csharp/2025-12-05', dialect: 'csharp', models: 2402 },
  { folder: 'clerk-csharp/2026-06-11', dialect: 'csharp', models: 1105 },
  { folder: 'stackone-ruby/2026-04-23', dialect: 'ruby', models: 2456 },
];

describe('corpus folders', () => {
  it.each(FOLDERS)('reads $folder without problems', { timeout: 180_000 }, ({ folder, dialect, models }) => {
    const { result, diagnostics } = buildCorpusFolder(folder);
    // Examples that contradict their own docs are the docs' mistakes, not the reader's, and have their own test.
    const problems = diagnostics.sorted().filter((item) => item.severity !== 'info' && item.code !== 'invalid-example');

    expect(result.document.dialect).toBe(dialect);
    expect(problems.map((item) => formatDiagnostic(item))).toEqual([]);
    expect(result.document.models).toHaveLength(models);
  });
});

describe('dialect option', () => {
  it('forces a dialect by name', { timeout: 180_000 }, () => {
    const { result } = buildCorpusFolder('dub-go/2026-07-04', 'python');
    expect(result.document.dialect).toBe('python');
  });

  it.each(DIALECTS.filter((dialect) => dialect.name !== 'go'))('reports Go docs read as $name', { timeout: 180_000 }, ({ name }) => {
    const { diagnostics } = buildCorpusFolder('dub-go/2026-07-04', name);
    const errors = diagnostics.items.filter((item) => item.severity === 'error');

    expect(errors.length).toBeGreaterThan(100);
    expect(errors.filter((item) => item.source === undefined || item.source.line < 1)).toEqual([]);
  });

  it('reports an unknown dialect name', () => {
    const diagnostics = new DiagnosticBag();
    const result = buildModelDocument([], diagnostics, { dialect: 'cobol' });
    expect(result.document.dialect).toBe('php');
    expect(diagnostics.items.filter((item) => item.severity !== 'info').map((item) => [item.code, item.severity])).toEqual([['unknown-dialect', 'error']]);
  });
});
