// Bring your own data: load a CSV (picker or ?data=), see it with filters and panels, download → load round trip,
// malformed files named with their row and column while the previous data stays, and back to the built-in data.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const fixture = (name: string) =>
  new URL(`../../src/lib/features/user-data/fixtures/${name}`, import.meta.url).pathname;
/** The map stage, which says how many zones the map model (and so either renderer) draws. */
const stage = (page: import('@playwright/test').Page) => page.locator('.map-stage').first();

test('a CSV from the file picker replaces the map; filters, panels and downloads work on it', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(stage(page)).toHaveAttribute('data-zones', '15');
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('valid.csv'));
  await expect(stage(page)).toHaveAttribute('data-zones', '3');
  await expect(page.getByTestId('notices')).toContainText('Loaded 3 zones from “valid.csv”');
  // Panels and filters work on the loaded zones.
  await page.getByTestId('zone-item').filter({ hasText: 'Xishan ETDZ' }).click();
  await expect(page.getByTestId('zone-header')).toContainText('De-administration');
  await page.goto(`${page.url()}`); // a reload brings the built-in data back (a picked file is not in the URL)
  await expect(stage(page)).toHaveAttribute('data-zones', '15');
});

test('download → load gives the same zones', async ({ page }) => {
  await page.goto('./?lang=en&model=statutory-body,committee-plus-company');
  await expect(page.getByTestId('match-count')).toHaveText('5 of 15 zones');
  await page.getByTestId('data-button').click();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const path = (await csv.path())!;
  const ids = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter(Boolean)
    .map((line) => line.replace(/^\uFEFF/, '').split(',')[0]);
  expect(ids).toHaveLength(5);
  await page
    .getByTestId('data-file')
    .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: readFileSync(path) });
  await expect(stage(page)).toHaveAttribute('data-zones', '5');
  await expect(page.getByTestId('zone-item')).toHaveCount(5);
  const shown = await page
    .getByTestId('zone-item')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-zone')).sort());
  expect(shown).toEqual([...ids].sort());
  // JSON too.
  await page.getByTestId('data-button').click();
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON' }).click(),
  ]);
  await page
    .getByTestId('data-file')
    .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: readFileSync((await json.path())!) });
  await expect(page.getByTestId('notices')).toContainText('Loaded 5 zones from “mine.json”');
  // And back.
  await page.getByTestId('data-button').click();
  await page.getByRole('button', { name: 'Back to the built-in data' }).click();
  await expect(stage(page)).toHaveAttribute('data-zones', '15');
});

for (const [file, code, where] of [
  ['unknown-model.csv', 'unknown-model', /Row 2, column “model”.*city-state/],
  ['out-of-china.csv', 'out-of-china', /row 2/i],
  ['duplicate-id.csv', 'duplicate-id', /Row 4, column “id”.*row 2/],
  ['missing-columns.csv', 'missing-columns', /lat/],
] as const) {
  test(`a malformed file (${file}) is refused with its place named; the built-in data stays`, async ({ page }) => {
    await page.goto('./?lang=en');
    await page.getByTestId('data-button').click();
    await page.getByTestId('data-file').setInputFiles(fixture(file));
    const errors = page.getByTestId('data-errors');
    await expect(errors).toBeVisible();
    await expect(errors.locator(`li[data-code="${code}"]`).first()).toContainText(where);
    await expect(stage(page)).toHaveAttribute('data-zones', '15');
    await expect(page.getByTestId('data-current')).toContainText('built-in');
  });
}

test('an HTML payload in a name stays text', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('html-name.csv'));
  await expect(stage(page)).toHaveAttribute('data-zones', '1');
  await expect(page.getByTestId('zone-item').first()).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('?data= loads a same-origin file before the view, and refuses another origin', async ({ page, watch }) => {
  await page.goto('./?lang=zh&data=./examples/zones-example.csv&zone=xishan-etdz');
  await expect(stage(page)).toHaveAttribute('data-zones', '3');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'xishan-etdz');
  await expect(page).toHaveURL(/[?&]data=/);
  // Back to the built-in data: the link no longer names the file, so a reload or a shared link shows the built-in map.
  await page.getByTestId('data-button').click();
  await page.getByRole('button', { name: '回到内置数据' }).click();
  await expect(stage(page)).toHaveAttribute('data-zones', '15');
  await expect(page).not.toHaveURL(/[?&]data=/);
  await page.reload();
  await expect(stage(page)).toHaveAttribute('data-zones', '15');
  watch.allowed.push(/Failed to load resource/);
  await page.goto('./?lang=en&data=https://example.org/zones.csv');
  await expect(stage(page)).toHaveAttribute('data-zones', '15');
  await expect(page.getByTestId('notices')).toContainText('The data file was not loaded');
  // A file that did not load is not kept in the link either.
  await expect(page).not.toHaveURL(/[?&]data=/);
  expect(watch.foreignRequests).toEqual([]);
});
