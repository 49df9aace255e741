// Bring your own data: load a CSV (picker or ?data=), see it with filters and panels, download → load round trip,
// malformed files named with their row and column while the previous data stays, and back to the built-in data.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const fixture = (name: string) => new URL(`../fixtures/user-data/${name}`, import.meta.url).pathname;
const circles = (page: import('@playwright/test').Page) => page.locator('[data-testid="svg-map"] circle.zone');

test('a CSV from the file picker replaces the map; filters, panels and downloads work on it', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(circles(page)).toHaveCount(15);
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('valid.csv'));
  await expect(circles(page)).toHaveCount(3);
  await expect(page.getByTestId('notices')).toContainText('Loaded 3 zones from “valid.csv”');
  // Panels and filters work on the loaded zones.
  await page.getByTestId('zone-item').filter({ hasText: 'Xishan ETDZ' }).click();
  await expect(page.getByTestId('zone-header')).toContainText('De-administration');
  await page.goto(`${page.url()}`); // a reload brings the built-in data back (a picked file is not in the URL)
  await expect(circles(page)).toHaveCount(15);
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
  await expect(circles(page)).toHaveCount(5);
  const shown = await circles(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-zone')).sort());
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
  await expect(circles(page)).toHaveCount(15);
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
    await expect(circles(page)).toHaveCount(15);
    await expect(page.getByTestId('data-current')).toContainText('built-in');
  });
}

test('an HTML payload in a name stays text', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('html-name.csv'));
  await expect(circles(page)).toHaveCount(1);
  await expect(page.getByTestId('zone-item').first()).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

test('?data= loads a same-origin file before the view, and refuses another origin', async ({ page, watch }) => {
  await page.goto('./?lang=zh&data=./examples/zones-example.csv&zone=xishan-etdz');
  await expect(circles(page)).toHaveCount(3);
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'xishan-etdz');
  watch.allowed.push(/Failed to load resource/);
  await page.goto('./?lang=en&data=https://example.org/zones.csv');
  await expect(circles(page)).toHaveCount(15);
  await expect(page.getByTestId('notices')).toContainText('The data file was not loaded');
  expect(watch.foreignRequests).toEqual([]);
});
