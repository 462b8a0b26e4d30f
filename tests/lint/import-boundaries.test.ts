import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.ts';
import { importProblems } from './import-boundaries.ts';

const SRC = join(ROOT, 'src');
const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) =>
  /\.(ts|mjs|js|astro)$/.test(f),
);

describe('import boundaries', () => {
  it('browser code and the Arabic rules import nothing from Node or from build code', () => {
    const problems = sources.flatMap((file) =>
      importProblems(file, readFileSync(join(SRC, file), 'utf8')),
    );
    expect(problems).toEqual([]);
  });

  it('every client script of a component imports only browser code', () => {
    const problems: string[] = [];
    for (const file of sources.filter((f) => f.endsWith('.astro'))) {
      const text = readFileSync(join(SRC, file), 'utf8');
      for (const [, attrs, body] of text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
        if (/type=["']application\/ld\+json/.test(attrs ?? '') || /is:inline/.test(attrs ?? ''))
          continue;
        for (const [, spec] of body!.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
          const target = join(file, '..', spec!);
          if (!target.startsWith('search/browser/'))
            problems.push(`${file}: its <script> imports ${target}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('flags what it is there to flag', () => {
    expect(
      importProblems('search/browser/x.ts', "import { readFileSync } from 'node:fs';"),
    ).toEqual(['search/browser/x.ts: imports the Node module node:fs']);
    expect(
      importProblems(
        'search/browser/x.ts',
        "import { config } from '../../config/settings.ts';",
      )[0],
    ).toContain('imports config/settings.ts');
    expect(importProblems('arabic/x.ts', "import { parse } from 'node-html-parser';")[0]).toContain(
      'the package node-html-parser',
    );
    expect(
      importProblems(
        'arabic/x.ts',
        "import type { Element } from 'hast';\nimport { toNfc } from './text.ts';",
      ),
    ).toEqual([]);
    expect(importProblems('archive/x.ts', "import { readFileSync } from 'node:fs';")).toEqual([]);
  });
});
