import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { settingsWarnings } from '../../../src/checks/settings.ts';
import { EXAMPLE_SITE } from '../../../src/config/schema.ts';
import { TMP } from '../../helpers/paths.ts';

describe('settings warnings', () => {
  const file = join(TMP, 'unit-settings-archive.config.mjs');
  writeFileSync(file, `export default {\n  title: 'x',\n  site: '${EXAMPLE_SITE}',\n};\n`);

  it('warns on the line of site: while it is the example address', () => {
    expect(settingsWarnings(`${EXAMPLE_SITE}/`, file)).toEqual([
      expect.objectContaining({ severity: 'warning', rule: 'example-site', file, line: 3 }),
    ]);
  });

  it('says nothing once the archive has its own address', () => {
    expect(settingsWarnings('https://press.example.gov', file)).toEqual([]);
  });
});
