import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { diffModelDocuments } from '../../generator/diff/diff-model-documents.js';
import type { DocsChangeReport, ModelChanges } from '../../generator/diff/report.js';
import { loadModelDocument } from '../../generator/model/load-model-document.js';

/** One row of a Fields table; `type` is the Type cell as written, such as `*?string*`. */
export interface FieldRow {
  name: string;
  type: string;
  required?: boolean;
  deprecated?: boolean;
}

/** Writes a PHP-dialect object doc, like those under spec/Models/Components. */
export function objectDoc(name: string, fields: readonly FieldRow[]): string {
  const rows = fields.map((field) => {
    const fieldName = field.deprecated ? `~~\`${field.name}\`~~` : `\`${field.name}\``;
    const description = field.deprecated ? ': warning: ** DEPRECATED **: This will be removed in a future release.<br/><br/>N/A' : 'N/A';
    return `| ${fieldName} | ${field.type} | ${field.required ? ':heavy_check_mark:' : ':heavy_minus_sign:'} | ${description} |`;
  });
  return [`# ${name}`, '', '', '## Fields', '', '| Field | Type | Required | Description |', '| ----- | ---- | -------- | ----------- |', ...rows, ''].join('\n');
}

/** Writes a PHP-dialect enum doc; each member is `[name, value]`, or `[name, value, description]`. */
export function enumDoc(name: string, members: readonly (readonly [string, string, string?])[]): string {
  const rows = members.map(([memberName, value, description]) => `| \`${memberName}\` | ${value} | ${description ?? ''} |`);
  return [`# ${name}`, '', '', '## Values', '', '| Name | Value | Description |', '| ---- | ----- | ----------- |', ...rows, ''].join('\n');
}

/** Writes a PHP-dialect union doc; each member is a PHP type such as `string` or `Components\\Employee`. */
export function unionDoc(name: string, members: readonly string[]): string {
  const sections = members.flatMap((member) => [`### \`${member}\``, '', '```php', `${member} $value = /* values here */`, '```', '']);
  return [`# ${name}`, '', '', '## Supported Types', '', ...sections].join('\n');
}

/** Writes a Type cell that links to the doc of a model in `Models/Components`. */
export function ref(model: string, options: { nullable?: boolean } = {}): string {
  return `[${options.nullable ? '?' : ''}Components\\${model}](../../Models/Components/${model}.md)`;
}

/** Temporary docs folders of one test file, deleted by `removeAll`. */
export class DocsFolders {
  private readonly roots: string[] = [];

  /** Writes docs into a new temporary folder; keys are paths such as `Models/Components/Employee.md`. */
  write(files: Record<string, string>): string {
    const root = mkdtempSync(join(tmpdir(), 'md-models-diff-test-'));
    this.roots.push(root);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    return root;
  }

  /** Loads two versions of docs and compares them, failing on any error in the docs. */
  diff(before: Record<string, string>, after: Record<string, string>): DocsChangeReport {
    const oldDocs = loadModelDocument(this.write(before));
    const newDocs = loadModelDocument(this.write(after));
    const errors = [...oldDocs.diagnostics.items, ...newDocs.diagnostics.items].filter((item) => item.severity === 'error');
    if (errors.length > 0) throw new Error(`the test docs have errors: ${errors.map((item) => item.message).join('; ')}`);
    return diffModelDocuments(oldDocs.document, newDocs.document);
  }

  removeAll(): void {
    for (const root of this.roots.splice(0)) rmSync(root, { recursive: true, force: true });
  }
}

/** Returns the path of a component doc. */
export function component(name: string): string {
  return `Models/Components/${name}.md`;
}

/** Finds the changes of the model of a doc, failing when the report has none. */
export function modelChanges(report: DocsChangeReport, file: string): ModelChanges {
  const found = report.models.find((model) => model.file === file);
  if (!found) throw new Error(`the report has no changes for ${file}; it has ${report.models.map((model) => model.file).join(', ')}`);
  return found;
}
