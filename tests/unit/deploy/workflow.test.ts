import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  if?: string;
}
const workflow = parse(
  readFileSync(new URL('../../../.github/workflows/publish.yml', import.meta.url), 'utf8'),
) as {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    { if?: string; needs?: string; steps: Step[]; permissions?: Record<string, string> }
  >;
};

describe('the publishing workflow', () => {
  it('runs check before build on pull requests and on main', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
    const runs = workflow.jobs['build']!.steps.map((s) => s.run ?? '').join('\n');
    expect(runs.indexOf('npm ci')).toBeLessThan(runs.indexOf('npm run check'));
    expect(runs.indexOf('npm run check')).toBeLessThan(runs.indexOf('npm run build'));
  });

  it('rebuilds on a schedule, so a scheduled release appears within minutes of its time', () => {
    const schedule = workflow.on['schedule'] as { cron: string }[];
    expect(schedule).toEqual([{ cron: '*/15 * * * *' }]);
    // a scheduled run is on main, so it publishes (deploy needs refs/heads/main, not a pull request)
    expect(workflow.jobs['deploy']!.if).not.toContain('push');
  });

  it('checks out the whole history, which the permalink guard compares with', () => {
    const checkout = workflow.jobs['build']!.steps.find((s) =>
      s.uses?.startsWith('actions/checkout@'),
    )!;
    expect(checkout.with?.['fetch-depth']).toBe(0);
  });

  it('restores the build cache after npm ci (which deletes node_modules) and before the build', () => {
    const steps = workflow.jobs['build']!.steps;
    const cache = steps.findIndex((s) => s.uses?.startsWith('actions/cache@'));
    expect(steps[cache]!.with?.['path']).toBe('node_modules/.astro');
    expect(cache).toBeGreaterThan(steps.findIndex((s) => s.run === 'npm ci'));
    expect(cache).toBeLessThan(steps.findIndex((s) => s.run?.includes('npm run build')));
  });

  it('publishes dist/ to GitHub Pages only from main, never from a pull request', () => {
    const upload = workflow.jobs['build']!.steps.find((s) =>
      s.uses?.startsWith('actions/upload-pages-artifact@'),
    )!;
    expect(upload.with).toEqual({ path: 'dist' });
    expect(upload.if).toBe("github.event_name != 'pull_request'");
    const deploy = workflow.jobs['deploy']!;
    expect(deploy.needs).toBe('build');
    expect(deploy.if).toContain("github.ref == 'refs/heads/main'");
    expect(deploy.if).toContain("github.event_name != 'pull_request'");
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.steps.map((s) => s.uses)).toEqual(['actions/deploy-pages@v5']);
  });
});
