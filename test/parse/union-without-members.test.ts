import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandIo } from '../../generator/cli/io.js';
import { main } from '../../generator/cli/main.js';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { phpDialect } from '../../generator/parse/dialects/php.js';
import { readDoc } from '../../generator/parse/read-doc.js';
import { codeSpan } from '../../generator/text/code-span.js';

const UNION_WITHOUT_HEADINGS = ['# U3', '', '## Supported Types', '', 'Some prose but no headings.', '', '```', 'string | int', '```', ''].join('\n');

describe('union without member headings', () => {
  it('warns at the Supported Types heading', () => {
    const diagnostics = new DiagnosticBag();
    const reading = readDoc('U3.md', UNION_WITHOUT_HEADINGS, phpDialect, diagnostics);

    if (!('model' in reading)) throw new Error('U3.md was skipped');
    expect(reading.model.kind).toBe('union');
    expect(diagnostics.items).toHaveLength(1);
    const warning = diagnostics.items[0]!;
    expect(warning.code).toBe('union-without-members');
    expect(warning.severity).toBe('warning');
    expect(warning.source).toEqual({ file: 'U3.md', line: 3, column: 1 });
    expect(warning.sourceLine).toBe('## Supported Types');
    expect(warning.message).toContain('lists no `###` member headings');
    expect(warning.message).toContain('add one heading per member');
  });

  it('stays quiet when a member heading exists', () => {
    const text = ['# U4', '', '## Supported Types', '', '### `string`', '', '```php', "$u = 'x';", '```', ''].join('\n');
    const diagnostics = new DiagnosticBag();
    const reading = readDoc('U4.md', text, phpDialect, diagnostics);

    if (!('model' in reading) || reading.model.kind !== 'union') throw new Error('U4.md was not read as a union');
    expect(reading.model.members).toHaveLength(1);
    expect(diagnostics.items).toEqual([]);
  });
});

describe('union without member headings, from the command line', () => {
  let cwd: string;

  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'md-models-union-'));
    mkdirSync(join(cwd, 'docs'));
    writeFileSync(join(cwd, 'docs', 'U3.md'), UNION_WITHOUT_HEADINGS);
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  it('fails under --warnings-as-errors', async () => {
    let stderr = '';
    const io: CommandIo = { stdout: () => undefined, stderr: (text) => void (stderr += text), isTerminal: false, cwd };
    const exitCode = await main(['generate', '--input', 'docs', '--out', 'out', '--dialect', 'php', '--warnings-as-errors'], io);

    expect(exitCode).not.toBe(0);
    expect(stderr).toContain('docs/U3.md:3:1: warning union-without-members');
  });
});

describe('union member heading of backticks only', () => {
  it('is an empty member', () => {
    const text = ['# U5', '', '## Supported Types', '', '### ``', '', '```php', 'string $value = /* values here */', '```', ''].join('\n');
    const diagnostics = new DiagnosticBag();
    readDoc('U5.md', text, phpDialect, diagnostics);

    expect(diagnostics.items.map((item) => [item.code, item.source?.line, item.source?.column])).toEqual([['empty-union-member', 5, 1]]);
    expect(diagnostics.items[0]!.message).toBe('the union member heading is empty; write the member type in backticks, such as ``### `string` ``');
  });
});

describe('codeSpan', () => {
  it.each([
    ['string', '`string`'],
    ['a`b', '``a`b``'],
    ['``', '``` `` ```'],
    ['`', '`` ` ``'],
  ])('quotes %s', (text, quoted) => {
    expect(codeSpan(text)).toBe(quoted);
  });
});
