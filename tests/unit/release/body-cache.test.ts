import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bodyCacheDirectory, readBody, writeBody } from '../../../src/release/body-cache.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'body-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('body cache', () => {
  it('gives back the rendered body of a release, byte for byte', () => {
    const html = '<p>استقبل المدير العام سفير <bdi>United Kingdom</bdi>.</p>';
    const name = writeBody('abc123', html, cacheDir);
    expect(readBody(name, 'releases/2025/a/index.mdx', cacheDir)).toBe(html);
  });

  it('names the release and the fix when the cached body is missing', () => {
    expect(() => readBody('missing.html', 'releases/2025/a/index.mdx', cacheDir)).toThrow(
      /releases\/2025\/a\/index\.mdx[\s\S]*Fix: delete the cache folder/,
    );
  });

  it('lives in the release-html folder of the cache', () => {
    expect(bodyCacheDirectory('/tmp/c')).toBe('/tmp/c/release-html');
  });
});
