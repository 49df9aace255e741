// National scale (issue 20): a file of hundreds of zones, as a data editor loads a catalogue.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const CITIES = [
  { province: '山东', city: '烟台', at: [121.4, 37.5] },
  { province: '山东', city: '淄博', at: [118.05, 36.8] },
  { province: '江苏', city: '无锡', at: [120.3, 31.55] },
  { province: '山西', city: '临汾', at: [111.5, 36.1] },
  { province: '山东', city: '青岛', at: [120.4, 36.3] },
] as const;

/** A CSV of `n` zones spread over the five cities, numbered so that the last one is known. */
function catalogue(n: number): string {
  const header =
    'id,name_zh,name_en,lng,lat,province,city,level,model,measures,industries,source_title,source_url,quote';
  const lines = [header];
  for (let i = 0; i < n; i++) {
    const c = CITIES[i % CITIES.length]!;
    const id = `zone-${String(i + 1).padStart(4, '0')}`;
    // A small spiral around the city's centre, inside its prefecture.
    const a = i * 2.39996;
    const r = 0.02 + (i / n) * 0.12;
    const lng = (c.at[0] + r * Math.cos(a)).toFixed(4);
    const lat = (c.at[1] + r * Math.sin(a)).toFixed(4);
    const name = `测试开发区${String(i + 1).padStart(4, '0')}`;
    lines.push(
      `${id},${name},Test Zone ${i + 1},${lng},${lat},${c.province},${c.city},other,,,,示例,https://example.org/a,${name}`,
    );
  }
  return lines.join('\n');
}

async function load(page: Page, n: number) {
  await page.goto('./?lang=en');
  await page.getByTestId('data-button').click();
  await page
    .getByTestId('data-file')
    .setInputFiles({ name: 'catalogue.csv', mimeType: 'text/csv', buffer: Buffer.from(catalogue(n)) });
  await expect(page.locator('.map-stage')).toHaveAttribute('data-zones', String(n));
}

test('a list of 600 zones keeps only the rows in view in the page, and reaches every zone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await load(page, 600);
  const list = page.locator('#zone-list');
  await expect(list.getByRole('heading', { level: 2 })).toContainText('600');
  // The rows that fill the list's box (once it has been measured), not 600.
  await expect.poll(() => list.getByTestId('zone-item').count()).toBeGreaterThan(10);
  expect(await list.getByTestId('zone-item').count()).toBeLessThan(80);
  // Scrolled through a screen at a time, the list shows each of the 600 zones once.
  const scroller = page.getByTestId('zone-scroller');
  const seen = await scroller.evaluate(async (el) => {
    const ids = new Set<string>();
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let step = 0; step < 400; step++) {
      await frame();
      for (const b of el.querySelectorAll<HTMLElement>('[data-testid="zone-item"]')) ids.add(b.dataset.zone!);
      if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) break;
      el.scrollTop += el.clientHeight;
    }
    return [...ids];
  });
  expect(new Set(seen).size).toBe(600);
  // At the end, the last zone can be selected.
  const last = list.getByTestId('zone-item').last();
  const id = await last.getAttribute('data-zone');
  await last.click();
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', id!);
  expect(await list.getByTestId('zone-item').count()).toBeLessThan(80);
});

test('the keyboard walks the virtual list: Home, End and the arrows bring rows into view and focus them', async ({
  page,
}) => {
  await load(page, 600);
  const list = page.locator('#zone-list');
  const scroller = page.getByTestId('zone-scroller');
  const items = list.getByTestId('zone-item');
  const first = await items.first().getAttribute('data-zone');
  await items.first().focus();
  await page.keyboard.press('End');
  // The last row is rendered, scrolled into view and focused.
  await expect(page.locator(':focus')).toHaveAttribute('data-zone', (await items.last().getAttribute('data-zone'))!);
  await expect(page.locator(':focus')).toBeInViewport();
  expect(await scroller.evaluate((el) => el.scrollTop > 1000)).toBe(true);
  const beforeLast = await items.nth((await items.count()) - 2).getAttribute('data-zone');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAttribute('data-zone', beforeLast!);
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAttribute('data-zone', first!);
  expect(await scroller.evaluate((el) => el.scrollTop)).toBe(0);
  const second = await items.nth(1).getAttribute('data-zone');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-zone', second!);
});
