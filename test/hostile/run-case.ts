import { generate, type GenerateResult } from '../../generator/generate.js';

/** A diagnostic as a case's expected.json lists it. */
export interface ExpectedDiagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  file: string;
  line: number;
  column: number;
}

/** What a case folder under test/hostile/cases must give. */
export interface CaseExpectation {
  /** What the case is about. */
  about: string;
  /** Every error and warning, exactly; info diagnostics listed here must be among those reported. */
  diagnostics: ExpectedDiagnostic[];
  /** The docs whose models are generated even though other docs have errors. */
  generated: string[];
  /** Whether the generated files must compile with strict options. */
  compiles: boolean;
}

/** Generates a case folder in memory, as the CLI does with `--keep-going`, with the banner paths relative to the folder. */
export function runCase(folder: string): GenerateResult {
  return generate({ input: '.', out: 'generated', cwd: folder, keepGoing: true });
}

/** The diagnostics of a run in the form expected.json lists them, in the run's order. */
export function listedDiagnostics(result: GenerateResult): ExpectedDiagnostic[] {
  return result.diagnostics.map((diagnostic) => ({
    code: diagnostic.code,
    severity: diagnostic.severity,
    file: diagnostic.source?.file ?? '',
    line: diagnostic.source?.line ?? 0,
    column: diagnostic.source?.column ?? 0,
  }));
}

/** The docs that produced a generated file. */
export function generatedDocs(result: GenerateResult): string[] {
  return result.files.flatMap((file) => (file.doc === undefined ? [] : [file.doc])).sort();
}
