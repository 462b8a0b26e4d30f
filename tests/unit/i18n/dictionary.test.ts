import { describe, expect, it } from 'vitest';
import { DICTIONARIES, SOCIAL_NETWORKS, t } from '../../../src/i18n/index.ts';
import { ar } from '../../../src/i18n/ar.ts';

/** Every string of a dictionary, templates called with placeholder values. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function')
    return [[path, (value as (...a: string[]) => string)('«س»', '«ص»')]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, v]) => strings(v, path ? `${path}.${key}` : key));
  return [];
}

describe('the interface dictionary', () => {
  const all = strings(ar);

  it('is the one the pages use, Arabic and right to left', () => {
    expect(t).toBe(ar);
    expect(DICTIONARIES['ar']).toBe(ar);
    expect([ar.lang, ar.dir]).toEqual(['ar', 'rtl']);
  });

  it('has no empty string and names every social network', () => {
    expect(all.filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    for (const network of SOCIAL_NETWORKS) expect(ar.networks[network]).toBeTruthy();
  });

  it('calls a release «بلاغ», never «بيان» (docs/arabic.md)', () => {
    const bayan = /(^|[\s«(])(ال)?بيان(ات|ان|ين|ًا)?([\s»).،:]|$)/;
    expect(all.filter(([, text]) => bayan.test(text)).map(([key]) => key)).toEqual([]);
    expect(ar.releases.one).toBe('بلاغ واحد');
    expect(ar.sampleBadge).toBe('بلاغ تجريبي');
  });

  it('fills templates in Arabic word order', () => {
    expect(ar.withPage('الوسم: الأمن', '٢')).toBe('الوسم: الأمن – الصفحة ٢');
    expect(ar.tags.feedDescription('الأمن', 'الأرشيف')).toBe('بلاغات الوسم «الأمن» في الأرشيف.');
  });
});
