// Publish (issue 32): a data journalist's own CSV, published as one HTML file, uploaded to a static host and embedded
// in an article on another origin — self-sizing, the reader's view, the file's own credit, the full map in the same file.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { HostSite, HOST, HOST_PORT } from './host-server';
import { publishHtml } from '../../src/lib/core/data/published';
import type { AtlasFile } from '../../src/lib/core/data/schema';

const site = new HostSite();
/** The newsroom's article: the same port under another host name, so another origin than the uploaded file. */
const ARTICLE = `http://localhost:${HOST_PORT}`;
const APP = 'http://127.0.0.1:4317';
test.use({ otherOrigins: [HOST, ARTICLE] });
test.beforeAll(async () => site.start());
test.afterAll(async () => site.stop());

const CSV = readFileSync('public/examples/zones-example.csv');

test('a CSV from this computer, published as one file, embeds from another origin with no request to the atlas', async ({
  page,
}) => {
  await page.goto('/?lang=en&zone=xishan-etdz');
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles({ name: 'my-zones.csv', mimeType: 'text/csv', buffer: CSV });
  await expect(page.locator('.map-stage')).toHaveAttribute('data-zones', '3');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Embed' }).click();
  // The address names the file: the download is named so, and the code points there.
  const address = `${HOST}/maps/our-zones.html`;
  await page.getByTestId('publish-address').fill(address);
  const code = await page.getByTestId('embed-code').inputValue();
  expect(code).toContain(`src="${address}?view=embed`);
  expect(code).toContain(`<script src="${HOST}/maps/embed.js" async>`);
  expect(code).not.toContain('data=');
  // The preview shows the file's zones, as readers will see them, not the built-in data.
  const preview = page.frameLocator('[data-testid="embed-preview"]');
  await expect(preview.locator('.map-stage')).toHaveAttribute('data-zones', '3');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('publish').click()]);
  expect(download.suggestedFilename()).toBe('our-zones.html');
  const html = readFileSync((await download.path())!, 'utf8');
  await expect(page.getByTestId('publish-status')).toContainText('our-zones.html');

  // The newsroom uploads the file and embed.js to its static host, and pastes the code into an article elsewhere.
  site.page('/maps/our-zones.html', html);
  site.page('/maps/embed.js', readFileSync('dist/embed.js', 'utf8'), { 'content-type': 'text/javascript' });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  site.page(
    '/article.html',
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>Article</title><body><h1>Our zones</h1>${code}<p id="after">More text.</p></body></html>`,
  );
  await page.goto(`${ARTICLE}/article.html`);
  const frame = page.frameLocator('iframe[data-zone-reform-atlas]');
  await expect(frame.locator('.map-stage')).toHaveAttribute('data-zones', '3');
  await expect(frame.getByTestId('embed')).toBeVisible();
  // Readers see the file's sources as its source fields name them, never the editor's file name or a load notice.
  await expect(frame.locator('footer .source')).toContainText('Sources: 聚焦关键节点统筹推进开发区体制机制改革创新');
  await expect(frame.locator('footer')).not.toContainText('my-zones.csv');
  await expect(frame.getByTestId('notices')).toHaveCount(0);
  // Self-sizing: embed.js next to the file follows the embed's height.
  const content = () =>
    page
      .frames()
      .find((f) => f.url().startsWith(`${HOST}/maps/`))!
      .evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect
    .poll(async () => Math.abs((await page.locator('iframe').boundingBox())!.height - (await content())))
    .toBeLessThanOrEqual(1);
  // Nothing from the atlas's own site: the file holds the app, the basemap and the data.
  expect(requests.filter((u) => u.startsWith(APP))).toEqual([]);
  // The picker holds the file's zones; "Open the full map" opens the same file's full view.
  await frame.getByRole('combobox', { name: 'Choose a zone' }).selectOption('qingdao-blue-valley');
  const full = await frame.getByTestId('open-full').getAttribute('href');
  expect(full).toMatch(new RegExp(`^${HOST}/maps/our-zones\\.html\\?.*lang=en`));
  await page.goto(full!);
  await expect(page.getByTestId('side-panel')).toBeVisible();
  await expect(page.locator('.map-stage')).toHaveAttribute('data-zones', '3');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'qingdao-blue-valley');
});

test('a published page whose data was edited by hand says so, in the reader’s language', async ({ page }) => {
  const file = { dataset: {} } as unknown as AtlasFile;
  const html = publishHtml(readFileSync('dist/atlas-offline.html', 'utf8'), { name: 'x', search: '', file }, 'x');
  site.page('/maps/broken.html', html);
  await page.goto(`${HOST}/maps/broken.html?lang=en`);
  await expect(page.getByRole('alert')).toContainText('This page’s published data');
});

test('zones anywhere in China, named without coordinates, are placed, drawn on prefecture borders, and published with them', async ({
  page,
}) => {
  const national: string[] = [];
  page.on('request', (r) => r.url().includes('national.topo.json') && national.push(r.url()));
  await page.goto('/?lang=zh&view=embed');
  /** The prefecture borders the embed's SVG map draws: one subpath per border line. */
  const borderLines = (frame: { locator: typeof page.locator }) =>
    frame
      .locator('[data-testid="svg-map"] path.prefecture-borders')
      .getAttribute('d')
      .then((d) => (d ?? '').split('M').length - 1);
  const builtIn = await borderLines(page);
  expect(national).toEqual([]);

  await page.goto('/?lang=zh&zone=xishan-etdz');
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles('src/lib/features/user-data/fixtures/national-names.csv');
  await expect(page.locator('.map-stage')).toHaveAttribute('data-zones', '8');
  expect(national).toHaveLength(1);
  await page.keyboard.press('Escape');
  // Each zone says where its position comes from, and how approximate it is.
  await page.getByRole('combobox').first().fill('成都高新');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('zone-header')).toContainText('按地名放在成都市境内的一个代表点');

  await page.getByRole('button', { name: '嵌入' }).click();
  await page.getByTestId('publish-address').fill(`${HOST}/maps/national.html`);
  const code = await page.getByTestId('embed-code').inputValue();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('publish').click()]);
  const html = readFileSync((await download.path())!, 'utf8');
  // The layer goes along cut to the data's eight provinces, not the whole of China.
  expect(html.length).toBeLessThan(readFileSync('dist/atlas-offline.html', 'utf8').length + 700_000);

  site.page('/maps/national.html', html);
  site.page('/maps/embed.js', readFileSync('dist/embed.js', 'utf8'), { 'content-type': 'text/javascript' });
  site.page(
    '/article2.html',
    `<!doctype html><html lang="zh"><meta charset="utf-8"><title>A</title><body>${code}</body></html>`,
  );
  // Requests of the article and the published frame (not the editor's page, whose embed preview may still be loading).
  const requests: string[] = [];
  page.on('request', (r) => !r.frame().url().startsWith(APP) && requests.push(r.url()));
  await page.goto(`${ARTICLE}/article2.html`);
  const frame = page.frameLocator('iframe[data-zone-reform-atlas]');
  await expect(frame.locator('.map-stage')).toHaveAttribute('data-zones', '8');
  // Sichuan, Hubei, Guangdong … have their prefecture borders, as the three built-in provinces do.
  await expect.poll(() => borderLines(frame)).toBeGreaterThan(builtIn * 3);
  expect(requests.filter((u) => u.startsWith(APP))).toEqual([]);
});
