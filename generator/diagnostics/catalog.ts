import type { Severity } from './diagnostic.js';

/** One diagnostic code the tool can report. */
export interface CatalogEntry {
  code: string;
  severity: Severity;
  /** A one-line description of the problem. */
  explanation: string;
}

/**
 * Every diagnostic code the code base reports, with its severity and a one-line explanation.
 * A test checks that each code reported anywhere in generator/ is listed here.
 */
export const DIAGNOSTIC_CATALOG: readonly CatalogEntry[] = [
  // Reading the docs folder
  { code: 'no-model-docs', severity: 'error', explanation: 'The docs folder holds no model docs, so nothing is generated and the output folder is left alone.' },
  { code: 'binary-file', severity: 'error', explanation: 'A `.md` file in the docs folder contains NUL bytes, so it is not a text doc.' },
  { code: 'invalid-utf8', severity: 'error', explanation: 'A doc is not valid UTF-8.' },
  { code: 'not-a-model-doc', severity: 'info', explanation: 'A doc has no Fields, Values or Supported Types section and was skipped.' },
  { code: 'doc-too-large', severity: 'error', explanation: 'A doc is larger than the size limit (32 MiB by default) and was not read.' },
  { code: 'unreadable-doc', severity: 'error', explanation: 'A doc cannot be read, for example for lack of permission.' },
  { code: 'link-outside-docs', severity: 'error', explanation: 'A symbolic link in the docs folder leads to a file outside it; it is not read.' },
  { code: 'broken-link-file', severity: 'warning', explanation: 'A symbolic link in the docs folder leads to no file and is skipped.' },
  { code: 'doc-too-deep', severity: 'error', explanation: 'A line opens more than 32 nested quotes or list items, or the doc nests too deeply for the markdown parser.' },
  { code: 'doc-too-complex', severity: 'error', explanation: 'A doc has more than 150,000 markdown tokens (lines, words and markup characters), so it is not read: the markdown parser needs several KiB of memory for each token.' },
  { code: 'read-failed', severity: 'error', explanation: 'Reading a doc failed with an unexpected exception, a bug in the reader; the other docs are still read.' },

  // Reading one doc
  { code: 'missing-title', severity: 'error', explanation: 'A model doc has no `# Name` heading before its first section.' },
  { code: 'missing-model-name', severity: 'error', explanation: 'The `# Name` heading of a model doc is empty.' },
  { code: 'extra-title', severity: 'error', explanation: 'A model doc has a second `#` heading after its title.' },
  { code: 'duplicate-section', severity: 'error', explanation: 'A model doc has a second Fields, Values or Supported Types section.' },
  { code: 'mixed-sections', severity: 'error', explanation: 'A doc has more than one of the Fields, Values and Supported Types sections.' },
  { code: 'missing-table', severity: 'error', explanation: 'A Fields or Values section has no table.' },
  { code: 'extra-table', severity: 'error', explanation: 'A Fields or Values section has more than one table.' },
  { code: 'fields-table-header', severity: 'error', explanation: 'A Fields table lacks a Field or a Type column.' },
  { code: 'values-table-header', severity: 'error', explanation: 'A Values table has neither a Name nor a Value column.' },
  { code: 'unknown-column', severity: 'warning', explanation: 'A Fields table has a column the tool does not know; it is ignored.' },
  { code: 'missing-cell', severity: 'error', explanation: 'A table row has fewer cells than its columns need.' },
  { code: 'duplicate-field', severity: 'error', explanation: 'A Fields table lists the same field name twice, compared after Unicode NFC normalization.' },
  { code: 'invisible-character', severity: 'warning', explanation: 'A field name contains a bidirectional formatting character (U+200E, U+200F, U+061C, U+202A-U+202E, U+2066-U+2069).' },
  { code: 'missing-field-name', severity: 'error', explanation: 'The Field cell of a row is empty.' },
  { code: 'empty-enum', severity: 'error', explanation: 'A Values section lists no values, and the enum is not open.' },
  { code: 'empty-enum-row', severity: 'error', explanation: 'A row of a Values table has neither a name nor a value.' },
  { code: 'enum-integer-unsafe', severity: 'warning', explanation: 'Every value of an enum is written as an integer, but one is beyond the safe integer range, so the enum is a string enum.' },
  { code: 'enum-digit-strings', severity: 'info', explanation: 'Every value of an enum is written as an integer, but one has a leading zero or sign, so the enum is a string enum.' },
  { code: 'duplicate-enum-value', severity: 'warning', explanation: 'Two members of an enum have the same value.' },
  { code: 'unquoted-field-name', severity: 'warning', explanation: 'A field name is not in backticks, for example after an unclosed backtick.' },
  { code: 'extra-cells', severity: 'warning', explanation: 'A table row has more cells than its header; the extra cells are ignored.' },
  { code: 'unknown-type', severity: 'error', explanation: 'A Type cell names a type the dialect does not know.' },
  { code: 'type-too-deep', severity: 'error', explanation: 'A Type cell nests brackets or links more than 32 levels deep.' },
  { code: 'invalid-type', severity: 'error', explanation: 'A field type or union member type cannot be read.' },
  { code: 'invalid-required', severity: 'error', explanation: 'A Required cell holds neither :heavy_check_mark: nor :heavy_minus_sign:.' },
  { code: 'unread-var-annotation', severity: 'info', explanation: 'The `@var` annotation under a PHP union member headed `array` cannot be read or names a type that is not an array, so the member is a list or a map of any values.' },
  { code: 'union-without-members', severity: 'warning', explanation: 'A Supported Types section has no `###` member headings, so the union accepts any value.' },
  { code: 'empty-union-member', severity: 'error', explanation: 'A union member heading in Supported Types is empty.' },

  // Resolving references between docs
  { code: 'unresolved-reference', severity: 'error', explanation: 'A type refers to a model or doc that is not in the docs folder.' },
  { code: 'ambiguous-reference', severity: 'error', explanation: 'A type refers to a model name that more than one doc defines.' },
  { code: 'reference-outside-docs', severity: 'error', explanation: 'A link points outside the docs folder.' },
  { code: 'duplicate-model-name', severity: 'info', explanation: 'Two docs in different folders define models of the same name.' },
  { code: 'reference-cycle', severity: 'info', explanation: 'Models refer to each other in a cycle; the validators still end on any finite value.' },
  { code: 'required-reference-cycle', severity: 'warning', explanation: 'Models require each other through required, non-nullable properties, so no finite value fits them.' },
  { code: 'nested-union', severity: 'info', explanation: 'A union member is itself a union, whose members the outer union accepts.' },
  { code: 'union-cycle', severity: 'error', explanation: 'Unions contain each other without an object or array in between.' },
  { code: 'depends-on-broken-doc', severity: 'warning', explanation: 'With `--keep-going`, a model is left out because it refers to a doc with errors.' },

  // Naming generated code
  { code: 'renamed-model', severity: 'info', explanation: 'A model is generated under another TypeScript name, because its own is invalid, reserved or taken.' },
  { code: 'renamed-enum-member', severity: 'info', explanation: 'An enum member is generated under another key, because its name is not an identifier or collides.' },

  // The configuration file
  { code: 'config-not-found', severity: 'error', explanation: 'The file passed with `--config` does not exist.' },
  { code: 'config-syntax', severity: 'error', explanation: 'The configuration file is not valid YAML.' },
  { code: 'config-unknown-key', severity: 'error', explanation: 'The configuration file has a key the tool does not know.' },
  { code: 'config-invalid-value', severity: 'error', explanation: 'A value in the configuration file has the wrong type or is not one of the valid choices.' },
  { code: 'docs-folder-not-found', severity: 'error', explanation: 'The docs folder given with `--input` or in the configuration does not exist, or is a file.' },
  { code: 'unknown-nullable-override', severity: 'warning', explanation: 'A `nullable` entry of the configuration names no field of an object model.' },
  { code: 'unknown-wire-name-override', severity: 'warning', explanation: 'A `wireNames.overrides` key of the configuration names no field of an object model.' },
  { code: 'duplicate-wire-name', severity: 'error', explanation: 'Two fields of one model have the same wire name, so one JSON key would carry two values.' },
  { code: 'unknown-open-enum', severity: 'warning', explanation: 'An `enums.open` entry of the configuration names no enum model.' },

  // The output folder
  { code: 'output-conflict', severity: 'error', explanation: 'A generated file would overwrite a file in the output folder that the tool did not generate.' },
  { code: 'staging-folder-busy', severity: 'error', explanation: 'Another running md-models-ts process is writing to the same output folder.' },
  { code: 'staging-folder-foreign', severity: 'error', explanation: 'A folder the tool did not create has the name of its staging folder.' },
  { code: 'unfinished-write', severity: 'error', explanation: '`check` found the committed but unfinished write of an interrupted run; `generate` finishes it.' },

  // Dialects, wire names, settings and examples
  { code: 'unknown-dialect', severity: 'error', explanation: 'The dialect named in the settings is not one the tool reads; the dialect is detected instead.' },
  { code: 'dialect-detected', severity: 'info', explanation: 'The dialect was detected from the docs; the message gives the marker scores and suggests `--dialect` when the evidence is weak.' },
  { code: 'detected-dialect-type-errors', severity: 'warning', explanation: 'Docs read in a detected dialect gave many Type cell errors, so they may come from another SDK; pass `--dialect`.' },
  { code: 'invalid-enum-code', severity: 'error', explanation: 'The code block of an enum doc cannot be read as a list of values.' },
  { code: 'union-members-undocumented', severity: 'info', explanation: 'A union doc lists no members and no field spells them out, so the union accepts any value.' },
  { code: 'conflicting-union-members', severity: 'warning', explanation: 'Fields link to one title-only union doc with link texts that spell out different members; the union takes the members of all of them.' },
  { code: 'unresolved-union-member', severity: 'info', explanation: 'A union member names no model in the docs folder and is read as any value.' },
  { code: 'reference-by-suffix', severity: 'info', explanation: 'A bare model name matched no model and was read as the model named by its longest suffix.' },
  { code: 'wire-name-from-example', severity: 'info', explanation: 'A field takes its wire name from the key an example writes, which differs from the mapping.' },
  { code: 'ambiguous-example-key', severity: 'warning', explanation: 'An example key could name two fields of one model that differ only in letter case, `_` or `-`, so it sets the wire name of neither.' },
  { code: 'wire-name-mapping', severity: 'info', explanation: 'The wire-name mapping of the folder was inferred from the keys its examples write.' },
  { code: 'invalid-example', severity: 'warning', explanation: 'An Example cell does not fit the type of its field.' },
];

/** Returns the catalog entry of a code, or undefined for a code that is not listed. */
export function catalogEntry(code: string): CatalogEntry | undefined {
  return DIAGNOSTIC_CATALOG.find((entry) => entry.code === code);
}
