/**
 * `npm run time:check [-- --count 1000]`: measures `npm run check` on a generated archive of
 * N releases (default 1,000; copies of the seed release with distinct titles, dates, tags and,
 * for one in ten, an image). Prints the wall-clock time of the whole command (Node start-up
 * included) and of the checks alone, in seconds. Writes only to a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkArchive } from '../src/checks/index.ts';
import { config } from '../src/config/settings.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' } } });
const count = Number(values.count);
const seedDir = join('releases', '2025', 'مباحثات-التعاون-الأمني-بالرباط');
const seed = readFileSync(join(seedDir, 'index.mdx'), 'utf8');
const body = seed.slice(seed.indexOf('\n---\n', 4) + 5);
const dir = mkdtempSync(join(tmpdir(), 'time-check-'));
const tags = [
  'التعاون الأمني',
  'مكافحة الإرهاب',
  'الجريمة المنظمة',
  'أمن الحدود',
  'الهجرة غير النظامية',
  'التكوين',
  'السلامة الطرقية',
];
const countries = ['GB', 'GA', 'MY', 'FR', 'ES', 'SN', 'SA', 'AE'];
try {
  for (let i = 0; i < count; i++) {
    const year = 2015 + (i % 11);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const folder = join(dir, String(year), `بلاغ-رقم-${i + 1}`);
    mkdirSync(folder, { recursive: true });
    const image = i % 10 === 0;
    if (image) copyFileSync(join(seedDir, 'illustration.jpg'), join(folder, 'photo.jpg'));
    writeFileSync(
      join(folder, 'index.mdx'),
      [
        '---',
        `title: "بلاغ رقم ${i + 1} حول تعزيز التعاون الأمني"`,
        `date: ${year}-${month}-${day}`,
        'dateline: الرباط',
        'issuer: المديرية العامة للأمن الوطني',
        `countries: [${countries[i % countries.length]}, ${countries[(i + 3) % countries.length]}]`,
        `tags: [${tags[i % tags.length]}, ${tags[(i + 2) % tags.length]}]`,
        ...(image
          ? [
              'image:',
              '  src: ./photo.jpg',
              '  alt: رسم توضيحي لخريطة مبسطة تنطلق منها خطوط نحو عواصم الدول الشريكة',
            ]
          : []),
        '---',
        body,
      ].join('\n'),
    );
  }
  const inProcess = await checkArchive({ releasesDir: dir, timeZone: config.timeZone });
  const started = performance.now();
  execFileSync(process.execPath, ['scripts/check.ts', '--dir', dir], { stdio: 'ignore' });
  const command = (performance.now() - started) / 1000;
  console.log(
    `npm run check on ${count} releases: ${command.toFixed(2)} s for the whole command, ${(inProcess.durationMs / 1000).toFixed(2)} s for the checks alone (${inProcess.errors} errors, ${inProcess.warnings} warnings)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
