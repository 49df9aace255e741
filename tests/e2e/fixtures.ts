// Test fixtures: every page collects page errors, console errors and requests to other hosts, and fails the test on any.
import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';
import { startMapLibre } from './map-counts';

export interface Watch {
  errors: string[];
  foreignRequests: string[];
  /** Console errors a test causes on purpose (e.g. a request it aborts), matched by pattern. */
  allowed: RegExp[];
}

/** What a page did that fails a test: page errors, console errors, failed responses, requests to other hosts. */
function watchPage(page: Page, own: readonly string[]): Watch {
  const watch: Watch = { errors: [], foreignRequests: [], allowed: [] };
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  // Console errors name no URL for a failed resource: the response does.
  page.on('response', (r) => {
    if (r.status() >= 400) watch.errors.push(`http ${r.status()}: ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (![...own, 'data:', 'blob:'].some((o) => url.startsWith(o))) watch.foreignRequests.push(url);
  });
  return watch;
}

const reportCsp = () =>
  document.addEventListener('securitypolicyviolation', (e) =>
    console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
  );

/** Fails on what the watch saw (less what the test allowed), then forgets it for the next test on the same page. */
function settle(watch: Watch) {
  const errors = watch.errors.filter((e) => !watch.allowed.some((a) => a.test(e)));
  const foreign = [...watch.foreignRequests];
  watch.errors.length = 0;
  watch.foreignRequests.length = 0;
  watch.allowed.length = 0;
  expect(errors, 'page errors').toEqual([]);
  expect(foreign, 'requests to other hosts').toEqual([]);
}

export const test = base.extend<{ watch: Watch; otherOrigins: string[] }>({
  /** Origins besides the app's that a test serves itself (a host page that embeds the app). */
  otherOrigins: [[], { option: true }],
  // Automatic: every test, whether it names `watch` or not, fails on page errors, console errors, CSP violations and
  // requests to any other host.
  watch: [
    async ({ page, baseURL, otherOrigins }, use) => {
      await page.addInitScript(reportCsp);
      const watch = watchPage(page, [new URL(baseURL!).origin, ...otherOrigins]);
      await use(watch);
      settle(watch);
    },
    { auto: true },
  ],
});

/** The test function for spec files that share one page (sharedPage): no page of its own per test. */
export const appTest = base;

/**
 * One page for a whole spec file (docs/testing.md): the app loads once, and each test reaches its view through the
 * app's own navigation (`visit`: history.pushState + popstate, as Back and Forward apply a link). Page errors, console
 * errors, CSP violations and requests to other hosts fail the test in which they happen, as with `test`. Call it at the
 * top of the file; `app()` is the page, `watch()` what it saw during the current test.
 */
export function sharedPage(options: BrowserContextOptions = {}): { app: () => Page; watch: () => Watch } {
  let page: Page | undefined;
  let watch: Watch | undefined;
  appTest.beforeAll(async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block', ...options });
    page = await context.newPage();
    await page.addInitScript(reportCsp);
    watch = watchPage(page, [new URL(baseURL!).origin]);
  });
  appTest.afterEach(() => settle(watch!));
  appTest.afterAll(async () => {
    await page?.context().close();
  });
  return { app: () => page!, watch: () => watch! };
}

/**
 * Shows `query` (e.g. "./?lang=en&zone=yantai-etdz") in the app on `page`: a page load the first time, then the
 * app's own navigation, which applies the whole query string as a shared link would (url-sync.svelte.ts). Resolves
 * once the app's map stage is on screen with the query applied.
 */
export async function visit(page: Page, query: string): Promise<void> {
  if (!/^https?:/.test(page.url())) await page.goto(query);
  else {
    // The pointer leaves what it last touched (a list row, a matrix row under it once the panel changes would take
    // hover), and the notices of the view before, which belong to its link, are dismissed, as a reader would.
    await page.mouse.move(0, 0);
    for (const dismiss of await page.getByTestId('notices').getByRole('button').all()) await dismiss.click();
    await expect(page.getByTestId('notices').locator('.notice')).toHaveCount(0);
    await page.evaluate((q) => {
      history.pushState(null, '', q);
      dispatchEvent(new PopStateEvent('popstate'));
    }, query);
  }
  await expect(page.locator('.map-stage').first()).toHaveAttribute('data-zones', /[1-9]/);
}

export { expect };

/** Waits until MapLibre has taken over and is idle (in an embed, after the reader's first gesture: startMapLibre). */
export async function webglReady(page: Page) {
  await startMapLibre(page);
  await expect(page.locator('[data-renderer="webgl"]')).toBeVisible();
  await expect(page.getByTestId('webgl-map')).toHaveAttribute('data-state', 'idle');
}

/**
 * Resolves once each target window (a page or frame) has been handed every message posted to it before a marker:
 * window messages are delivered in order, so the marker's arrival proves the earlier ones were all dispatched.
 * `post` posts the messages under test and ends by posting `marker` to each target.
 */
export async function afterMessages(
  targets: readonly { evaluate: Page['evaluate'] }[],
  post: (marker: string) => Promise<unknown>,
): Promise<void> {
  const marker = `atlas-test-marker-${Math.random().toString(36).slice(2)}`;
  // Listeners first (awaited), so none can miss its marker.
  const seen = await Promise.all(
    targets.map((t) =>
      t
        .evaluate((m) => {
          const w = window as { __atlasMarker?: Promise<void> };
          w.__atlasMarker = new Promise<void>((resolve) =>
            addEventListener('message', (e) => {
              if (e.data === m) resolve();
            }),
          );
        }, marker)
        .then(() => t),
    ),
  );
  await post(marker);
  await Promise.all(seen.map((t) => t.evaluate(() => (window as { __atlasMarker?: Promise<void> }).__atlasMarker)));
}

/**
 * The mean of R, G and B (0–255) of MapLibre's canvas 6 px in from its top-right corner: the sea at the five cities'
 * frame. The canvas keeps its drawing buffer, so it can be copied to a 2D canvas and read.
 */
export function seaAtCorner(page: Page): Promise<number> {
  return page.locator('[data-testid="webgl-map"] canvas').evaluate((c: HTMLCanvasElement) => {
    const copy = document.createElement('canvas');
    copy.width = c.width;
    copy.height = c.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(c, 0, 0);
    const [r, g, b] = ctx.getImageData(c.width - 6, 6, 1, 1).data;
    return (r! + g! + b!) / 3;
  });
}

export function zoneItem(page: Page, name: string | RegExp) {
  // The list's zone buttons only: each row also has a "Compare …" pin whose name contains the zone's.
  return page.getByRole('navigation').getByTestId('zone-item').and(page.getByRole('button', { name }));
}

/**
 * Moves the presentation on `page` to step n with the clicker's number keys (digits, then Enter), as a presenter
 * jumps: a step's own pages (a long comparison) are not walked. Resolves once the caption shows the step.
 */
export async function toStep(page: Page, step: number): Promise<void> {
  for (const digit of String(step)) await page.keyboard.press(digit);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', String(step));
}
