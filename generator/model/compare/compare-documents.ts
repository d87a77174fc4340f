import { compareText } from '../../diagnostics/diagnostic.js';
import type { NullabilityConvention } from '../../parse/dialect.js';
import { findDialect } from '../../parse/dialects/index.js';
import { formatTypeExpression } from '../format-type.js';
import type { EnumModel, Field, Model, ModelDocument, ObjectModel, UnionModel } from '../types.js';
import { mapPropertyName } from '../wire-names.js';
import { compareTypes, type ModelPairs, type TypeDifference } from './compare-types.js';
import { pairFields, pairModels, pairingKey } from './pair-models.js';

/** How many paired items were compared on one property, and how many agreed. */
export interface Agreement {
  compared: number;
  agreed: number;
}

/** Disagreements of one cause, with a few examples. */
export interface DisagreementGroup {
  /** The difference, such as `required differs` or `number width stated by one dialect only`. */
  cause: string;
  /** True when the docs of one dialect state less or otherwise differ; false when the reading is suspect. */
  fromDocs: boolean;
  count: number;
  /** Up to EXAMPLES_PER_CAUSE places, as `Model.field: left | right`. */
  examples: string[];
}

/** The agreement between the intermediate models of one API read from two dialects' docs. */
export interface DocumentComparison {
  left: { dialect: string; models: number };
  right: { dialect: string; models: number };
  models: { paired: number; onlyLeft: number; onlyRight: number; name: Agreement; kind: Agreement };
  fields: { paired: number; onlyLeft: number; onlyRight: number; name: Agreement; type: Agreement; required: Agreement; nullable: Agreement };
  enums: { paired: number; values: Agreement };
  unions: { paired: number; members: Agreement };
  /** Every disagreement, grouped by cause, the largest group first. */
  disagreements: DisagreementGroup[];
}

const EXAMPLES_PER_CAUSE = 3;

/**
 * Compares two intermediate models of the same API, read from docs in two dialects. Models are
 * paired by name and fields by property name, both ignoring letter case and separators, and each
 * pair is compared on name, type, required, nullable, enum values and union members.
 */
export function compareDocuments(left: ModelDocument, right: ModelDocument): DocumentComparison {
  const comparison = new ComparisonBuilder(left, right);
  const { pairs, onlyLeft, onlyRight } = pairModels(left.models, right.models);

  const referencePairs: ModelPairs = {
    leftToRight: new Map(pairs.map(([leftModel, rightModel]) => [leftModel.name, rightModel.name])),
    pairedRight: new Set(pairs.map(([, rightModel]) => rightModel.name)),
    sameShape: shapeComparer(left.models, right.models),
    numbersUntyped: [left.dialect, right.dialect].some((name) => findDialect(name)?.writesIntegersAsNumbers === true),
  };

  comparison.result.models.paired = pairs.length;
  comparison.result.models.onlyLeft = onlyLeft.length;
  comparison.result.models.onlyRight = onlyRight.length;
  for (const model of onlyLeft) comparison.disagree(`model only in the ${left.dialect} docs`, true, model.name);
  for (const model of onlyRight) comparison.disagree(`model only in the ${right.dialect} docs`, true, model.name);

  for (const [leftModel, rightModel] of pairs) comparison.compareModels(leftModel, rightModel, referencePairs);
  return comparison.finish();
}

class ComparisonBuilder {
  readonly result: DocumentComparison;
  private readonly groups = new Map<string, DisagreementGroup>();
  private readonly leftNullability: NullabilityConvention | undefined;
  private readonly rightNullability: NullabilityConvention | undefined;
  /** True when either dialect's union member headings are factory names rather than types. */
  private readonly factoryNamedMembers: boolean;

  constructor(
    private readonly left: ModelDocument,
    private readonly right: ModelDocument,
  ) {
    const agreement = (): Agreement => ({ compared: 0, agreed: 0 });
    this.result = {
      left: { dialect: left.dialect, models: left.models.length },
      right: { dialect: right.dialect, models: right.models.length },
      models: { paired: 0, onlyLeft: 0, onlyRight: 0, name: agreement(), kind: agreement() },
      fields: { paired: 0, onlyLeft: 0, onlyRight: 0, name: agreement(), type: agreement(), required: agreement(), nullable: agreement() },
      enums: { paired: 0, values: agreement() },
      unions: { paired: 0, members: agreement() },
      disagreements: [],
    };
    this.leftNullability = findDialect(left.dialect)?.nullability;
    this.rightNullability = findDialect(right.dialect)?.nullability;
    this.factoryNamedMembers = [left.dialect, right.dialect].some((name) => findDialect(name)?.unionMemberLabels === 'factory-name');
  }

  disagree(cause: string, fromDocs: boolean, example: string): void {
    const key = `${fromDocs}\u0000${cause}`;
    let group = this.groups.get(key);
    if (!group) {
      group = { cause, fromDocs, count: 0, examples: [] };
      this.groups.set(key, group);
    }
    group.count += 1;
    if (group.examples.length < EXAMPLES_PER_CAUSE) group.examples.push(example);
  }

  compareModels(leftModel: Model, rightModel: Model, referencePairs: ModelPairs): void {
    const models = this.result.models;
    count(models.name, leftModel.name === rightModel.name, () => this.disagree('model names differ (letter case, separators, a C# `Union` suffix, or paired by shape)', true, `${leftModel.name} | ${rightModel.name}`));
    const sameKind = leftModel.kind === rightModel.kind;
    count(models.kind, sameKind, () => this.disagree(`${leftModel.kind} in the ${this.left.dialect} docs, ${rightModel.kind} in the ${this.right.dialect} docs`, false, leftModel.name));
    if (!sameKind) return;

    if (leftModel.kind === 'object') this.compareObjects(leftModel, rightModel as ObjectModel, referencePairs);
    else if (leftModel.kind === 'enum') this.compareEnums(leftModel, rightModel as EnumModel);
    else this.compareUnions(leftModel, rightModel as UnionModel, referencePairs);
  }

  private compareObjects(leftModel: ObjectModel, rightModel: ObjectModel, referencePairs: ModelPairs): void {
    const fields = this.result.fields;
    const { pairs, onlyLeft, onlyRight } = pairFields(leftModel.fields, rightModel.fields);
    fields.paired += pairs.length;
    fields.onlyLeft += onlyLeft.length;
    fields.onlyRight += onlyRight.length;
    for (const field of onlyLeft) this.disagree(`field only in the ${this.left.dialect} docs`, true, `${leftModel.name}.${field.name}`);
    for (const field of onlyRight) this.disagree(`field only in the ${this.right.dialect} docs`, true, `${rightModel.name}.${field.name}`);

    for (const [leftField, rightField] of pairs) {
      const place = `${leftModel.name}.${leftField.name}`;
      const sameName = mapPropertyName(leftField.name, 'snake_case') === mapPropertyName(rightField.name, 'snake_case');
      count(fields.name, sameName, () => this.disagree('property names differ beyond case style', true, `${place}: ${leftField.name} | ${rightField.name}`));

      const difference = compareTypes(leftField.type, rightField.type, referencePairs);
      count(fields.type, difference === undefined, () => this.typeDisagreement(difference!, place, leftField, rightField));
      count(fields.required, leftField.required === rightField.required, () => this.disagree('required differs', false, place));
      count(fields.nullable, leftField.nullable === rightField.nullable, () => this.nullableDisagreement(place, leftField, rightField));
    }
  }

  private typeDisagreement(difference: TypeDifference, place: string, leftField: Field, rightField: Field): void {
    this.disagree(difference.cause, difference.fromDocs, `${place}: ${formatTypeExpression(leftField.type)} | ${formatTypeExpression(rightField.type)}`);
  }

  /**
   * Records a nullable difference. Only two dialects that both state nullability exactly can show
   * a reading error. Otherwise the docs of one side cannot state what the other states.
   */
  private nullableDisagreement(place: string, leftField: Field, rightField: Field): void {
    const conventions = [this.leftNullability, this.rightNullability];
    if (conventions.every((convention) => convention === 'exact')) {
      this.disagree('nullable differs', false, place);
      return;
    }
    const stated = `${this.left.dialect}: ${this.leftNullability ?? 'not set'}, ${this.right.dialect}: ${this.rightNullability ?? 'not set'}`;
    const required = leftField.required && rightField.required ? 'a required' : 'an optional';
    this.disagree(`nullable differs on ${required} field, which the docs do not state alike (${stated})`, true, `${place}: ${leftField.nullable} | ${rightField.nullable}`);
  }

  private compareEnums(leftModel: EnumModel, rightModel: EnumModel): void {
    const enums = this.result.enums;
    enums.paired += 1;
    const leftValues = leftModel.members.map((member) => String(member.value)).sort(compareText);
    const rightValues = rightModel.members.map((member) => String(member.value)).sort(compareText);
    const sameValues = leftValues.join('\u0000') === rightValues.join('\u0000') && leftModel.valueType === rightModel.valueType;
    count(enums.values, sameValues, () => {
      // Enums paired by name that share less than half their values are most likely two enums named alike.
      const shared = leftValues.filter((value) => rightValues.includes(value)).length;
      const alike = shared * 2 >= Math.max(leftValues.length, rightValues.length);
      const cause = alike ? 'enum values differ' : 'enums of one name share less than half their values';
      this.disagree(cause, !alike, `${leftModel.name}: ${abbreviate(leftValues)} | ${abbreviate(rightValues)}`);
    });
  }

  private compareUnions(leftModel: UnionModel, rightModel: UnionModel, referencePairs: ModelPairs): void {
    const unions = this.result.unions;
    unions.paired += 1;
    const leftType = { kind: 'union' as const, members: leftModel.members.map((member) => member.type) };
    const rightType = { kind: 'union' as const, members: rightModel.members.map((member) => member.type) };
    const difference = compareTypes(leftType, rightType, referencePairs);
    count(unions.members, difference === undefined, () => {
      const example = `${leftModel.name}: ${formatTypeExpression(leftType)} | ${formatTypeExpression(rightType)}`;
      if (leftModel.members.length === 0 || rightModel.members.length === 0) {
        this.disagree('union members listed by one dialect only', true, example);
      } else if (!difference!.fromDocs && this.factoryNamedMembers) {
        // A factory name such as `VerificationOtp` may create an `Otp` while a `VerificationOTP` model exists too.
        this.disagree('union members: a factory name in one dialect names another model', true, example);
      } else {
        this.disagree(`union members: ${difference!.cause}`, difference!.fromDocs, example);
      }
    });
  }

  finish(): DocumentComparison {
    this.result.disagreements = [...this.groups.values()].sort((a, b) => b.count - a.count || compareText(a.cause, b.cause));
    return this.result;
  }
}

/** Returns a test of whether a left and a right model, by name, have the same shape. */
function shapeComparer(left: readonly Model[], right: readonly Model[]): (leftName: string, rightName: string) => boolean {
  const leftShapes = new Map(left.map((model) => [model.name, shapeOf(model)]));
  const rightShapes = new Map(right.map((model) => [model.name, shapeOf(model)]));
  return (leftName, rightName) => {
    const shape = leftShapes.get(leftName);
    return shape !== undefined && shape === rightShapes.get(rightName);
  };
}

/** Describes a model by its kind and its field names, values or number of members. */
function shapeOf(model: Model): string {
  if (model.kind === 'object') return `object:${model.fields.map((field) => pairingKey(field.name)).sort(compareText).join(',')}`;
  if (model.kind === 'enum') return `enum:${model.members.map((member) => String(member.value)).sort(compareText).join(',')}`;
  return `union:${model.members.length}`;
}

function abbreviate(values: readonly string[]): string {
  const shown = values.slice(0, 8).join(', ');
  return values.length > 8 ? `${shown}, … (${values.length} values)` : shown;
}

function count(agreement: Agreement, agreed: boolean, onDisagreement: () => void): void {
  agreement.compared += 1;
  if (agreed) agreement.agreed += 1;
  else onDisagreement();
}
