import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBody, writeBody } from '../../../src/release/body-cache.ts';
import { STORED_BODY_KEY, storedBodyHtml } from '../../../src/release/stored-body.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'stored-body-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const fromCache = (name: string, source: string) => readBody(name, source, cacheDir);

describe('stored body HTML', () => {
  it('is the HTML the loader kept for a Markdown release, byte for byte', () => {
    const html = '<p>استقبل المدير العام سفير <bdi>United Kingdom</bdi>.</p>\n';
    const name = writeBody('d1g3st', html, cacheDir);
    const entry = {
      id: 'a',
      filePath: 'releases/2025/a/index.mdx',
      rendered: { metadata: { archiveExcerpt: 'استقبل', [STORED_BODY_KEY]: name } },
    };
    expect(storedBodyHtml(entry, fromCache)).toBe(html);
  });

  it('is absent for an entry that renders through MDX, without reading the cache', () => {
    const read = () => {
      throw new Error('read');
    };
    expect(storedBodyHtml({ id: 'a' }, read)).toBeUndefined();
    expect(storedBodyHtml({ id: 'a', rendered: { metadata: { archiveExcerpt: 'x' } } }, read)).toBe(
      undefined,
    );
    expect(
      storedBodyHtml({ id: 'a', rendered: { metadata: { [STORED_BODY_KEY]: 3 } } }, read),
    ).toBe(undefined);
  });

  it('names the release file, else its id, when the stored HTML is missing', () => {
    const missing = { rendered: { metadata: { [STORED_BODY_KEY]: 'gone.html' } } };
    expect(() =>
      storedBodyHtml({ ...missing, id: 'x', filePath: 'releases/2025/b/index.mdx' }, fromCache),
    ).toThrow(/releases\/2025\/b\/index\.mdx/);
    expect(() => storedBodyHtml({ ...missing, id: 'c-id' }, fromCache)).toThrow(/c-id/);
  });
});
