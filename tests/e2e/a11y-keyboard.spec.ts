// Keyboard, focus, zoom and user preferences: skip link, visible focus, 200% zoom, dark scheme, reduced motion.
import { test, expect } from './fixtures';

test('the first Tab reaches a skip link that jumps to the zone list', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('.map-stage').first()).toHaveAttribute('data-zones', '15');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the list of zones' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#zone-list')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-testid', 'zone-item');
});

test('every kind of control shows a visible focus ring', async ({ page }) => {
  await page.goto('./?lang=en&zone=yantai-etdz');
  const controls = [
    page.getByRole('button', { name: 'Present' }),
    page.getByRole('button', { name: /^Filters/ }),
    page.getByRole('combobox', { name: 'Search zones' }),
    page.getByTestId('zone-item').first(),
    page.getByRole('button', { name: 'Embed' }),
  ];
  // After a key press, focus counts as keyboard focus (:focus-visible) even when moved by script.
  await page.keyboard.press('Tab');
  for (const control of controls) {
    await control.focus();
    await expect(control).toBeFocused();
    const ring = await control.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
  }
});

test('at 200% zoom (640 CSS px wide) nothing overflows sideways and every action is reachable', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 450 });
  await page.goto('./?lang=zh&zone=qingdao-blue-valley');
  await expect(page.getByTestId('zone-header')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  for (const name of ['演示', '筛选', '复制链接', '嵌入', '重置视图']) {
    const button = page.getByRole('button', { name: new RegExp(`^${name}`) });
    await button.scrollIntoViewIfNeeded();
    await expect(button).toBeInViewport();
  }
  await page.getByRole('button', { name: /^筛选/ }).click();
  await expect(page.locator('#filter-panel')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
});

test('a dark system scheme gives a dark page and map; light stays light', async ({ browser }) => {
  for (const scheme of ['dark', 'light'] as const) {
    const page = await browser.newPage({ colorScheme: scheme });
    await page.goto('./?lang=en');
    await expect(page.locator('.map-stage').first()).toHaveAttribute('data-zones', '15');
    const lightness = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/\d+/g) ?? []).slice(0, 3).map(Number);
      const l = (c: string) => rgb(c).reduce((a, b) => a + b, 0) / 3;
      return {
        body: l(getComputedStyle(document.body).backgroundColor),
        text: l(getComputedStyle(document.body).color),
        sea: l(getComputedStyle(document.querySelector('.map-stage')!).backgroundColor),
      };
    });
    if (scheme === 'dark') {
      expect(lightness.body).toBeLessThan(60);
      expect(lightness.text).toBeGreaterThan(180);
      expect(lightness.sea).toBeLessThan(60);
    } else {
      expect(lightness.body).toBeGreaterThan(200);
      expect(lightness.text).toBeLessThan(80);
    }
    await page.close();
  }
});

test('under forced colours (Windows high contrast) the legend’s swatches keep the colours the map’s markers have', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('./?lang=en');
  await expect(page.locator('.map-stage').first()).toHaveAttribute('data-zones', '15');
  const colours = await page.evaluate(() => ({
    swatches: [...document.querySelectorAll('[data-testid="legend"] .swatch')].map(
      (s) => getComputedStyle(s).backgroundColor,
    ),
    markers: [...document.querySelectorAll('[data-testid="svg-map"] circle[data-zone]')].map(
      (c) => getComputedStyle(c).fill,
    ),
  }));
  const swatches = new Set(colours.swatches);
  // Six models, six colours (not all one system colour), each the fill of some marker on the map.
  expect(swatches.size).toBeGreaterThanOrEqual(5);
  for (const c of new Set(colours.markers)) expect(swatches.has(c), c).toBe(true);
});

test('the map is named once: its region says what it is, the picture what it shows', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('.map-stage').first()).toHaveAttribute('data-zones', '15');
  await expect(page.getByRole('region', { name: 'Map of the development zones' })).toHaveCount(1);
  await expect(page.getByRole('img', { name: /^15 development zones, coloured by management model/ })).toHaveCount(1);
  await expect(page.getByRole('img', { name: /map/i })).toHaveCount(0);
});

test('in the English UI every run of Chinese text is marked lang="zh-…"', async ({ page }) => {
  await page.goto('./?lang=en&zone=qingdao-blue-valley');
  await expect(page.getByTestId('zone-header')).toBeVisible();
  await page
    .getByTestId('zone-header')
    .getByRole('button', { name: /Show the source: Statutory body/ })
    .focus();
  await expect(page.getByTestId('evidence-popover').filter({ visible: true })).toBeVisible();
  const unmarked = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const el = n.parentElement;
      if (!/[\u4e00-\u9fff]/.test(text) || !el || el.closest('[hidden], [aria-hidden="true"], title, noscript'))
        continue;
      const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!lang.startsWith('zh')) out.push(text.trim().slice(0, 40));
    }
    return out;
  });
  expect(unmarked).toEqual([]);
});
