import type { ImportDeclarationStructure, OptionalKind } from 'ts-morph';
import { compareText } from '../diagnostics/diagnostic.js';

/** Collects what one generated file imports, so each module is imported once with sorted names. */
export class ImportCollector {
  private readonly modules = new Map<string, Map<string, 'type' | 'value'>>();

  /** Records a name used only in type positions. */
  addType(module: string, name: string): void {
    this.add(module, name, 'type');
  }

  /** Records a name used at run time. */
  addValue(module: string, name: string): void {
    this.add(module, name, 'value');
  }

  private add(module: string, name: string, use: 'type' | 'value'): void {
    let names = this.modules.get(module);
    if (!names) {
      names = new Map();
      this.modules.set(module, names);
    }
    if (names.get(name) !== 'value') names.set(name, use);
  }

  /** Returns import declarations in a stable order: the runtime module first, then models by name. */
  toStructures(): OptionalKind<ImportDeclarationStructure>[] {
    const modules = [...this.modules.keys()].sort((a, b) => Number(b === './runtime.js') - Number(a === './runtime.js') || compareText(a, b));
    return modules.map((module) => {
      const names = this.modules.get(module)!;
      const entries = [...names.entries()].sort(([a], [b]) => compareText(a, b));
      const allTypes = entries.every(([, use]) => use === 'type');
      return {
        moduleSpecifier: module,
        isTypeOnly: allTypes,
        namedImports: entries.map(([name, use]) => ({ name, isTypeOnly: !allTypes && use === 'type' })),
      };
    });
  }
}
