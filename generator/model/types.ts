/**
 * The intermediate model: plain, serializable data that the parser produces and every later stage
 * (emitters, exporters, the diff report) reads. Nothing here holds a class instance, a function or a
 * cycle, so `JSON.stringify` writes it whole and `JSON.parse` reads it back unchanged.
 */

/** A place in a doc: the doc's path relative to the docs folder (with `/` separators), 1-based line and column. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/** The scalar types a type expression can name. */
export type PrimitiveName =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  /** A calendar date, written on the wire as `YYYY-MM-DD`. */
  | 'date'
  /** An instant, written on the wire as an ISO 8601 date-time string. */
  | 'date-time'
  /** Raw bytes or a stream, such as a file upload. */
  | 'binary';

/** Width or precision that some dialects state for numbers (`int64`, `double`). */
export type NumberFormat = 'int32' | 'int64' | 'float' | 'double' | 'decimal';

export type TypeExpression =
  | PrimitiveType
  | ArrayType
  | MapType
  | ReferenceType
  | UnionType
  | LiteralType
  | UnknownType;

export interface PrimitiveType {
  kind: 'primitive';
  name: PrimitiveName;
  format?: NumberFormat;
}

export interface ArrayType {
  kind: 'array';
  items: TypeExpression;
}

/** An object used as a dictionary: string keys, values of one type. */
export interface MapType {
  kind: 'map';
  values: TypeExpression;
}

/** A use of another model, by the model's name. */
export interface ReferenceType {
  kind: 'reference';
  model: string;
  /** The doc that defines the model, relative to the docs folder, when a link names it. */
  doc?: string;
}

export interface UnionType {
  kind: 'union';
  members: TypeExpression[];
}

export interface LiteralType {
  kind: 'literal';
  value: string | number | boolean | null;
}

/**
 * Any JSON value. `sdkType` keeps the name of an SDK class that has no JSON form
 * (such as the HTTP response object of an operation response).
 */
export interface UnknownType {
  kind: 'unknown';
  sdkType?: string;
}

/** A deprecation notice on a field, a model or an enum member. */
export interface Deprecation {
  message: string;
}

export interface Field {
  /** The property name as the doc writes it (`learningObjectId`). */
  name: string;
  /** The JSON key on the wire (`learning_object_id`). */
  wireName: string;
  /** Where the wire name came from, so tools can tell a fact from a guess. */
  wireNameSource: WireNameSource;
  type: TypeExpression;
  required: boolean;
  /** Whether `null` is a valid value on the wire. */
  nullable: boolean;
  deprecated?: Deprecation;
  description?: string;
  /** The Example cell as written, with `<br/>` turned into newlines. */
  example?: string;
  source: SourcePosition;
}

export type WireNameSource = 'mapping' | 'example' | 'override';

export interface ModelBase {
  name: string;
  description?: string;
  deprecated?: Deprecation;
  /** The position of the model's `# Name` heading. */
  source: SourcePosition;
}

export interface ObjectModel extends ModelBase {
  kind: 'object';
  fields: Field[];
  /** False when the doc's Fields table is empty: the object's properties are not documented. */
  documented: boolean;
}

export interface EnumMember {
  /** The member name the doc gives (`Pass`, `ASC`). */
  name: string;
  value: string | number;
  description?: string;
  deprecated?: Deprecation;
  source: SourcePosition;
}

export interface EnumModel extends ModelBase {
  kind: 'enum';
  valueType: 'string' | 'integer';
  members: EnumMember[];
  /** An open enum accepts values beyond its members, so a new value from the server does not break reading. */
  open: boolean;
}

export interface UnionMember {
  /** The member's heading in the doc (`string`, `Components\X`). */
  label: string;
  type: TypeExpression;
  source: SourcePosition;
}

export interface UnionModel extends ModelBase {
  kind: 'union';
  members: UnionMember[];
}

export type Model = ObjectModel | EnumModel | UnionModel;

/** The whole intermediate model of one docs folder. */
export interface ModelDocument {
  /** The format version of this JSON document. */
  version: 1;
  dialect: string;
  /** Models sorted by name with a locale-independent comparison. */
  models: Model[];
}
