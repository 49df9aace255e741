// The prerendered first view (issue 20): painted from index.html alone, hydrated in place, never shown to a visit
// it does not fit.
import { createHash } from 'node:crypto';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** The page as it is before its scripts run: every external script is refused. */
async function withoutScripts(page: Page, watch: { allowed: RegExp[] }) {
  watch.allowed.push(/Failed to load resource/);
  await page.route(/\.(m?js)(\?.*)?$/, (route) => route.abort('blockedbyclient'));
}

// A Chinese browser by default; English visits get the English first view (the tests below say which).
test.use({ locale: 'zh-CN' });

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

test('index.html alone paints the map of the five cities: header, legend and every zone', async ({ page, watch }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await withoutScripts(page, watch);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('开发区改革地图');
  await expect(page.getByTestId('svg-map').locator('circle.zone')).toHaveCount(15);
  await expect(page.getByTestId('svg-map').locator('[data-label]').first()).toBeVisible();
  await expect(page.getByTestId('legend')).toContainText('法定机构');
  await expect(page.getByTestId('match-count')).toHaveText(/15/);
  // The side panel's overview too, styled: the page's largest text is there from the first paint.
  await expect(page.getByTestId('overview')).toContainText('五地开发区改革概览');
  await expect(page.getByTestId('measure-matrix')).toBeVisible();
  await expect(page.getByTestId('skeleton')).toBeHidden();
});

test('index.html alone paints the English view for an English browser or a lang=en link, never the Chinese one', async ({
  browser,
  baseURL,
}) => {
  for (const [locale, url] of [
    ['en-GB', './'],
    ['zh-CN', './?lang=en'],
  ] as const) {
    const context = await browser.newContext({ baseURL, locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.route(/\.(m?js)(\?.*)?$/, (route) => route.abort('blockedbyclient'));
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zone Reform Atlas');
    await expect(page.getByTestId('svg-map').locator('circle.zone')).toHaveCount(15);
    await expect(page.getByTestId('legend')).toContainText('Statutory body');
    await expect(page.getByTestId('overview')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText('开发区改革地图', { exact: true })).toHaveCount(0);
    await expect(page.getByTestId('skeleton')).toBeHidden();
    await context.close();
  }
});

test('the dark scheme, the system’s or a link’s, gets the same prerendered view, in dark colours before any script', async ({
  browser,
  baseURL,
}) => {
  for (const [scheme, url] of [
    ['dark', './'],
    ['light', './?theme=dark'],
  ] as const) {
    const context = await browser.newContext({
      baseURL,
      locale: 'zh-CN',
      colorScheme: scheme,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.route(/\.(m?js)(\?.*)?$/, (route) => route.abort('blockedbyclient'));
    await page.goto(url);
    const map = page.getByTestId('svg-map');
    await expect(map.locator('circle.zone')).toHaveCount(15);
    await expect(page.getByTestId('skeleton')).toBeHidden();
    // app.css's dark tokens: the sea #0f1b24 and the land #26313b, on the map as on the page.
    expect(await map.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(15, 27, 36)');
    const fills = await map.locator('path').evaluateAll((paths) => paths.map((p) => getComputedStyle(p).fill));
    expect(fills).toContain('rgb(38, 49, 59)');
    expect(fills).not.toContain('rgb(248, 246, 241)');
    await context.close();
  }
});

test('the inline scripts and style are the only ones, each allowed by the hash the server sends', async ({
  page,
  request,
}) => {
  const response = await request.get('./');
  const html = await response.text();
  const policy = response.headers()['content-security-policy']!;
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  // The head script, and the one that swaps the English view in.
  expect(scripts).toHaveLength(2);
  expect(styles).toHaveLength(1);
  expect(policy).toMatch(new RegExp(`script-src 'self' ${scripts.map((s) => escape(hash(s))).join(' ')}`));
  expect(policy).toMatch(new RegExp(`style-src 'self' ${escape(hash(styles[0]!))}`));
  // Deployers send the policy the build wrote.
  expect((await (await request.get('./content-security-policy.txt')).text()).trim()).toBe(policy);
  // A style attribute would be blocked by that policy: the prerender moves them into classes.
  expect(html).not.toMatch(/<[a-z][^>]*\sstyle="/i);
  // Nothing else is needed for the first paint: no stylesheet link.
  expect(html).not.toMatch(/<link rel="stylesheet"/);
  await page.goto('./');
  await expect(page.getByTestId('side-panel')).toBeVisible();
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PRERENDERED = [
  { name: 'the Chinese default view', url: './', locale: 'zh-CN', heading: '开发区改革地图' },
  { name: 'an English browser', url: './', locale: 'en-GB', heading: 'Zone Reform Atlas' },
  { name: 'English by link', url: './?lang=en', locale: 'zh-CN', heading: 'Zone Reform Atlas' },
] as const;

for (const view of PRERENDERED)
  test(`${view.name}: the app hydrates the prerendered page in place, and it answers at once`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, locale: view.locale, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    // The nodes the parser made, and where each marker was painted, recorded as the HTML arrives.
    await page.addInitScript(() => {
      const w = window as unknown as { __first?: { h1: Element; circle: Element; at: Record<string, number[]> } };
      const observer = new MutationObserver(() => {
        const h1 = document.querySelector('h1');
        const circles = [...document.querySelectorAll('[data-testid="svg-map"] circle.zone')];
        if (
          w.__first ||
          !h1 ||
          circles.length < 15 ||
          !document.getElementById('app')?.hasAttribute('data-prerendered')
        )
          return;
        // An English visit: the English markup is swapped in before the first paint (prerender.ts SWAP_SCRIPT).
        if (document.documentElement.getAttribute('data-first-view') === 'en') return;
        const at: Record<string, number[]> = {};
        for (const c of circles) {
          const r = c.getBoundingClientRect();
          at[(c as SVGElement).dataset.zone!] = [r.x + r.width / 2, r.y + r.height / 2];
        }
        w.__first = { h1, circle: circles[0]!, at };
        observer.disconnect();
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await page.goto(view.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.heading);
    await expect(page.locator('#app')).not.toHaveAttribute('data-prerendered');
    await expect(page.getByTestId('side-panel')).toBeVisible();
    const result = await page.evaluate(() => {
      const w = window as unknown as { __first?: { h1: Element; circle: Element; at: Record<string, number[]> } };
      const first = w.__first!;
      const moved: string[] = [];
      for (const c of document.querySelectorAll('[data-testid="svg-map"] circle.zone')) {
        const r = c.getBoundingClientRect();
        const [x, y] = first.at[(c as SVGElement).dataset.zone!]!;
        if (Math.abs(r.x + r.width / 2 - x!) > 2 || Math.abs(r.y + r.height / 2 - y!) > 2)
          moved.push((c as SVGElement).dataset.zone!);
      }
      return {
        sameHeading: first.h1 === document.querySelector('h1'),
        sameMarker: !document.querySelector('[data-testid="svg-map"]') || first.circle.isConnected,
        moved,
      };
    });
    // Hydrated, not thrown away and mounted again.
    expect(result.sameHeading).toBe(true);
    expect(result.sameMarker).toBe(true);
    // Drawn for this window (1280 × 800: FIRST_VIEW_STAGE), the map does not jump when the app takes over.
    expect(result.moved).toEqual([]);
    await page.getByTestId('zone-item').first().click();
    await expect(page.getByTestId('zone-header')).toBeVisible();
    await context.close();
  });

const OTHER_VIEWS: { name: string; url: string; locale?: string; dark?: boolean; heading: RegExp | null }[] = [
  { name: 'a zone in English', url: './?zone=linfen-edz&lang=en', heading: /Zone Reform Atlas/ },
  { name: 'a zone', url: './?zone=linfen-edz', heading: /开发区改革地图/ },
  { name: 'the embed', url: './?view=embed', heading: null },
  { name: 'the presenter', url: './?view=present', heading: null },
];

for (const view of OTHER_VIEWS) {
  test(`${view.name}: the prerendered view never shows, the skeleton does, then the right view`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      baseURL,
      serviceWorkers: 'block',
      locale: view.locale ?? 'zh-CN',
      colorScheme: view.dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
    });
    // Before the scripts: the skeleton, not the Chinese default view.
    await page.route(/\.(m?js)(\?.*)?$/, (route) => route.abort('blockedbyclient'));
    await page.goto(view.url);
    await expect(page.getByTestId('skeleton')).toBeVisible();
    await expect(page.locator('#app')).toBeHidden();
    // With them: the view asked for.
    await page.unrouteAll();
    await page.goto(view.url);
    await expect(page.getByTestId('skeleton')).toHaveCount(0);
    if (view.heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(view.heading);
    if (view.url.includes('zone='))
      await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'linfen-edz');
    if (view.url.includes('embed')) await expect(page.locator('html')).toHaveClass(/embed/);
    if (view.url.includes('present')) await expect(page.getByTestId('presenter')).toBeVisible();
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('a link WeChat has added its parameters to still gets the prerendered view', async ({ page, watch }) => {
  await withoutScripts(page, watch);
  await page.goto('./?isappinstalled=0&scene=1');
  await expect(page.getByTestId('svg-map').locator('circle.zone')).toHaveCount(15);
  await expect(page.getByTestId('skeleton')).toBeHidden();
});
