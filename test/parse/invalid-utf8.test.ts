import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { decodeDoc, locateFirstInvalidByte } from '../../generator/parse/read-docs-folder.js';

function latin1(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text, 'latin1'));
}

describe('invalid UTF-8 location', () => {
  it('reports the line and column of the byte', () => {
    const bytes = latin1('# Latin\n\n| `a` | *string* | :heavy_check_mark: | Caf\u00e9 |\n');
    const diagnostics = new DiagnosticBag();

    expect(decodeDoc(bytes, 'Latin.md', diagnostics)).toBeUndefined();
    expect(diagnostics.items).toHaveLength(1);
    const error = diagnostics.items[0]!;
    expect(error.code).toBe('invalid-utf8');
    expect(error.source).toEqual({ file: 'Latin.md', line: 3, column: 44 });
    expect(error.sourceLine).toBe('| `a` | *string* | :heavy_check_mark: | Caf\ufffd |');
    expect(error.message).toContain('the byte 0xE9');
  });

  it('counts columns in decoded characters', () => {
    // `é` in UTF-8 is two bytes but one column; the invalid byte 0xFF follows it.
    const bytes = Uint8Array.from([...Buffer.from('x\u00e9y', 'utf8'), 0xff, 0x0a]);

    expect(locateFirstInvalidByte(bytes)).toEqual({ offset: 4, line: 1, column: 4, lineText: 'x\u00e9y\ufffd' });
  });

  it('counts CR and CRLF line breaks', () => {
    const bytes = Uint8Array.from([...Buffer.from('a\r\nb\rc', 'utf8'), 0xc3, 0x28]);

    expect(locateFirstInvalidByte(bytes)).toMatchObject({ offset: 6, line: 3, column: 2 });
  });

  it('rejects an overlong encoding and a surrogate', () => {
    expect(locateFirstInvalidByte(Uint8Array.from([0x61, 0xc0, 0xaf])).offset).toBe(1);
    expect(locateFirstInvalidByte(Uint8Array.from([0x61, 0x62, 0xed, 0xa0, 0x80])).offset).toBe(2);
    expect(locateFirstInvalidByte(Uint8Array.from([0xe0, 0x80, 0x80])).offset).toBe(0);
  });

  it('finds a sequence cut short at the end', () => {
    expect(locateFirstInvalidByte(Uint8Array.from([0x61, 0xe2, 0x82])).offset).toBe(1);
  });
});
