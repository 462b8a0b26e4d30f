import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of a built site, as paths relative to it (POSIX separators), sorted. */
export function distFiles(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dist, full).split(sep).join('/'));
    }
  };
  walk(dist);
  return out.sort();
}

/** Text files of a built site (HTML, XML, JSON, text) whose content includes `needle`. */
export function textFilesContaining(dist: string, needle: string): string[] {
  return distFiles(dist).filter(
    (file) =>
      /\.(html|xml|json|txt|webmanifest)$|(^|\/)_redirects$/.test(file) &&
      readFileSync(join(dist, file), 'utf8').includes(needle),
  );
}
