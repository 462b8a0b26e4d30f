import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  docsDirectory,
  documentOf,
  hasDocument,
  isCurrent,
  pageRecord,
  readRecords,
  stamped,
  writeRecords,
} from '../../../src/search/build/records.ts';
import { TMP } from '../../helpers/paths.ts';

const root = join(TMP, 'unit-search-records');
const site = join(root, 'dist');
const cache = join(root, 'cache');
const VERSION = 'a'.repeat(64);
const page = (text: string, year = '2025') =>
  `<!DOCTYPE html><html lang="ar" dir="rtl"><body><nav>قائمة ${text.length}</nav>` +
  `<article data-pagefind-body><h1>عنوان</h1><p>${text}</p>` +
  `<span hidden data-pagefind-sort="date:${year}-06-18T09:30"></span>` +
  (year ? `<span hidden data-pagefind-filter="year:${year}"></span>` : '') +
  `</article></body></html>`;

beforeEach(() => {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(site, 'releases', 'x'), { recursive: true });
});

describe('what the search step records of a release page', () => {
  it('reads the year and date key, and hashes only what Pagefind indexes', () => {
    const record = pageRecord('releases/x/index.html', page('نص البلاغ'))!;
    expect(record).toMatchObject({
      id: 'releases/x/index.html',
      year: 2025,
      key: '2025-06-18T09:30',
    });
    // A change outside the Pagefind body (the menu) keeps the hash; a change inside changes it.
    const menu = page('نص البلاغ').replace('قائمة', 'قائمة أخرى');
    expect(pageRecord('releases/x/index.html', menu)!.hash).toBe(record.hash);
    expect(pageRecord('releases/x/index.html', page('نص آخر'))!.hash).not.toBe(record.hash);
  });

  it('skips pages without a Pagefind body and names a release page without a year', () => {
    expect(pageRecord('index.html', '<html><body><p>نص</p></body></html>')).toBeUndefined();
    expect(() => pageRecord('releases/y/index.html', page('نص', ''))).toThrow(
      /releases\/y\/index\.html has no data-pagefind-filter="year/,
    );
  });

  it('trusts a record only while its file keeps its size and modification time', () => {
    const file = join(site, 'releases', 'x', 'index.html');
    writeFileSync(file, page('نص'));
    const record = stamped(site, pageRecord('releases/x/index.html', page('نص'))!)!;
    expect(isCurrent(site, record)).toBe(true);
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    expect(isCurrent(site, record)).toBe(false);
    expect(isCurrent(site, { ...record, id: 'releases/gone/index.html' })).toBe(false);
    expect(stamped(site, { ...record, id: 'releases/gone/index.html' })).toBeUndefined();
  });

  it('keeps records per code version, and prunes documents no record names', async () => {
    const dir = docsDirectory(cache, VERSION);
    const a = pageRecord('releases/x/index.html', page('أ'))!;
    const b = pageRecord('releases/y/index.html', page('ب'))!;
    await documentOf(dir, a, async () => page('أ'));
    await documentOf(dir, b, async () => page('ب'));
    writeRecords(cache, VERSION, [a, b], { prune: false, built: ['k'] });
    expect(readRecords(cache, VERSION).built).toEqual(new Set(['k']));
    expect([...readRecords(cache, 'b'.repeat(64)).records]).toEqual([]);
    writeRecords(cache, VERSION, [a]);
    expect([...readRecords(cache, VERSION).records.keys()]).toEqual(['releases/x/index.html']);
    expect(hasDocument(dir, a.hash)).toBe(true);
    expect(hasDocument(dir, b.hash)).toBe(false);
  });

  it('prepares a page’s search document once, then reads the kept one', async () => {
    const dir = docsDirectory(cache, VERSION);
    const record = pageRecord('releases/x/index.html', page('نص'))!;
    let reads = 0;
    const html = async () => {
      reads++;
      return page('نص');
    };
    const first = await documentOf(dir, record, html);
    const again = await documentOf(dir, record, html);
    expect(reads).toBe(1);
    expect(again).toEqual(first);
    expect(first!.words).toEqual(['عنوان', 'نص']);
  });
});
