import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Parent of every test run's scratch folder; also holds the build lock shared by concurrent runs. */
export const TMP_ROOT = fileURLToPath(new URL('../.tmp/', import.meta.url));
/**
 * This run's scratch folder for test builds (`tests/.tmp/run-<pid>/`, named by the global setup), so
 * two `npm test` runs on one checkout never delete each other's builds.
 */
export const TMP = `${join(TMP_ROOT, process.env['ARCHIVE_TEST_RUN'] ?? 'run-local')}/`;
/** Fixture releases. */
export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** The Node.js 24 binary that `npm run` scripts use. */
export const NODE = process.execPath;
