import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium; tests never download a browser. */
export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Launches headless Debian Chromium with flags that keep it off the network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/**
 * Waits until the search page has finished what its URL asks (a search, or "more"): its root is
 * no longer `aria-busy` and `data-completed` names the current query (src/search/browser/app.ts).
 * @param timeout - ms before giving up (a first query on a large archive downloads more).
 */
export async function searchSettled(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.getElementById('search');
      return (
        root?.getAttribute('aria-busy') === 'false' &&
        root.dataset['completed'] === (location.search || '?')
      );
    },
    undefined,
    { timeout },
  );
}
