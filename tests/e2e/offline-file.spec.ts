// The one-file offline copy (issue 17): dist/atlas-offline.html opens from disk with every network request refused,
// and presents the whole tour with its notes window and slide export; the app links to it.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { test, expect, toStep } from './fixtures';
import { readSlide } from './slide';

const COPY = pathToFileURL(resolve('dist/atlas-offline.html')).href;
test.use({ otherOrigins: ['file://'] });

test('the one-file copy opened from disk, with no network, presents the tour with notes and a slide', async ({
  page,
  context,
}) => {
  const network: string[] = [];
  context.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) network.push(r.url());
  });
  await context.route(/^https?:/, (route) => route.abort());
  await context.setOffline(true);

  await page.goto(`${COPY}?lang=en`);
  // The SVG map is the map here (no MapLibre in the copy), with every zone and no note about a fallback.
  await expect(page.getByTestId('svg-map')).toBeVisible();
  await expect(page.locator('.map-stage').first()).toHaveAttribute('data-zones', '15');
  await expect(page.getByTestId('fallback-note')).toHaveCount(0);
  await expect(page.getByTestId('side-panel')).toBeVisible();
  await expect(page.getByTestId('offline-copy')).toHaveCount(0);

  await page.keyboard.press('p');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '1');
  const total = Number(/\/\s*(\d+)/.exec(await page.getByTestId('step-count').innerText())![1]);
  for (let step = 2; step <= total; step++) await toStep(page, step);
  await expect(page.getByTestId('step-compare-models')).toBeVisible();

  // The notes window is the same file; it follows the talk and its clicker keys move the main window.
  const [notes] = await Promise.all([
    context.waitForEvent('page'),
    page.getByRole('button', { name: 'Notes window' }).click(),
  ]);
  await expect(notes.getByTestId('notes-step')).toHaveText(`Step ${total} of ${total}`);
  await notes.keyboard.press('PageUp');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', String(total - 1));
  await notes.close();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
  expect((await readSlide(page, download)).panel).toBeGreaterThan(10);
  // The deck's writer is in the file too: a .pptx with a slide per step, made with no network.
  const [deck] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-deck').click()]);
  const zip = await JSZip.loadAsync(readFileSync((await deck.path())!));
  expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length).toBeGreaterThanOrEqual(
    total,
  );
  expect(network, 'requests to the network').toEqual([]);
});

test('the app links its one-file copy, a self-contained HTML file', async ({ page }) => {
  await page.goto('./?lang=en');
  const link = page.getByRole('link', { name: /Offline copy/ });
  await expect(link).toHaveAttribute('download', /\.html$/);
  await expect(link).toHaveAttribute('title', /Download for offline presenting/);
  const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
  expect(response.ok()).toBe(true);
  const html = await response.text();
  // Everything inline: no script, style or data file is fetched from elsewhere.
  // (Script bodies are dropped first: the embed code the app writes for newsrooms mentions a script src itself.)
  const tags = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1');
  expect(tags).toMatch(/<script type="module"/);
  expect(tags).not.toMatch(/<script[^>]+src=|<link[^>]+rel="(stylesheet|preload|modulepreload)"/);
  expect(html).toContain('"./atlas-data/atlas.json"');
});

test('the one-file copy tells the scroll story from disk too (issue 33)', async ({ page, context }) => {
  await context.route(/^https?:/, (route) => route.abort());
  await context.setOffline(true);
  await page.goto(`${COPY}?view=story&lang=en&step=3`);
  await expect(page.locator('[data-story-step="3"]')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByTestId('story-step')).toHaveCount(
    JSON.parse(readFileSync('public/atlas-data/atlas.json', 'utf8')).dataset.tour.length,
  );
});
