import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../generator/diagnostics/diagnostic.js';
import { buildModelDocument } from '../../generator/model/build-model-document.js';
import { formatTypeExpression } from '../../generator/model/format-type.js';
import type { UnionModel } from '../../generator/model/types.js';
import { rubyDialect } from '../../generator/parse/dialects/ruby.js';

function fieldsDoc(title: string, typeCell: string): string {
  return [`# ${title}`, '', '## Fields', '', '| Field | Type | Required | Description |', '| ----- | ---- | -------- | ----------- |', `| \`p\` | ${typeCell} | :heavy_check_mark: | N/A |`, ''].join('\n');
}

const KID = fieldsDoc('Kid', '*::String*');
const PICK = '# Pick\n\nA union.\n';

function build(aType: string, bType: string): { pick: UnionModel; diagnostics: DiagnosticBag } {
  const docs = [
    { file: 'models/shared/a.md', text: fieldsDoc('A', aType) },
    { file: 'models/shared/b.md', text: fieldsDoc('B', bType) },
    { file: 'models/shared/kid.md', text: KID },
    { file: 'models/shared/pick.md', text: PICK },
  ];
  const diagnostics = new DiagnosticBag();
  const result = buildModelDocument(docs, diagnostics, { dialect: rubyDialect });
  const pick = result.document.models.find((model) => model.name === 'Pick');
  if (pick?.kind !== 'union') throw new Error('Pick was not read as a union');
  return { pick, diagnostics };
}

describe('title-only union from links', () => {
  it('merges different member lists with a warning', () => {
    const { pick, diagnostics } = build('[T.nilable(T.any(::String, Models::Shared::Kid))](pick.md)', '[T.any(::Integer, T::Boolean)](pick.md)');

    expect(pick.members.map((member) => formatTypeExpression(member.type))).toEqual(['string', 'Kid', 'integer', 'boolean']);
    const warnings = diagnostics.items.filter((item) => item.code === 'conflicting-union-members');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.severity).toBe('warning');
    expect(warnings[0]!.source).toEqual({ file: 'models/shared/pick.md', line: 1, column: 1 });
    expect(warnings[0]!.message).toContain('field `A.p` (models/shared/a.md:7:3) and field `B.p` (models/shared/b.md:7:3)');
    expect(warnings[0]!.message).toContain('`string | Models.Shared.Kid` and `integer | boolean`');
    expect(warnings[0]!.message).toContain('`string | Models.Shared.Kid | integer | boolean`');
  });

  it('accepts the same members in another order', () => {
    const { pick, diagnostics } = build('[T.any(::String, ::Integer)](pick.md)', '[T.any(::Integer, ::String)](pick.md)');

    expect(pick.members.map((member) => formatTypeExpression(member.type))).toEqual(['string', 'integer']);
    expect(diagnostics.items.filter((item) => item.code === 'conflicting-union-members')).toEqual([]);
  });
});
