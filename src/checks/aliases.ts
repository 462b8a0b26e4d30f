import { aliasKey } from '../release/aliases.ts';
import { say } from '../messages/index.ts';
import type { CheckedRelease } from './release.ts';
import type { Diagnostic } from './types.ts';

/**
 * Finds old addresses (`aliases:`) claimed by two releases: one old link cannot lead to both.
 * Compared by `aliasKey` (decoded, NFC, trailing slash ignored). Drafts count too: a draft that
 * keeps an alias would take it over on the day it is published.
 * @returns an `alias` error on the alias line of every release involved, naming the others.
 */
export function duplicateAliases(releases: readonly CheckedRelease[]): Diagnostic[] {
  const claims = new Map<string, { release: CheckedRelease; index: number; alias: string }[]>();
  for (const release of releases) {
    (release.data?.aliases ?? []).forEach((alias, index) => {
      const key = aliasKey(alias);
      const list = claims.get(key) ?? [];
      if (!list.some((c) => c.release === release)) list.push({ release, index, alias });
      claims.set(key, list);
    });
  }
  const out: Diagnostic[] = [];
  for (const list of claims.values()) {
    if (list.length < 2) continue;
    for (const claim of list) {
      const others = list.filter((c) => c !== claim).map((c) => c.release.file);
      out.push({
        severity: 'error',
        rule: 'alias',
        file: claim.release.file,
        line: claim.release.lineOf(['aliases', claim.index]),
        field: `aliases[${claim.index}]`,
        ...say('alias.claimed', { alias: claim.alias, others }),
      });
    }
  }
  return out;
}
