// Bring your own data: load a CSV (picker or ?data=), see it with filters and panels, download → load round trip,
// malformed files named with their row and column while the previous data stays, and back to the built-in data.
import { readFileSync } from 'node:fs';
import { utils, write } from '@e965/xlsx';
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

// Each malformed file's message is a unit test (io-import.test.ts); here, the dialog lists one with its place and the
// built-in data stays.
test('a malformed file is refused with its place named; the built-in data stays', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('duplicate-id.csv'));
  const errors = page.getByTestId('data-errors');
  await expect(errors).toBeVisible();
  await expect(errors.locator('li[data-code="duplicate-id"]').first()).toContainText(/Row 4, column “id”.*row 2/);
  await expect(stage(page)).toHaveAttribute('data-zones', '15');
  await expect(page.getByTestId('data-current')).toContainText('built-in');
});

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

test('files as Chinese Excel, WPS and Amap give them load through the dialog, at their true positions, under city names', async ({
  page,
}) => {
  await page.goto('./?lang=zh');
  await page.getByTestId('data-button').click();
  // GB18030 with Chinese headers and labels, cities by name or from the point.
  await page.getByTestId('data-file').setInputFiles(fixture('excel-gbk.csv'));
  await expect(stage(page)).toHaveAttribute('data-zones', '2');
  await expect(page.getByTestId('notices')).toContainText('按 GB18030 编码读取');
  await expect(page.locator('header .subtitle')).toHaveText('“excel-gbk.csv”：青岛和无锡的2个开发区');
  await page.getByTestId('zone-item').filter({ hasText: '锡山' }).click();
  await expect(page.getByTestId('zone-header')).toContainText('无锡');
  await expect(page.getByTestId('zone-header')).not.toContainText('320200');
  // An .xlsx workbook made by the library, with Amap (GCJ-02) coordinates chosen in the dialog.
  const book = utils.book_new();
  utils.book_append_sheet(
    book,
    utils.aoa_to_sheet([
      ['名称', '经度', '纬度', '城市', '管理体制', '来源标题', '引文'],
      ['青岛蓝谷', 120.675719, 36.369134, '青岛', '法定机构', '聚焦', '青岛蓝谷的体制'],
    ]),
    '开发区',
  );
  const xlsx = Buffer.from(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-crs').selectOption('gcj02');
  await page
    .getByTestId('data-file')
    .setInputFiles({ name: '开发区.xlsx', mimeType: 'application/octet-stream', buffer: xlsx });
  await expect(stage(page)).toHaveAttribute('data-zones', '1');
  await expect(page.getByTestId('notices')).toContainText('1 个坐标由 GCJ-02（高德、腾讯）转换为 WGS84');
  // A name that disagrees with the point is refused with both named; the loaded data stays.
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('city-mismatch.csv'));
  await expect(page.getByTestId('data-errors')).toContainText('城市“烟台”与坐标不符：坐标在青岛市');
  await expect(stage(page)).toHaveAttribute('data-zones', '1');
});

test('?data= reads a GBK file from the site, and a failing one names its first problem', async ({ page, watch }) => {
  await page.route(
    (url) => url.pathname.startsWith('/uploads/'),
    (route) =>
      route.fulfill({
        contentType: 'text/csv',
        body: readFileSync(
          fixture(
            { 'gbk.csv': 'excel-gbk.csv', 'harbin.csv': 'city-needed.csv' }[route.request().url().split('/').pop()!] ??
              'bad-province.csv',
          ),
        ),
      }),
  );
  await page.goto('./?lang=en&data=./uploads/gbk.csv');
  await expect(stage(page)).toHaveAttribute('data-zones', '2');
  await expect(page.getByTestId('notices')).toContainText('Read as GB18030, separated by commas.');
  await expect(page.locator('header .subtitle')).toHaveText('“gbk.csv”: 2 zones in Qingdao and Wuxi');
  // A point in Heilongjiang with no city named: the national layer finds Harbin.
  await page.goto('./?lang=en&data=./uploads/harbin.csv');
  await expect(page.locator('header .subtitle')).toHaveText('“harbin.csv”: 1 zone in Harbin');
  watch.allowed.push(/Failed to load resource/);
  await page.goto('./?lang=en&data=./uploads/bad-province.csv');
  await expect(stage(page)).toHaveAttribute('data-zones', '15');
  await expect(page.getByTestId('notices')).toContainText('Row 2, column “province”: No province “37” found');
  await expect(page.getByTestId('notices')).toContainText('1 problem in all');
});

test('a file that loads with mistakes says so in the notice, and the dialog lists them by row', async ({ page }) => {
  await page.goto('./?lang=zh');
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('duplicate-zone.csv'));
  await expect(stage(page)).toHaveAttribute('data-zones', '4');
  await expect(page.getByTestId('notices')).toContainText('文件有1条提示');
  await page.getByTestId('data-button').click();
  await expect(page.getByRole('dialog')).toContainText('第5行');
  await expect(page.getByRole('dialog')).toContainText('开发区“青岛蓝谷”出现了两次：第2行已经有同名开发区');
  // A link copied now would show readers the built-in data: said when it is copied.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '复制链接' }).click();
  await expect(page.getByTestId('notices')).toContainText('不含从本机载入的“duplicate-zone.csv”');
});

test('the embed dialog offers Publish for a file picked from this computer, which no link carries; a ?data= file travels', async ({
  page,
}) => {
  await page.goto('./?lang=en');
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('valid.csv'));
  await expect(stage(page)).toHaveAttribute('data-zones', '3');
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByTestId('embed-local-data')).toContainText('“valid.csv” was loaded from this computer');
  // The file is named after the address it will be uploaded to: the address comes first.
  await expect(page.getByTestId('publish-needs-address')).toBeVisible();
  await page.getByTestId('publish-address').fill('https://cdn.example.com/maps/zones.html');
  await expect(page.getByTestId('embed-local-data').getByTestId('publish')).toBeVisible();
  await expect(page.getByTestId('embed-code')).toHaveValue(
    /src="https:\/\/cdn\.example\.com\/maps\/zones\.html\?view=embed/,
  );
  await expect(page.getByTestId('embed-code')).not.toHaveValue(/data=/);
  await page.goto('./?lang=en&data=./examples/zones-example.csv');
  await expect(stage(page)).toHaveAttribute('data-zones', '3');
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByTestId('embed-code')).toHaveValue(/data=/);
  await expect(page.getByTestId('embed-local-data')).toHaveCount(0);
  // The preview's own notices (the file's loading report) are the editor's, shown beside it, never in the embed.
  await expect(page.getByTestId('embed-preview-notices')).toContainText('Loaded 3 zones from “zones-example.csv”');
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.getByTestId('embed')).toBeVisible();
  await expect(preview.getByTestId('notices')).toHaveCount(0);
  // Esc closes the dialog from inside the preview too.
  await preview.getByRole('combobox').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('embed-dialog')).toHaveCount(0);
});

test('the measures matrix lists only measures the loaded zones name, and says so when they name none', async ({
  page,
}) => {
  await page.goto('./?lang=en');
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('valid.csv'));
  await expect(stage(page)).toHaveAttribute('data-zones', '3');
  // valid.csv names two measures (Xishan's); the other 11 rows would be empty.
  await expect(page.getByTestId('matrix-dropped')).toHaveText('11 measures that no zone names are left out.');
  await expect(page.getByTestId('measure-matrix').getByRole('button', { name: /^Streamlining/ })).toBeVisible();
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('china-wide.csv'));
  await expect(stage(page)).toHaveAttribute('data-zones', '5');
  await expect(page.getByTestId('matrix-empty')).toHaveText('These zones’ data list no reform measures.');
  await expect(page.getByTestId('measure-matrix')).toHaveCount(0);
});

test('a long tour from a file (17 steps) keeps the presenter bar to one row: a slider, not dots', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.route(
    (url) => url.pathname === '/uploads/national.csv',
    (route) => route.fulfill({ contentType: 'text/csv', body: readFileSync(fixture('national-names.csv')) }),
  );
  await page.goto('./?lang=zh&view=present&data=./uploads/national.csv');
  await expect(page.getByTestId('step-count')).toHaveText('1 / 17');
  const bar = page.getByTestId('presenter-bar');
  const slider = bar.getByRole('slider', { name: '演示的步骤' });
  await expect(slider).toBeVisible();
  expect((await bar.boundingBox())!.height).toBeLessThan(60);
  // The key hint keeps room to be read, and no button wraps.
  expect((await bar.locator('.keys').boundingBox())!.width).toBeGreaterThan(100);
  for (const button of await bar.getByRole('button').all()) {
    const box = (await button.boundingBox())!;
    expect(box.height, (await button.textContent()) ?? '').toBeLessThan(40);
  }
  await page.keyboard.press('End');
  await expect(page.getByTestId('step-count')).toHaveText('17 / 17');
  await expect(slider).toHaveValue('17');
});
