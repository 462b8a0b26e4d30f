import { describe, expect, it } from 'vitest';
import raw from '../../../archive.config.mjs';
import { ENV, readEnv } from '../../../src/config/env.ts';
import { loadConfig, normaliseBase } from '../../../src/config/settings.ts';

/** An English locale: the settings' messages in English (they are Arabic by default). */
const EN = { LANG: 'en_US.UTF-8' };

describe('config', () => {
  it('normalises base paths', () => {
    expect(normaliseBase('press')).toBe('/press/');
    expect(normaliseBase('/press/')).toBe('/press/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
  });

  it('takes overrides from the environment', () => {
    const config = loadConfig({
      ARCHIVE_LOCALE: 'ar-EG',
      ARCHIVE_TIME_ZONE: 'Asia/Riyadh',
      ARCHIVE_BASE: 'press',
      ARCHIVE_PAGE_SIZE: '3',
      ARCHIVE_SEARCH_PART_SIZE: '500',
      ARCHIVE_SEARCH_FEED_MEMORY: '1536',
    });
    expect(config).toMatchObject({
      locale: 'ar-EG',
      timeZone: 'Asia/Riyadh',
      base: '/press/',
      pageSize: 3,
      searchPartSize: 500,
      searchFeedMemory: 1536,
    });
    expect(loadConfig({})).toMatchObject({ searchPartSize: 2_500, searchFeedMemory: 3_072 });
  });

  it('refuses an unknown time zone or a bad page or search part size', () => {
    expect(() => loadConfig({ ...EN, ARCHIVE_TIME_ZONE: 'Morocco/Rabat' })).toThrow(
      /IANA time zone/,
    );
    expect(() => loadConfig({ ...EN, ARCHIVE_PAGE_SIZE: '0' })).toThrow(/pageSize/);
    expect(() => loadConfig({ ...EN, ARCHIVE_SEARCH_PART_SIZE: 'many' })).toThrow(/searchPartSize/);
  });

  it('names the setting and the fix for a bad settings file, every problem at once', () => {
    const bad = {
      ...raw,
      site: 'archive.example.org',
      countryNames: { ps: 'فلسطين' },
      pageSize: 2.5,
    };
    const message = (() => {
      try {
        loadConfig(EN, bad);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('archive.config.mjs: site: site must be an absolute URL');
    expect(message).toContain('archive.config.mjs: countryNames.ps:');
    expect(message).toContain('archive.config.mjs: pageSize: pageSize must be a whole number');
  });

  it('checks the office identity: emblem file type, readable brand colours, contact and accounts', () => {
    const identity = (raw as { identity: Record<string, unknown> }).identity;
    const problems = (change: Record<string, unknown>) => {
      try {
        loadConfig(EN, { ...raw, identity: { ...identity, ...change } });
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(problems({})).toBe('');
    expect(problems({ logo: 'branding/emblem.gif' })).toContain(
      'identity.logo: identity.logo must be an .svg or .png file',
    );
    // Gold on white reads at 2.3:1: the archive's links and header would not be readable.
    expect(problems({ color: '#c9a227' })).toMatch(
      /identity\.color: identity\.color "#c9a227" is too light to read on #ffffff \(contrast 2\.\d:1, at least 4\.5:1 needed\): choose a darker shade/,
    );
    expect(problems({ colorDark: '#0f4c81' })).toContain('choose a lighter shade');
    expect(problems({ color: 'blue' })).toContain('must be a colour written #rrggbb');
    expect(problems({ contact: { email: 'press at example' } })).toContain(
      'identity.contact.email',
    );
    expect(
      problems({ social: [{ network: 'myspace', url: 'https://myspace.example/x' }] }),
    ).toContain('identity.social[].network must be one of x, facebook');
  });

  it('says what is wrong with a setting in Arabic unless the locale is English', () => {
    const message = (env: Record<string, string>) => {
      try {
        loadConfig(env, { ...raw, pageSize: 0, title: '', timeZone: 'Morocco/Rabat' });
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    const arabic = message({});
    const lines = arabic.split('\n');
    expect(lines).toHaveLength(3);
    // Each line names the file and the setting, then says the problem in Arabic.
    for (const line of lines) expect(line).toMatch(/^archive\.config\.mjs: \S+: .*[\u0600-\u06FF]/);
    expect(arabic).toContain('archive.config.mjs: pageSize: \u2068pageSize\u2069 عدد صحيح');
    expect(arabic).toContain('archive.config.mjs: title: \u2068title\u2069 نصٌّ لا يكون فارغًا');
    expect(arabic).toContain('\u2068timeZone "Morocco/Rabat"\u2069 ليست منطقة زمنية');
    expect(arabic).not.toMatch(/must be|Too small|Invalid input/);
    expect(message(EN)).toContain('archive.config.mjs: pageSize: pageSize must be a whole number');
    expect(message({ LC_ALL: 'ar_MA.UTF-8', LANG: 'en_US.UTF-8' })).toBe(arabic);
  });

  it('ships a fictional sample identity (unassigned phone code, reserved example domains)', () => {
    const { identity } = loadConfig({});
    expect(identity.contact.phone).toMatch(/^\+999 /);
    expect(identity.contact.email).toMatch(/\.example\.org$/);
    for (const account of identity.social)
      expect(new URL(account.url).hostname).toMatch(/\.example$/);
    expect(identity.parent).toContain('تجريبية');
  });

  it('fills defaults for optional settings', () => {
    const { searchPartSize, pageSize, countryNames, ...required } = raw as Record<string, unknown>;
    void searchPartSize;
    void pageSize;
    void countryNames;
    expect(loadConfig({}, required)).toMatchObject({
      pageSize: 10,
      searchPartSize: 2_500,
      searchFeedMemory: 3_072,
      countryNames: {},
    });
  });
});

describe('environment switches', () => {
  it('are read in one place, with their defaults', () => {
    expect(readEnv({})).toEqual({
      overrides: {},
      outDir: undefined,
      cacheDir: undefined,
      stockBuild: false,
      searchIndex: true,
      searchIndexLater: false,
      incremental: true,
      plainSearch: false,
      buildFuture: false,
      now: expect.any(Date),
    });
    expect(readEnv({ [ENV.searchIndex]: 'after' })).toMatchObject({
      searchIndex: true,
      searchIndexLater: true,
    });
    const env = readEnv({
      [ENV.searchIndex]: 'off',
      [ENV.incremental]: 'off',
      [ENV.plainSearch]: '1',
      [ENV.stockBuild]: '1',
      [ENV.site]: 'https://x.test',
      [ENV.buildFuture]: '1',
      [ENV.now]: '2025-07-01T09:00:00+01:00',
    });
    expect(env).toMatchObject({
      overrides: { site: 'https://x.test' },
      searchIndex: false,
      incremental: false,
      plainSearch: true,
      stockBuild: true,
      buildFuture: true,
      now: new Date('2025-07-01T08:00:00Z'),
    });
    expect(() => readEnv({ [ENV.now]: 'tomorrow' })).toThrow(
      /ARCHIVE_NOW="tomorrow" is not an ISO 8601 instant/,
    );
  });

  it('are the only place that reads ARCHIVE_ variables', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '../../..');
    const files = [
      ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' }).map((f) =>
        join('src', f),
      ),
      ...readdirSync(join(root, 'scripts'), { recursive: true, encoding: 'utf8' }).map((f) =>
        join('scripts', f),
      ),
      'astro.config.mjs',
    ];
    const readers = files.filter(
      (f) =>
        /\.(ts|mjs|astro)$/.test(f) &&
        f !== join('src', 'config', 'env.ts') &&
        /process\.env\[['"]ARCHIVE_|env\[['"]ARCHIVE_/.test(readFileSync(join(root, f), 'utf8')),
    );
    expect(readers).toEqual([]);
  });
});
