import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffModelDocuments } from '../../generator/diff/diff-model-documents.js';
import type { Change, DocsChangeReport } from '../../generator/diff/report.js';
import { loadModelDocument } from '../../generator/model/load-model-document.js';
import type { ModelDocument } from '../../generator/model/types.js';
import { modelChanges } from './php-docs.js';

// The corpus folder sits beside the repository checkout, in CI as well as on development machines.
const corpus = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus', 'stackone-php');

/** Loads a docs folder of the corpus, failing on errors in its docs. */
function loadCorpus(version: string): ModelDocument {
  const folder = join(corpus, version, 'docs');
  if (!existsSync(folder)) throw new Error(`the corpus folder ${folder} is missing; clone the shared folder beside the repository`);
  const { document, diagnostics } = loadModelDocument(folder);
  if (diagnostics.hasErrors) throw new Error(`the corpus docs of ${version} have errors: ${diagnostics.sorted().filter((item) => item.severity === 'error').map((item) => item.message).join('; ')}`);
  return document;
}

function changeOf(changes: readonly Change[], kind: Change['kind'], subject: string): Change {
  const found = changes.find((change) => change.kind === kind && change.subject === subject);
  if (!found) throw new Error(`no ${kind} change for ${subject}; found ${changes.map((change) => `${change.kind} ${change.subject}`).join(', ')}`);
  return found;
}

describe('StackOne PHP docs, 2024-10-11 to 2025-11-30', () => {
  let report: DocsChangeReport;
  let comparisonMilliseconds: number;

  beforeAll(() => {
    const before = loadCorpus('2024-10-11');
    const after = loadCorpus('2025-11-30');
    const start = performance.now();
    report = diffModelDocuments(before, after);
    comparisonMilliseconds = performance.now() - start;
  }, 300_000);

  describe('LmsCreateCompletionRequestDto', () => {
    const file = 'Models/Components/LmsCreateCompletionRequestDto.md';

    it('written in requests', () => {
      const model = modelChanges(report, file);
      expect(model.status).toBe('changed');
      expect(model.usage).toBe('request');
      expect(model.breaking).toBe(true);
    });

    it('externalId removed', () => {
      const change = changeOf(modelChanges(report, file).changes, 'field-removed', 'externalId');
      expect(change.before).toBe('optional nullable string');
      expect(change.breaking).toEqual({ readers: false, writers: true });
    });

    it('learningObjectExternalReference added as required', () => {
      const change = changeOf(modelChanges(report, file).changes, 'field-added', 'learningObjectExternalReference');
      expect(change.after).toBe('required string');
      expect(change.breaking).toEqual({ readers: false, writers: true });
    });

    it('completedAt became a date-time', () => {
      const change = changeOf(modelChanges(report, file).changes, 'field-type-changed', 'completedAt');
      expect([change.before, change.after]).toEqual(['string', 'date-time']);
      expect(change.breaks).toEqual({ readers: true, writers: true });
      expect(change.breaking).toEqual({ readers: false, writers: true });
    });

    it('content fields deprecated', () => {
      const changes = modelChanges(report, file).changes;
      for (const field of ['contentId', 'contentExternalReference']) {
        const change = changeOf(changes, 'field-deprecated', field);
        expect(change.breaking).toEqual({ readers: false, writers: false });
      }
    });

    it('every change listed', () => {
      const changes = modelChanges(report, file).changes;
      expect(changes.map((change) => `${change.kind} ${change.subject}`).sort()).toEqual([
        'field-added learningObjectExternalReference',
        'field-added learningObjectId',
        'field-added timeSpent',
        'field-deprecated contentExternalReference',
        'field-deprecated contentId',
        'field-removed externalId',
        'field-type-changed completedAt',
      ]);
    });
  });

  it('guessed renames', () => {
    const renamed = report.models.filter((model) => model.status === 'renamed');
    expect(renamed.map((model) => [model.rename?.from.name, model.name, model.rename?.evidence])).toEqual([
      ['JobHiringTeam', 'AtsJobHiringTeam', 'same-shape'],
      ['JobValue', 'AtsJobValue', 'same-shape'],
    ]);
  });

  it('upsert content tightened for writers', () => {
    const changes = modelChanges(report, 'Models/Components/LmsUpsertContentRequestDto.md').changes;
    expect(changeOf(changes, 'field-made-required', 'externalReference').breaking).toEqual({ readers: false, writers: true });
    expect(changeOf(changes, 'field-removed', 'courseIds').breaking).toEqual({ readers: false, writers: true });
  });

  // The 2024 docs head 112 union members with a bare `array` and no `@var` annotation, which reads
  // as a list or a map. The 2025 docs annotate them `array<mixed>`, a list, so each counts as a map
  // member removed.
  it('report counts', () => {
    expect(report.summary).toEqual({
      modelsAdded: 1289,
      modelsRemoved: 84,
      modelsRenamed: 2,
      modelsChanged: 555,
      modelsUnchanged: 572,
      changes: 2645,
      breakingChanges: 623,
      breakingForReaders: 393,
      breakingForWriters: 255,
      byKind: {
        'enum-value-added': 435,
        'field-added': 391,
        'field-deprecated': 44,
        'field-made-non-nullable': 1,
        'field-made-nullable': 2,
        'field-made-optional': 2,
        'field-made-required': 1,
        'field-removed': 73,
        'field-type-changed': 183,
        'model-added': 1289,
        'model-deprecated': 17,
        'model-kind-changed': 9,
        'model-removed': 84,
        'model-renamed': 2,
        'union-member-removed': 112,
      },
    });
    expect(report.breaking).toBe(true);
  });

  it('enum values added that break readers', () => {
    const added = report.models.flatMap((model) => model.changes).filter((change) => change.kind === 'enum-value-added');
    expect(added.filter((change) => change.breaking.readers)).toHaveLength(238);
    expect(added.filter((change) => change.breaking.writers)).toHaveLength(0);
  });

  it('comparison takes under three seconds', () => {
    // Measured at about 0.1 s on a development machine; the bound only catches a quadratic slip.
    expect(comparisonMilliseconds).toBeLessThan(3_000);
  });
});
