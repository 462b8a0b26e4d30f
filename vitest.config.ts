import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Build and browser tests build whole archives; builds are serialised by a lock (tests/helpers/build.ts).
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
