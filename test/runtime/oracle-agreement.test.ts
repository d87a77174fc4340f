import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { loadModelDocument } from '../../generator/model/load-model-document.js';
import { measureOracleAgreement, type Oracle } from '../../generator/model/oracle-agreement.js';
import { assignWireNames } from '../../generator/model/wire-names.js';

const corpus = fileURLToPath(new URL('../../../shared/corpus', import.meta.url));

function load(folder: string) {
  const oracle = JSON.parse(readFileSync(join(corpus, folder, 'oracle.json'), 'utf8')) as Oracle;
  const { document, diagnostics } = loadModelDocument(join(corpus, folder, 'docs'));
  const invalidExamples = diagnostics.items.filter((diagnostic) => diagnostic.code === 'invalid-example');
  return { oracle, document, invalidExamples };
}

describe.skipIf(!existsSync(corpus))('oracle agreement', () => {
  it('StackOne wire names, defaults and overrides', () => {
    const { oracle, document, invalidExamples } = load('stackone-php/2025-11-30');
    // Real mismatches in the docs, most of them an enum wrapper object shown by its inner value.
    expect(invalidExamples).toHaveLength(115);
    expect(invalidExamples.every((diagnostic) => diagnostic.severity === 'warning')).toBe(true);

    const defaults = measureOracleAgreement(document, oracle);
    expect(defaults.wireNames.total).toBe(3732);
    expect(defaults.wireNames.agree).toBeGreaterThanOrEqual(3707);
    expect(defaults.wireNameMismatches.filter((mismatch) => mismatch.shownByExample)).toEqual([]);
    // Names that only examples tell: street_1 from a list of field names, reply-to from an example object.
    const wrong = defaults.wireNameMismatches.map((mismatch) => `${mismatch.model}.${mismatch.field}`);
    expect(wrong).not.toContain('HRISLocation.street1');
    expect(wrong).not.toContain('WorkLocation.street2');
    expect(wrong).not.toContain('EmailMessageContents.replyTo');
    expect(wrong).not.toContain('DownloadHeadersApiModel.contentType');
    expect(defaults.required).toEqual({ agree: 3732, total: 3732 });
    expect(defaults.nullable).toEqual({ agree: 3732, total: 3732 });
    expect(defaults.typeKind.agree).toBeGreaterThanOrEqual(3729);
    expect(defaults.enumValues).toEqual({ agree: 335, total: 335 });

    // The settings the StackOne docs cannot tell: most bodies write `statusCode` in camelCase.
    const overrides = { '*.statusCode': 'statusCode', 'Response.statusCode': 'status_code', 'StepLogResponse.statusCode': 'status_code' };
    assignWireNames(document.models, { overrides }, new DiagnosticBag());
    const configured = measureOracleAgreement(document, oracle);
    expect(configured.wireNames.agree).toBeGreaterThanOrEqual(3729);
    expect(configured.wireNames.agree / configured.wireNames.total).toBeGreaterThanOrEqual(0.999);
  });

  it('Dub wire names and nullable required fields', () => {
    const { oracle, document, invalidExamples } = load('dub-php/2026-07-04');
    expect(invalidExamples).toEqual([]);
    const agreement = measureOracleAgreement(document, oracle);

    expect(agreement.wireNames.total).toBe(1904);
    expect(agreement.wireNames.agree).toBeGreaterThanOrEqual(1832);
    expect(agreement.wireNameMismatches.filter((mismatch) => mismatch.shownByExample)).toEqual([]);
    expect(agreement.enumValues).toEqual({ agree: 127, total: 127 });
    // The PHP docs cannot show a required field that may be null; the oracle has 312 of them.
    expect(agreement.requiredNullable.total).toBe(312);
  });

  it('Dub Go wire names against the PHP oracle', () => {
    // dub-go documents the same Dub API version as dub-php, so the PHP oracle describes its models too.
    const { oracle, document: phpDocument } = load('dub-php/2026-07-04');
    const { document } = loadModelDocument(join(corpus, 'dub-go/2026-07-04', 'docs'));
    const agreement = measureOracleAgreement(document, oracle);

    expect(agreement.wireNames.total).toBe(1902);
    expect(agreement.wireNames.agree).toBeGreaterThanOrEqual(1830);
    expect(agreement.wireNameMismatches.filter((mismatch) => mismatch.shownByExample)).toEqual([]);
    // Go field names such as `SaleAmount` and `RefererURL` map back to the camelCase keys.
    const wrong = agreement.wireNameMismatches.map((mismatch) => `${mismatch.model}.${mismatch.field}`);
    expect(wrong).not.toContain('AnalyticsCount.saleAmount');
    expect(wrong).not.toContain('AnalyticsRefererUrls.refererUrl');
    // Every miss is one the PHP docs of the same API make too (`utm_source`, `click_id`, `doc_url`).
    const phpWrong = new Set(measureOracleAgreement(phpDocument, oracle).wireNameMismatches.map((mismatch) => `${mismatch.model}.${mismatch.field}`));
    expect(wrong.filter((name) => !phpWrong.has(name))).toEqual([]);
  });
});
