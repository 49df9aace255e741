// Test fixtures: every page collects page errors, console errors and requests to other hosts, and fails the test on any.
import { test as base, expect, type Page } from '@playwright/test';

export interface Watch {
  errors: string[];
  foreignRequests: string[];
  /** Console errors a test causes on purpose (e.g. a request it aborts), matched by pattern. */
  allowed: RegExp[];
}

export const test = base.extend<{ watch: Watch }>({
  watch: async ({ page, baseURL }, use) => {
    const watch: Watch = { errors: [], foreignRequests: [], allowed: [] };
    const origin = new URL(baseURL!).origin;
    page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') watch.errors.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        watch.foreignRequests.push(url);
    });
    await use(watch);
    expect(
      watch.errors.filter((e) => !watch.allowed.some((a) => a.test(e))),
      'page errors',
    ).toEqual([]);
    expect(watch.foreignRequests, 'requests to other hosts').toEqual([]);
  },
});

export { expect };

/** Waits until MapLibre has taken over and is idle. */
export async function webglReady(page: Page) {
  await expect(page.locator('[data-renderer="webgl"]')).toBeVisible();
  await expect(page.getByTestId('webgl-map')).toHaveAttribute('data-state', 'idle');
}

export function zoneItem(page: Page, name: string | RegExp) {
  return page.getByRole('navigation').getByRole('button', { name });
}
