import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

/**
 * Import rules between the subsystems of `src/`, checked by `import-boundaries.test.ts`:
 * code that ships to readers' browsers (`src/search/browser/`) and the Arabic rules it uses
 * (`src/arabic/`) import nothing from Node and nothing from build code.
 */

/** One folder's rule: which `src/`-relative paths it may import and which npm packages. */
export interface BoundaryRule {
  /** `src/`-relative folder (ending with `/`) the rule applies to. */
  folder: string;
  /** `src/`-relative folders (ending with `/`) or files it may import from. */
  mayImport: string[];
  /** npm packages it may import (type-only imports of any package are allowed). */
  packages: string[];
}

export const RULES: BoundaryRule[] = [
  {
    folder: 'search/browser/',
    mayImport: ['search/browser/', 'search/contract.ts', 'arabic/'],
    packages: [],
  },
  { folder: 'arabic/', mayImport: ['arabic/'], packages: ['i18n-iso-countries'] },
  { folder: 'search/contract.ts', mayImport: [], packages: [] },
];

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const IMPORT =
  /^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]/gm;

/**
 * The import problems of one source file under the rules.
 * @param file - `src/`-relative path of the file.
 * @param text - its source.
 * @returns one message per forbidden import, `file: imports X (why)`.
 */
export function importProblems(
  file: string,
  text: string,
  rules: readonly BoundaryRule[] = RULES,
): string[] {
  const rule = rules.find((r) =>
    r.folder.endsWith('/') ? file.startsWith(r.folder) : file === r.folder,
  );
  if (!rule) return [];
  const problems: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const typeOnly = Boolean(m[2]);
    const spec = m[3] ?? m[4]!;
    if (spec.startsWith('.')) {
      const target = relative('/src', resolve('/src', dirname(file), spec));
      if (
        target.startsWith('..') ||
        !rule.mayImport.some((allowed) =>
          allowed.endsWith('/') ? target.startsWith(allowed) : target === allowed,
        )
      ) {
        problems.push(
          `${file}: imports ${target} (outside ${rule.mayImport.join(', ') || 'itself'})`,
        );
      }
    } else if (NODE_BUILTINS.has(spec) || spec.startsWith('node:')) {
      problems.push(`${file}: imports the Node module ${spec}`);
    } else if (spec.startsWith('astro:') || spec.startsWith('astro/')) {
      problems.push(`${file}: imports ${spec} (build-time Astro)`);
    } else if (
      !typeOnly &&
      !rule.packages.includes(
        spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!,
      )
    ) {
      problems.push(`${file}: imports the package ${spec} (not allowed here)`);
    }
  }
  return problems;
}
