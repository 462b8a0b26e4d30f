import { fileURLToPath } from 'node:url';

/** Project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Scratch folder for test builds, removed at the start of every run. */
export const TMP = fileURLToPath(new URL('../.tmp/', import.meta.url));
/** Fixture releases. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** The Node.js 24 binary that `npm run` scripts use. */
export const NODE = process.execPath;
