// The map: loads offline with no errors, WebGL really draws, selection by click, URL, reload and keyboard.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, seaAtCorner, webglReady, zoneItem } from './fixtures';

const atlas = (JSON.parse(readFileSync('data/build/atlas.json', 'utf8')) as { dataset: unknown }).dataset as {
  places: { zones: { id: string; name: { zh: string; en: string } }[] }[];
  taxonomy: { models: { id: string; color: string }[] };
};
const zones = atlas.places.flatMap((p) => p.zones);

test(
  'loads with every zone listed, no errors and no request to another host',
  { tag: '@webgl' },
  async ({ page, watch }) => {
    await page.goto('./?lang=en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zone Reform Atlas');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('zone-item')).toHaveCount(zones.length);
    await webglReady(page);
    // Once MapLibre draws, the SVG map is gone: nothing renders twice.
    await expect(page.getByTestId('svg-map')).toHaveCount(0);
    expect(watch.errors).toEqual([]);
  },
);

test(
  'the WebGL map really draws: many colours, and the selected zone’s colour at the centre',
  { tag: '@webgl' },
  async ({ page }) => {
    await page.goto('./?zone=qingdao-blue-valley');
    await webglReady(page);
    // A selected zone is centred in the part of the map its overlays (legend, attribution) leave.
    const [fx, fy] = await focusPoint(page);
    const sample = await page.evaluate(
      ([fx, fy]) => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="webgl-map"] canvas')!;
        const copy = document.createElement('canvas');
        copy.width = canvas.width;
        copy.height = canvas.height;
        const ctx = copy.getContext('2d')!;
        ctx.drawImage(canvas, 0, 0);
        const all = ctx.getImageData(0, 0, copy.width, copy.height).data;
        const colours = new Set<number>();
        for (let i = 0; i < all.length; i += 4 * 97) colours.add((all[i]! << 16) | (all[i + 1]! << 8) | all[i + 2]!);
        const ratio = copy.width / canvas.clientWidth;
        const cx = Math.round(fx! * ratio);
        const cy = Math.round(fy! * ratio);
        const centre = ctx.getImageData(cx - 4, cy - 4, 9, 9).data;
        const pixels: [number, number, number][] = [];
        for (let i = 0; i < centre.length; i += 4) pixels.push([centre[i]!, centre[i + 1]!, centre[i + 2]!]);
        return { distinct: colours.size, pixels };
      },
      [fx, fy],
    );
    expect(sample.distinct).toBeGreaterThan(8);
    const model = atlas.taxonomy.models.find((m) => m.id === 'statutory-body')!;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(model.color.slice(i, i + 2), 16));
    const near = sample.pixels.some(([pr, pg, pb]) => Math.abs(pr - r!) + Math.abs(pg - g!) + Math.abs(pb - b!) < 40);
    expect(near, `a pixel near ${model.color} at the centre`).toBe(true);
  },
);

test(
  'clicking a zone on the map selects it: URL and panel follow; reload restores it',
  { tag: '@webgl' },
  async ({ page }) => {
    await page.goto('./?lang=en');
    await webglReady(page);
    // Click the zone where MapLibre draws it: select from the list to centre it, clear, then click that point.
    await zoneItem(page, 'Linfen Economic Development Zone').click();
    await expect(page).toHaveURL(/zone=linfen-edz/);
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/zone=/);
    await expect(page.getByTestId('overview')).toBeVisible();
    await expect(page.getByTestId('webgl-map')).toHaveAttribute('data-state', 'idle');
    const box = (await page.getByTestId('webgl-map').boundingBox())!;
    const [fx, fy] = await focusPoint(page);
    await page.mouse.move(box.x + fx, box.y + fy);
    await expect(page.getByTestId('tooltip')).toContainText('Linfen Economic Development Zone');
    await page.mouse.click(box.x + fx, box.y + fy);
    await expect(page).toHaveURL(/zone=linfen-edz/);
    await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'linfen-edz');
    await expect(page.getByTestId('zone-header').getByRole('heading', { level: 2 })).toHaveText(
      'Linfen Economic Development Zone',
    );
    await page.reload();
    await expect(page.getByTestId('zone-header').getByRole('heading', { level: 2 })).toHaveText(
      'Linfen Economic Development Zone',
    );
    await expect(zoneItem(page, 'Linfen Economic Development Zone')).toHaveAttribute('aria-pressed', 'true');
  },
);

test('the list works with the keyboard alone', async ({ page }) => {
  await page.goto('./?lang=zh');
  await expect(page.getByTestId('zone-item').first()).toBeVisible();
  await page.getByTestId('zone-item').first().focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('zone-item').last()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const second = zones.at(-2)!;
  await expect(page).toHaveURL(new RegExp(`zone=${second.id}`));
  await expect(page.getByTestId('zone-header').getByRole('heading', { level: 2 })).toHaveText(second.name.zh);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('overview')).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`zone=${second.id}`));
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', second.id);
});

test('switching language relabels the page; a choice other than the browser’s goes into the URL', async ({ page }) => {
  // The test browser's own language is English, so English is the default and Chinese is written into links.
  await page.goto('./?zone=qingdao-blue-valley');
  await expect(page.getByTestId('zone-header').getByRole('heading', { level: 2 })).toHaveText('Qingdao Blue Valley');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByTestId('zone-header').getByRole('heading', { level: 2 })).toHaveText('青岛蓝谷');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page).toHaveURL(/lang=zh/);
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).not.toHaveURL(/lang=/);
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
});

test('a malformed link loads cleanly with a notice', async ({ page }) => {
  await page.goto('./?zone=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&lang=xx');
  await expect(page.getByTestId('notices')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.getByTestId('overview')).toBeVisible();
  await expect(page).not.toHaveURL(/zone=/);
});

test('a broken data file gives a clear message', async ({ page }) => {
  await page.route('**/atlas-data/atlas.json', (route) =>
    route.fulfill({ status: 200, body: '{"places": 1}', contentType: 'application/json' }),
  );
  await page.goto('./?lang=en');
  await expect(page.getByRole('alert')).toContainText('could not be loaded');
  await expect(page.getByRole('alert')).toContainText('atlas.json');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('when the WebGL context is lost the SVG map comes back and says so', { tag: '@webgl' }, async ({ page }) => {
  await page.goto('./?lang=en');
  await webglReady(page);
  await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="webgl-map"] canvas')!;
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl!.getExtension('WEBGL_lose_context')!.loseContext();
  });
  await expect(page.getByTestId('fallback-note')).toContainText('graphics were reset');
  await expect(page.getByTestId('svg-map')).toBeVisible();
  await expect(page.getByTestId('webgl-map')).toHaveCount(0);
  await page.locator('circle[data-zone="qingdao-cruise-port"]').dispatchEvent('click');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'qingdao-cruise-port');
});

for (const width of [320, 375, 1024, 2560]) {
  test(`nothing overflows sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('./?lang=en&zone=qingdao-sco-demonstration-zone');
    await expect(page.getByTestId('timeline')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('an OS switch to dark darkens the same MapLibre canvas, with no new map', { tag: '@webgl' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./?lang=en');
  await webglReady(page);
  const sea = () => seaAtCorner(page);
  await page.evaluate(() => {
    (window as { __canvas?: Element }).__canvas = document.querySelector('[data-testid="webgl-map"] canvas')!;
  });
  expect(await sea()).toBeGreaterThan(180);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(sea).toBeLessThan(60);
  expect(
    await page.evaluate(
      () => (window as { __canvas?: Element }).__canvas === document.querySelector('[data-testid="webgl-map"] canvas'),
    ),
  ).toBe(true);
  await expect(page.getByTestId('webgl-map')).toHaveCount(1);
});

/** Where the map centres a selected zone (the stage's data-focus), in px from the map's top left. */
async function focusPoint(page: Page): Promise<[number, number]> {
  const focus = (await page.locator('.map-stage').first().getAttribute('data-focus'))!;
  return focus.split(',').map(Number) as [number, number];
}
