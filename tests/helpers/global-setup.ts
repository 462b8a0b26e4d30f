import { rmSync } from 'node:fs';
import { TMP } from './paths.ts';

/** Each `npm test` run starts from a clean `tests/.tmp/`, so no build from an earlier run is reused. */
export default function setup(): void {
  rmSync(TMP, { recursive: true, force: true });
}
