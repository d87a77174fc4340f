import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { buildModelDocument } from '../../generator/model/build-model-document.js';

function fieldsDoc(title: string, rows: string[]): string {
  return [`# ${title}`, '', '## Fields', '', '| Field | Type | Required | Description |', '| ----- | ---- | -------- | ----------- |', ...rows, ''].join('\n');
}

/** A tiny doc whose only marker is the C# `*long*`, though PHP reads it too. */
const TINY = fieldsDoc('Tiny', ['| `Name` | *string* | :heavy_minus_sign: | N/A |', '| `Age` | *long* | :heavy_check_mark: | N/A |']);

const GO_THING = fieldsDoc('GoThing', ['| `Name` | `*string` | :heavy_minus_sign: | N/A |', '| `Count` | `int64` | :heavy_check_mark: | N/A |']);
const PHP_THING = fieldsDoc('PhpThing', ['| `name` | *?string* | :heavy_minus_sign: | N/A |', '| `kids` | array<string, *mixed*> | :heavy_check_mark: | N/A |']);
const GO_MARKERS = fieldsDoc('GoMarked', ['| `Kids` | map[string]`any` | :heavy_check_mark: | N/A |', '| `When` | [time.Time](https://pkg.go.dev/time#Time) | :heavy_check_mark: | N/A |']);

function build(docs: Record<string, string>, dialect?: string): DiagnosticBag {
  const diagnostics = new DiagnosticBag();
  const sources = Object.entries(docs).map(([file, text]) => ({ file, text }));
  buildModelDocument(sources, diagnostics, dialect === undefined ? {} : { dialect });
  return diagnostics;
}

describe('dialect detection note', () => {
  it('calls one marker weak evidence', () => {
    const notes = build({ 'Tiny.md': TINY }).items.filter((item) => item.code === 'dialect-detected');

    expect(notes).toHaveLength(1);
    expect(notes[0]!.severity).toBe('info');
    expect(notes[0]!.message).toBe(
      'the docs are read in the csharp dialect, detected from weak evidence (a marker score of 1 in 1 doc; the next dialect, php, scores 0); ' +
        'if the docs come from another SDK, pass --dialect with one of php, typescript, python, go, java, csharp, ruby',
    );
  });

  it('calls many markers strong evidence', () => {
    const docs = Object.fromEntries(Array.from({ length: 3 }, (_, index) => [`P${index}.md`, PHP_THING.replace('PhpThing', `P${index}`)]));
    const notes = build(docs).items.filter((item) => item.code === 'dialect-detected');

    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toMatch(/^the docs are read in the php dialect, detected from their markers \(a marker score of \d+ in 3 docs/);
    expect(notes[0]!.message).not.toContain('--dialect');
  });

  it('stays silent when --dialect is given', () => {
    expect(build({ 'Tiny.md': TINY }, 'php').items.filter((item) => item.code === 'dialect-detected')).toEqual([]);
  });
});

describe('type errors, detected dialect', () => {
  it('hint names a close runner-up', () => {
    const diagnostics = build({ 'GoThing.md': GO_THING, 'GoMarked.md': GO_MARKERS, 'PhpThing.md': PHP_THING, 'PhpThing2.md': PHP_THING.replace('PhpThing', 'PhpThing2') });
    const hints = diagnostics.items.filter((item) => item.code === 'detected-dialect-type-errors');
    const typeErrors = diagnostics.items.filter((item) => item.code === 'invalid-type' || item.code === 'unknown-type');

    expect(typeErrors.length).toBeGreaterThan(0);
    expect(hints).toHaveLength(1);
    expect(hints[0]!.severity).toBe('warning');
    expect(hints[0]!.message).toContain(`${typeErrors.length} Type cells in`);
    expect(hints[0]!.message).toContain('cannot be read in the php dialect');
    expect(hints[0]!.message).toContain('such as --dialect go');
  });

  it('hint is absent with --dialect', () => {
    const diagnostics = build({ 'GoThing.md': GO_THING, 'PhpThing.md': PHP_THING }, 'php');

    expect(diagnostics.items.filter((item) => item.code === 'detected-dialect-type-errors')).toEqual([]);
  });

  it('hint follows three errors', () => {
    const broken = fieldsDoc('Broken', ['| `a` | `*string` | :heavy_check_mark: | N/A |', '| `b` | `*int` | :heavy_check_mark: | N/A |', '| `c` | `*bool` | :heavy_check_mark: | N/A |']);
    const docs = { 'Broken.md': broken, 'P1.md': PHP_THING.replace('PhpThing', 'P1'), 'P2.md': PHP_THING.replace('PhpThing', 'P2') };
    const hints = build(docs).items.filter((item) => item.code === 'detected-dialect-type-errors');

    expect(hints).toHaveLength(1);
    expect(hints[0]!.message).toContain('3 Type cells in 1 doc cannot be read in the php dialect');
    expect(hints[0]!.message).toContain('pass its dialect');
  });
});
