import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { releaseSchema } from '../../../src/release/schema.ts';

const schema = releaseSchema(() => z.string());
const valid = {
  title: 'عنوان',
  date: '2025-06-18',
  dateline: 'الرباط',
  issuer: 'جهة',
  countries: ['GB', 'ga'],
  tags: ['الأمن'],
};
const messages = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('release frontmatter schema', () => {
  it('accepts a complete release and normalises codes and text', () => {
    const data = schema.parse({ ...valid, title: ' عنوان \u200B البلاغ ' });
    expect(data.countries).toEqual(['GB', 'GA']);
    expect(data.title).toBe('عنوان البلاغ');
    expect(data.date).toEqual({ year: 2025, month: 6, day: 18 });
    expect(data.draft).toBe(false);
  });

  it('says how to fix a missing field', () => {
    expect(messages({ ...valid, title: undefined })).toEqual([
      expect.stringMatching(/^title: is missing: add {2}title:/),
    ]);
  });

  it('refuses an impossible date and shows the format', () => {
    expect(messages({ ...valid, date: '2025-02-30' })).toEqual([
      expect.stringMatching(/^date: .*not a real calendar date.*2025-06-18/),
    ]);
  });

  it('refuses an unknown country code and suggests the code meant', () => {
    expect(messages({ ...valid, countries: ['UK'] })).toEqual([
      expect.stringMatching(
        /^countries\.0: "UK" is not an ISO 3166-1 alpha-2 country code\. Did you mean GB/,
      ),
    ]);
  });

  it('refuses placeholder alt text', () => {
    expect(messages({ ...valid, image: { src: './a.jpg', alt: 'Image description' } })).toEqual([
      expect.stringMatching(/^image\.alt: .*placeholder/),
    ]);
  });

  it('refuses unknown fields (a typo would otherwise be silently dropped)', () => {
    expect(messages({ ...valid, titel: 'x' })[0]).toMatch(/titel/);
  });

  it('needs the date of a correction', () => {
    expect(messages({ ...valid, correction: 'صُحّح' })).toEqual([
      expect.stringMatching(/^updated: is missing/),
    ]);
  });

  it('explains an Arabic comma inside a YAML tag list instead of making one long tag', () => {
    expect(messages({ ...valid, tags: ['التعاون الأمني، الهجرة'] })[0]).toMatch(
      /tags\.0: .*Arabic comma.*tags: \[التعاون الأمني, الهجرة\]/,
    );
  });

  it('refuses a tag with no letters', () => {
    expect(messages({ ...valid, tags: ['؟!'] })[0]).toMatch(
      /tags\.0: tag "؟!" has no letters or digits/,
    );
  });

  it('refuses dates before 1900, which Date.UTC would also misread as 19xx', () => {
    expect(messages({ ...valid, date: '0001-01-01' })[0]).toMatch(
      /^date: 0001-01-01 is before 1900: .*year is probably mistyped/,
    );
    expect(messages({ ...valid, date: '1900-01-01' })).toEqual([]);
    expect(messages({ ...valid, updated: '0099-06-19', correction: 'x' })[0]).toMatch(/^updated: /);
  });

  it('refuses a slug or a tag that would be a folder name over 255 bytes', () => {
    const words = (n: number) => Array.from({ length: n }, () => 'كلمة').join('-');
    expect(messages({ ...valid, slug: words(28) })).toEqual([]); // 28 × 8 + 27 = 251 bytes
    expect(messages({ ...valid, slug: words(29) })[0]).toMatch(
      /^slug: is too long to be a web address/,
    );
    expect(messages({ ...valid, tags: [words(30).replace(/-/g, ' ')] })[0]).toMatch(
      /^tags\.0: tag ".*" is too long to be a web address: its page would be a folder name of \d+ bytes/,
    );
  });

  it('accepts old addresses and attachments, with defaults when absent', () => {
    expect(schema.parse(valid)).toMatchObject({ aliases: [], attachments: [] });
    const data = schema.parse({
      ...valid,
      aliases: ['/2023/05/12/مباحثات/', '/?p=12'],
      attachments: [{ src: './release.pdf', title: 'نص البلاغ' }],
    });
    expect(data.aliases).toEqual(['/2023/05/12/مباحثات/', '/?p=12']);
    expect(data.attachments).toEqual([{ src: './release.pdf', title: 'نص البلاغ' }]);
  });

  it('refuses a bad alias or attachment, naming the element', () => {
    expect(
      messages({
        ...valid,
        aliases: ['https://old.example.org/x/'],
        attachments: [
          { src: './x.exe', title: 'ملف' },
          { src: './y.pdf' },
          { src: './z.pdf', title: 'z', size: 1 },
        ],
      }),
    ).toEqual([
      'aliases.0: "https://old.example.org/x/" is a full web address: write only its path,  /x/',
      expect.stringMatching(
        /^attachments\.0\.src: "\.\/x\.exe" is not a type the archive publishes/,
      ),
      expect.stringMatching(/^attachments\.1\.title: is missing/),
      expect.stringMatching(/^attachments\.2: /),
    ]);
  });
});
