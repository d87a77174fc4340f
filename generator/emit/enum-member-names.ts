import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { EnumModel } from '../model/types.js';
import { isIdentifier, withNumber } from './names.js';
import { UniqueNames } from './unique-names.js';

const SYMBOL_WORDS: Record<string, string> = { '+': 'Plus', '-': 'Minus', '.': 'Dot', '/': 'Slash', '*': 'Star', '@': 'At', '&': 'And', '%': 'Percent', '#': 'Hash', '=': 'Equals' };

/**
 * Gives each enum member a distinct key for the generated const object. A member name that is an
 * identifier is kept. Other names are turned into PascalCase words, with `+`, `-` and other signs
 * between digits or at the ends spelled out (`GMT+1` becomes `GMTPlus1`), so values that differ
 * only in such signs keep distinct keys. Any remaining clash gets a number (`_2` after a name that
 * ends in a digit, so `GMT1_2` is not read as `GMT12`), and every change is reported.
 */
export function assignEnumMemberNames(model: EnumModel, typeName: string, notes: Diagnostic[]): string[] {
  const names = new UniqueNames(withNumber);
  return model.members.map((member) => {
    const wanted = member.name === '' ? String(member.value) : member.name;
    const base = toMemberName(wanted);
    const name = names.claim(base);
    if (name !== wanted) {
      notes.push({
        code: 'renamed-enum-member',
        severity: 'info',
        message: `the member \`${wanted}\` of enum \`${typeName}\` is generated as \`${name}\`${name !== base ? ' because another member has the same name' : ''}`,
        source: member.source,
      });
    }
    return name;
  });
}

function toMemberName(text: string): string {
  if (text === '__proto__') return 'Proto';
  if (isIdentifier(text)) return text;

  let result = '';
  let capitalize = true;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (/[A-Za-z0-9_$]/.test(char)) {
      result += capitalize ? char.toUpperCase() : char;
      capitalize = false;
      continue;
    }
    const word = SYMBOL_WORDS[char];
    const previous = text[index - 1] ?? '';
    const next = text[index + 1] ?? '';
    const isSign = word !== undefined && (/[0-9]/.test(next) || index === 0 || index === text.length - 1 || /[^A-Za-z0-9]/.test(previous));
    if (isSign) result += word;
    capitalize = true;
  }
  if (result === '') return 'Empty';
  if (/^[0-9]/.test(result)) return `Value${result}`;
  return result;
}
