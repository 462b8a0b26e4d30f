/**
 * The permalink guard on a git repository of the test's own: a published release whose folder is
 * renamed (committed or not) or whose slug changes fails `npm run check`, naming the old address
 * and the file; drafts, samples and addresses listed in retired.yaml do not.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScript, scratch } from '../helpers/cli.ts';

let repo: string;
let releases: string;
const git = (...args: string[]) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: 'pipe' });
const commit = (message: string) => {
  git('add', '-A');
  git('commit', '-q', '-m', message);
};
const write = (path: string, title: string, extra = '') => {
  const file = join(releases, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    `---\ntitle: "${title}"\ndate: 2025-06-0${(title.length % 8) + 1}\ndateline: الرباط\nissuer: جهة اختبار\n${extra}---\n\nنص ${title}.\n`,
  );
};
const check = () => runScript('check', ['--dir', releases]);

beforeAll(() => {
  repo = scratch('permalink-guard');
  releases = join(repo, 'releases');
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'press@example.test');
  git('config', 'user.name', 'Press office');
  write('2025/زيارة-وفد/index.mdx', 'زيارة وفد أجنبي');
  write('2025/second.mdx', 'بلاغ ثان');
  write('2025/draft.mdx', 'مسودة', 'draft: true\n');
  write('2025/demo.mdx', 'بلاغ تجريبي', 'sample: true\n');
  write('2025/with-slug.mdx', 'بلاغ برابط مختصر', 'slug: short-name\n');
  commit('first releases');
});

describe('the permalink guard (npm run check)', () => {
  it('passes while every published address is still there', async () => {
    const result = await check();
    expect(result.code, result.output).toBe(0);
  });

  it('fails on a committed folder rename, naming the old address and the new file', async () => {
    renameSync(join(releases, '2025/زيارة-وفد'), join(releases, '2025/visit'));
    commit('rename');
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /releases\/2025\/visit\/index\.mdx:1 {2}error {2}aliases( «[^»]+»)?: this release was published at \/releases\/زيارة-وفد\/ \(as .*releases\/2025\/زيارة-وفد\/index\.mdx\) and moved at commit [0-9a-f]{7}, \d{4}-\d\d-\d\d to \/releases\/visit\/: links to the old address would break/,
    );
    expect(result.stdout).toContain('fix: add  aliases: [/releases/زيارة-وفد/]');
    git('reset', '-q', '--hard', 'HEAD~1'); // undone before it was published
    expect((await check()).code).toBe(0);
  });

  it('fails on a rename not yet committed, and on a changed slug', async () => {
    renameSync(join(releases, '2025/second.mdx'), join(releases, '2025/second-renamed.mdx'));
    let result = await check();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /second-renamed\.mdx:1 {2}error {2}.*published at \/releases\/second\/ .* in the working tree/,
    );
    renameSync(join(releases, '2025/second-renamed.mdx'), join(releases, '2025/second.mdx'));
    write('2025/with-slug.mdx', 'بلاغ برابط مختصر', 'slug: other-name\n');
    commit('slug changed');
    result = await check();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /with-slug\.mdx:1 {2}error .*published at \/releases\/short-name\//,
    );
    git('reset', '-q', '--hard', 'HEAD~1');
    expect((await check()).code).toBe(0);
  });

  it('fails on a deleted release until its address is retired on purpose', async () => {
    rmSync(join(releases, '2025/second.mdx'));
    commit('delete second');
    const result = await check();
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /releases\/2025\/second\.mdx:1 {2}error {2}the release published at \/releases\/second\/ was removed at commit/,
    );
    expect(result.stdout).toContain('list it in retired.yaml with a reason');
    const arabic = await runScript('check', ['--dir', releases], { LANG: 'ar_MA.UTF-8' });
    expect(arabic.stdout).toMatch(
      /حُذف البلاغ المنشور بالعنوان \u2068\/releases\/second\/\u2069 في الإيداع \u2068[0-9a-f]{7}\u2069 \(\u2068\d{4}-\d\d-\d\d\u2069\)، فستنقطع الروابط إليه/,
    );
    expect(arabic.stdout).toContain('اذكره في \u2068retired.yaml\u2069 مع السبب');
    writeFileSync(
      join(releases, 'retired.yaml'),
      '- address: /releases/second/\n  reason: "نُشر بالخطأ"\n',
    );
    expect((await check()).code).toBe(0);
  });

  it('lets drafts and sample releases go without a word', async () => {
    rmSync(join(releases, '2025/draft.mdx'));
    rmSync(join(releases, '2025/demo.mdx'));
    commit('remove the draft and the sample');
    const result = await check();
    expect(result.code, result.output).toBe(0);
  });
});

describe('aliases and the guard', () => {
  it('passes once the renamed release keeps its old address as an alias', async () => {
    renameSync(join(releases, '2025/زيارة-وفد'), join(releases, '2025/visit'));
    commit('rename with an alias');
    expect((await check()).code).toBe(1);
    write('2025/visit/index.mdx', 'زيارة وفد أجنبي', 'aliases: [/releases/زيارة-وفد/]\n');
    const result = await check();
    expect(result.code, result.output).toBe(0);
  });
});
