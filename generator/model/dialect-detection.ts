import type { DiagnosticBag } from '../diagnostics/diagnostic.js';
import type { Dialect } from '../parse/dialect.js';
import { DIALECTS, findDialect, scoreDialects } from '../parse/dialects/index.js';
import { phpDialect } from '../parse/dialects/php.js';
import type { DocSource } from '../parse/read-docs-folder.js';

/** How many docs, spread over the folder, the dialect detection reads. */
const DETECTION_SAMPLE_SIZE = 200;

/**
 * The lowest marker score that counts as strong evidence. One doc with a dialect's code fence
 * scores 3, and each corpus folder of real SDK docs scores 260 or more.
 */
const STRONG_SCORE = 5;

/** The result of detecting a dialect from the docs: its score, the runner-up's, and whether the evidence is weak. */
export interface DialectDetection {
  dialect: Dialect;
  score: number;
  sampleSize: number;
  runnerUp: { dialect: Dialect; score: number } | undefined;
  /** True when the score is below STRONG_SCORE or the runner-up scores more than half of it. */
  weak: boolean;
}

/** Returns the dialect the options name, or the one detected from a sample of the docs with how it was detected. */
export function chooseDialect(docs: readonly DocSource[], requested: Dialect | string | undefined, diagnostics: DiagnosticBag): { dialect: Dialect; detection?: DialectDetection } {
  if (typeof requested === 'object') return { dialect: requested };
  if (requested !== undefined) {
    const named = findDialect(requested);
    if (named) return { dialect: named };
    diagnostics.add({ code: 'unknown-dialect', severity: 'error', message: `unknown dialect \`${requested}\`; expected one of ${dialectNames()}. The dialect is detected from the docs instead` });
  }
  const detection = detectFromSample(sampleDocs(docs).map((doc) => doc.text));
  reportDetection(detection, diagnostics);
  return { dialect: detection.dialect, detection };
}

function detectFromSample(texts: readonly string[]): DialectDetection {
  const scores = scoreDialects(texts);
  // With no marker at all, PHP is read, as the tool always has.
  const best = scores[0] !== undefined && scores[0].score > 0 ? scores[0] : { dialect: phpDialect, score: 0 };
  const dialect = best.dialect;
  const score = best.score;
  const runnerUp = scores.find((entry) => entry.dialect !== dialect);
  const weak = score < STRONG_SCORE || (runnerUp !== undefined && runnerUp.score * 2 > score);
  return { dialect, score, sampleSize: texts.length, runnerUp, weak };
}

/** Adds an info that names the detected dialect and the strength of the evidence, and suggests `--dialect` when it is weak. */
function reportDetection(detection: DialectDetection, diagnostics: DiagnosticBag): void {
  const evidence = describeEvidence(detection);
  const message = detection.weak
    ? `the docs are read in the ${detection.dialect.name} dialect, detected from weak evidence (${evidence}); if the docs come from another SDK, pass --dialect with one of ${dialectNames()}`
    : `the docs are read in the ${detection.dialect.name} dialect, detected from their markers (${evidence})`;
  diagnostics.add({ code: 'dialect-detected', severity: 'info', message });
}

function describeEvidence(detection: DialectDetection): string {
  const docs = detection.sampleSize === 1 ? '1 doc' : `${detection.sampleSize} docs`;
  if (detection.score === 0) return `no dialect's markers in ${docs}, so the default, php, is read`;
  const runnerUp = detection.runnerUp === undefined ? '' : `; the next dialect, ${detection.runnerUp.dialect.name}, scores ${detection.runnerUp.score}`;
  return `a marker score of ${detection.score} in ${docs}${runnerUp}`;
}

/** Codes of the errors that a Type cell read in the wrong dialect gives. */
const TYPE_ERROR_CODES = new Set(['invalid-type', 'unknown-type']);

/** How many Type cell errors suggest that the docs are in another dialect than the detected one. */
const MANY_TYPE_ERRORS = 3;

/**
 * Adds a warning that names the detected dialect when the docs gave 3 or more Type cell errors, or
 * any when another dialect scored close, since the docs may come from another SDK. `errorsFrom` is
 * the index in the bag of the first diagnostic of the doc reading.
 */
export function reportTypeErrorsOfDetectedDialect(detection: DialectDetection | undefined, diagnostics: DiagnosticBag, errorsFrom: number): void {
  if (detection === undefined) return;
  const typeErrors = diagnostics.items.slice(errorsFrom).filter((item) => item.severity === 'error' && TYPE_ERROR_CODES.has(item.code));
  const contested = detection.weak && detection.runnerUp !== undefined && detection.runnerUp.score > 0;
  if (typeErrors.length < MANY_TYPE_ERRORS && !(contested && typeErrors.length > 0)) return;

  const files = new Set(typeErrors.map((item) => item.source?.file));
  const suggestion = detection.runnerUp !== undefined && detection.runnerUp.score > 0 ? ` such as --dialect ${detection.runnerUp.dialect.name}` : '';
  const message =
    `${typeErrors.length} Type cells in ${files.size === 1 ? '1 doc' : `${files.size} docs`} cannot be read in the ${detection.dialect.name} dialect, ` +
    `which was detected from the docs (${describeEvidence(detection)}); if the docs come from another SDK, pass its dialect${suggestion} (one of ${dialectNames()})`;
  // The warning sits at the first such error, so that, like every warning, it points into a doc.
  const first = typeErrors[0]!;
  diagnostics.add({ code: 'detected-dialect-type-errors', severity: 'warning', message, ...(first.source ? { source: first.source } : {}), ...(first.sourceLine === undefined ? {} : { sourceLine: first.sourceLine }) });
}

function dialectNames(): string {
  return DIALECTS.map((dialect) => dialect.name).join(', ');
}

/** Picks up to DETECTION_SAMPLE_SIZE docs spread evenly over the folder, so one subfolder cannot decide alone. */
function sampleDocs(docs: readonly DocSource[]): DocSource[] {
  if (docs.length <= DETECTION_SAMPLE_SIZE) return [...docs];
  const step = docs.length / DETECTION_SAMPLE_SIZE;
  return Array.from({ length: DETECTION_SAMPLE_SIZE }, (_, index) => docs[Math.floor(index * step)]!);
}
