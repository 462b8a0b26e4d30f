import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import {
  createPagefindIndex,
  INDEX_CHUNK_SIZE,
} from '../../../src/search/build/pagefind-service.ts';

/**
 * The archive's Pagefind indexes are written in smaller index chunks than Pagefind's default, so
 * that a query word downloads less (BENCHMARKS.md, fifth round).
 */
const pages = Array.from({ length: 150 }, (_, i) => {
  const words = Array.from({ length: 60 }, (_, j) => `w${(i * 61 + j * 7919) % 9973}x${j}`);
  return `<html lang="ar"><body><main data-pagefind-body><h1>بلاغ ${i}</h1><p>${words.join(' ')}</p></main></body></html>`;
});

async function chunkSizes(start: () => ReturnType<typeof pagefind.createIndex>): Promise<number[]> {
  const out = mkdtempSync(join(tmpdir(), 'pf-chunks-'));
  const { index } = await start();
  try {
    for (const [i, content] of pages.entries())
      await index!.addHTMLFile({ sourcePath: `releases/${i}/index.html`, content });
    await index!.writeFiles({ outputPath: out });
  } finally {
    await pagefind.close();
  }
  return readdirSync(join(out, 'index')).map((f) => statSync(join(out, 'index', f)).size);
}

describe('createPagefindIndex', () => {
  it(`writes more and smaller index chunks than Pagefind's default (chunk size ${INDEX_CHUNK_SIZE})`, async () => {
    const saved = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    const ours = await chunkSizes(() => createPagefindIndex('ara'));
    delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
    const stock = await chunkSizes(() => pagefind.createIndex({ forceLanguage: 'ara' }));
    if (saved !== undefined) process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = saved;
    expect(ours.length).toBeGreaterThan(stock.length);
    expect(Math.max(...ours)).toBeLessThan(Math.max(...stock));
  }, 60_000);
});
