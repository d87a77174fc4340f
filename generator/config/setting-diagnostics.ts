import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { UnmatchedSetting } from '../model/build-model-document.js';
import type { SourcePosition } from '../model/types.js';

/** The position of one setting entry in the configuration file. */
export interface SettingPosition {
  source: SourcePosition;
  sourceLine?: string;
}

/** The positions of the `nullable` entries, wire-name override keys and `enums.open` names, keyed by the entry. */
export type SettingPositions = Record<UnmatchedSetting['setting'], Map<string, SettingPosition>>;

/** Returns empty position maps, for a run without a configuration file. */
export function noSettingPositions(): SettingPositions {
  return { nullable: new Map(), wireNameOverride: new Map(), openEnum: new Map() };
}

/** The warning for an entry of each setting that names no field, and how to write the entry instead. */
const UNMATCHED_WARNINGS = {
  nullable: { code: 'unknown-nullable-override', severity: 'warning', subject: 'the nullable entry', target: 'no field of an object model', form: '`Model.field`' },
  wireNameOverride: { code: 'unknown-wire-name-override', severity: 'warning', subject: 'the wire-name override', target: 'no field of an object model', form: '`Model.field` or `*.field`' },
  openEnum: { code: 'unknown-open-enum', severity: 'warning', subject: 'the open enum', target: 'no enum model', form: 'the name of an enum model' },
} as const;

/**
 * Turns the setting entries that name nothing in the docs into warnings that point at the configuration
 * file, so a misspelt model or field name does not go unnoticed.
 */
export function unmatchedSettingDiagnostics(unmatched: readonly UnmatchedSetting[], positions?: SettingPositions): Diagnostic[] {
  return unmatched.map(({ setting, entry }) => {
    const { code, severity, subject, target, form } = UNMATCHED_WARNINGS[setting];
    const place = positions?.[setting].get(entry);
    return {
      code,
      severity,
      message: `${subject} \`${entry}\` names ${target}; write it as ${form} with the names the docs use`,
      ...(place ? { source: place.source, ...(place.sourceLine === undefined ? {} : { sourceLine: place.sourceLine }) } : {}),
    };
  });
}
