import type { TypeExpression } from '../../model/types.js';
import type { Dialect, UnionMemberSource } from '../dialect.js';
import { parseCSharpType } from '../type-expression/csharp-grammar.js';
import type { ParsedType } from '../type-expression/parsed-type.js';
import { countMarkers } from './detect-markers.js';

/** The dialect of Speakeasy's C# SDKs: `*string*`, `Dictionary<String, *object*>`, `List<[X](...)>`. */
export const csharpDialect: Dialect = {
  name: 'csharp',
  detect: (docs) =>
    countMarkers(docs, [
      ['```csharp', 3],
      ['| Dictionary<String, ', 2],
      ['| List<', 2],
      ['| *bool*', 1],
      ['| *long*', 1],
      ['| *double*', 1],
      ['[DateTime](https://learn.microsoft.com', 2],
      ['.Create', 1],
    ]),
  parseType: parseCSharpType,
  optionalImpliesNullable: false,
  nullability: 'unstated',
  readUnionMember: readCSharpUnionMember,
  unionMemberLabels: 'factory-name',
  titleOnlyDocIsUnion: false,
};

/**
 * Reads a C# union member from its factory name (`### Str` for `CreateStr`). Names of built-in
 * types (`Str`, `Number`, `ArrayOfAny`, `MapOfStr`) stand for those types; any other name is a model.
 * A factory name may carry a prefix that the model's name lacks: `VerificationGoogleOneTap` creates
 * a `GoogleOneTap`. The resolver then finds the model by the longest suffix of the name.
 */
function readCSharpUnionMember(member: UnionMemberSource): ParsedType {
  return { type: typeOfFactoryName(member.label), nullable: false };
}

/** Returns the type a C# union factory name stands for. */
export function typeOfFactoryName(name: string): TypeExpression {
  if (name.startsWith('ArrayOf')) return { kind: 'array', items: typeOfFactoryName(name.slice('ArrayOf'.length)) };
  if (name.startsWith('MapOf')) return { kind: 'map', values: typeOfFactoryName(name.slice('MapOf'.length)) };
  return FACTORY_TYPES[name] ?? { kind: 'reference', model: name };
}

const FACTORY_TYPES: Record<string, TypeExpression> = {
  Str: { kind: 'primitive', name: 'string' },
  Number: { kind: 'primitive', name: 'number' },
  Integer: { kind: 'primitive', name: 'integer' },
  Long: { kind: 'primitive', name: 'integer', format: 'int64' },
  Int32: { kind: 'primitive', name: 'integer', format: 'int32' },
  Int64: { kind: 'primitive', name: 'integer', format: 'int64' },
  Float: { kind: 'primitive', name: 'number', format: 'float' },
  Double: { kind: 'primitive', name: 'number', format: 'double' },
  Decimal: { kind: 'primitive', name: 'number', format: 'decimal' },
  Boolean: { kind: 'primitive', name: 'boolean' },
  DateTime: { kind: 'primitive', name: 'date-time' },
  Date: { kind: 'primitive', name: 'date' },
  Any: { kind: 'unknown' },
};
