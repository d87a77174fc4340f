import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogEntry, DIAGNOSTIC_CATALOG } from '../../generator/diagnostics/catalog.js';
import { REPO_ROOT } from './helpers.js';

/** Where the code base reports a diagnostic, with the code and the severity when the call states it. */
const PATTERNS: { pattern: RegExp; severity?: number; code: number }[] = [
  { pattern: /code: '([a-z0-9-]+)'/g, code: 1 },
  { pattern: /code: '([a-z0-9-]+)',\s*severity: '(error|warning|info)'/g, code: 1, severity: 2 },
  { pattern: /report\('(error|warning|info)', '([a-z0-9-]+)'/g, severity: 1, code: 2 },
  { pattern: /report\('(?!error'|warning'|info')([a-z0-9-]+)',/g, code: 1 },
  { pattern: /configDiagnostic\(place, '([a-z0-9-]+)'/g, code: 1 },
  { pattern: /new StagingFolderError\('([a-z0-9-]+)'/g, code: 1 },
  { pattern: /\.note\?\.\('([a-z0-9-]+)'/g, code: 1 },
];

/** Finds every diagnostic code in generator/ sources. */
function reportedCodes(): { code: string; severity?: string; file: string }[] {
  const root = join(REPO_ROOT, 'generator');
  const found: { code: string; severity?: string; file: string }[] = [];
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('catalog.ts') && !file.includes('runtime/'));
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const { pattern, severity, code } of PATTERNS) {
      for (const match of text.matchAll(pattern)) found.push({ code: match[code]!, file, ...(severity === undefined ? {} : { severity: match[severity]! }) });
    }
  }
  return found;
}

describe('diagnostic catalog', () => {
  it('lists every code the code base reports', () => {
    const reported = reportedCodes();
    expect(reported.length).toBeGreaterThan(20);
    const missing = reported.filter((entry) => catalogEntry(entry.code) === undefined).map((entry) => `${entry.code} (${entry.file})`);
    expect(missing).toEqual([]);
  });

  it('states the severity the code base uses', () => {
    const mismatched = reportedCodes()
      .filter((entry) => entry.severity !== undefined && catalogEntry(entry.code)?.severity !== entry.severity)
      .map((entry) => `${entry.code}: ${entry.severity} in ${entry.file}`);
    expect(mismatched).toEqual([]);
  });

  it('lists no code that nothing reports', () => {
    const reported = new Set(reportedCodes().map((entry) => entry.code));
    expect(DIAGNOSTIC_CATALOG.map((entry) => entry.code).filter((code) => !reported.has(code))).toEqual([]);
  });

  it('lists each code once', () => {
    const codes = DIAGNOSTIC_CATALOG.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
