import { describe, expect, it } from 'vitest';
import { decodePostName, htmlText, releaseDate } from '../../../../src/publish/wordpress/fields.ts';

const ARCHIVE = 'Africa/Casablanca';

describe('WordPress values', () => {
  it('decodes a percent-encoded Arabic slug to NFC', () => {
    expect(
      decodePostName('%d9%85%d8%a8%d8%a7%d8%ad%d8%ab%d8%a7%d8%aa-%d8%a3%d9%85%d9%86%d9%8a%d8%a9'),
    ).toEqual({
      slug: 'مباحثات-أمنية',
      cut: false,
    });
    // NFD (a decomposed hamza) arrives as NFC.
    expect(decodePostName(encodeURIComponent('ا\u0654من')).slug).toBe('أمن');
    expect(decodePostName('press-release-12')).toEqual({ slug: 'press-release-12', cut: false });
  });

  it('keeps a slug valid when WordPress cut it at 200 bytes inside a letter or an escape', () => {
    const full = encodeURIComponent('تنظم-يوما').toLowerCase();
    // …%d9%8a%d9%88%d9%85%d8%a7 cut after the lead byte %d8, then inside the escape %d8%a.
    expect(decodePostName(full.slice(0, -3))).toEqual({ slug: 'تنظم-يوم', cut: true });
    expect(decodePostName(full.slice(0, -1))).toEqual({ slug: 'تنظم-يوم', cut: true });
    // Cut right after a dash: the dash goes too.
    expect(decodePostName(`${encodeURIComponent('تنظم-').toLowerCase()}%d9`)).toEqual({
      slug: 'تنظم',
      cut: true,
    });
  });

  it('takes the GMT date into the archive zone: 23:30 GMT is the next day in Casablanca', () => {
    expect(
      releaseDate(
        { postDate: '2025-06-18 00:30:00', postDateGmt: '2025-06-17 23:30:00' },
        'UTC',
        ARCHIVE,
      ),
    ).toEqual({ date: { year: 2025, month: 6, day: 18, time: '00:30' }, from: 'gmt' });
  });

  it("falls back to the local date in the site's zone for a draft's 0000-00-00 GMT date", () => {
    const draft = { postDate: '2025-06-20 10:00:00', postDateGmt: '0000-00-00 00:00:00' };
    expect(releaseDate(draft, ARCHIVE, ARCHIVE)).toEqual({
      date: { year: 2025, month: 6, day: 20, time: '10:00' },
      from: 'local',
    });
    // A WordPress site set to Riyadh (UTC+3): 01:00 there is 23:00 the day before in Casablanca.
    expect(
      releaseDate({ ...draft, postDate: '2025-06-20 01:00:00' }, 'Asia/Riyadh', ARCHIVE)?.date,
    ).toEqual({
      year: 2025,
      month: 6,
      day: 19,
      time: '23:00',
    });
    expect(
      releaseDate(
        { postDate: '0000-00-00 00:00:00', postDateGmt: '0000-00-00 00:00:00' },
        ARCHIVE,
        ARCHIVE,
      ),
    ).toBeUndefined();
  });

  it('turns titles and term names with HTML entities into plain text', () => {
    expect(htmlText('مباحثات &#8211; الرباط &amp; <em>طنجة</em>')).toBe('مباحثات – الرباط & طنجة');
    expect(htmlText('<script>x</script>نص')).toBe('xنص');
  });
});
