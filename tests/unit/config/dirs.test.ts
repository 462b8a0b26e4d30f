import { describe, expect, it } from 'vitest';
import { cacheDirectory, outDirectory } from '../../../src/config/dirs.ts';

describe('build folders', () => {
  it('are dist/ and node_modules/.astro/ in the project unless the environment moves them', () => {
    expect(outDirectory({}, '/project')).toBe('/project/dist');
    expect(cacheDirectory({}, '/project')).toBe('/project/node_modules/.astro');
    expect(outDirectory({ ARCHIVE_OUT_DIR: 'out' }, '/project')).toBe('/project/out');
    expect(cacheDirectory({ ARCHIVE_CACHE_DIR: '/tmp/c' }, '/project')).toBe('/tmp/c');
  });
});
