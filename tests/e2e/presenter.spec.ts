// Presenter mode: the whole tour by keyboard and clicker keys, the step in the URL, Esc to leave, big type, slide export.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, seaAtCorner, webglReady } from './fixtures';
import { readSlide } from './slide';

interface TourYamlStep {
  place?: string;
  zone?: string;
}
const tour = parse(readFileSync(new URL('../../data/tour.yaml', import.meta.url), 'utf8')) as TourYamlStep[];

test('the P key starts the tour; arrows walk every step, selecting its zone and writing the step into the URL', async ({
  page,
}) => {
  await page.goto('./?lang=en');
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  await page.keyboard.press('p');
  const presenter = page.getByTestId('presenter');
  await expect(presenter).toBeVisible();
  await expect(page).toHaveURL(/view=present/);
  const caption = page.getByTestId('step-caption');
  for (let i = 0; i < tour.length; i++) {
    const step = i + 1;
    await expect(caption).toHaveAttribute('data-step', String(step));
    await expect(page.getByTestId('step-count')).toHaveText(`${step} / ${tour.length}`);
    if (step > 1) await expect(page).toHaveURL(new RegExp(`[?&]step=${step}(&|$)`));
    const zone = tour[i]!.zone;
    // The map model both renderers draw marks the step's zone as selected (or none on overview and place steps).
    await expect(presenter.locator('.map-stage')).toHaveAttribute('data-selected', zone ?? '');
    if (step < tour.length) await page.keyboard.press(i % 2 ? 'ArrowRight' : 'ArrowDown');
  }
  // At the end, Next does nothing; Home goes back to the start, End to the end.
  await page.keyboard.press('ArrowRight');
  await expect(caption).toHaveAttribute('data-step', String(tour.length));
  await page.keyboard.press('Home');
  await expect(caption).toHaveAttribute('data-step', '1');
  await expect(page).not.toHaveURL(/step=/);
  await page.keyboard.press('End');
  await expect(caption).toHaveAttribute('data-step', String(tour.length));
});

test('clicker keys: PageDown advances, PageUp goes back, number keys jump; Esc leaves with the zone kept', async ({
  page,
}) => {
  await page.goto('./?lang=zh&view=present&step=2');
  const caption = page.getByTestId('step-caption');
  await expect(caption).toHaveAttribute('data-step', '2');
  await page.keyboard.press('PageDown');
  await expect(caption).toHaveAttribute('data-step', '3');
  await expect(page).toHaveURL(/step=3/);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp');
  await expect(caption).toHaveAttribute('data-step', '1');
  await page.keyboard.press(' ');
  await expect(caption).toHaveAttribute('data-step', '2');
  await page.keyboard.press('1');
  await page.keyboard.press('3');
  await page.keyboard.press('Enter');
  await expect(caption).toHaveAttribute('data-step', '13');
  const zone = tour[12]!.zone!;
  expect(zone).toBeTruthy();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page).not.toHaveURL(/view=|step=/);
  await expect(page).toHaveURL(new RegExp(`zone=${zone}`));
  await expect(page.getByTestId('zone-header')).toBeVisible();
});

test('Back leaves the presentation rather than stepping back one slide', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByTestId('presenter')).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=4/);
  await page.goBack();
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.getByTestId('side-panel')).toBeVisible();
});

test('the caption reads from the back of the room: body text at least 24 px at 1920×1080', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?lang=en&view=present&step=7');
  const text = page.getByTestId('step-caption').locator('.text');
  await expect(text).toContainText('statutory body');
  const size = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  // No app chrome: no header, toolbar or side panel.
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
});

test('a step change does not move the layout: the map and caption keep their boxes', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?lang=zh&view=present');
  const boxes = async () =>
    Promise.all(['presenter-bar', 'step-caption'].map((id) => page.getByTestId(id).boundingBox()));
  const map = page.locator('.map-stage');
  const before = { map: await map.boundingBox(), bar: (await boxes())[0] };
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', String(i + 2));
    expect(await map.boundingBox()).toEqual(before.map);
    expect((await boxes())[0]).toEqual(before.bar);
  }
});

test('the tour closes on four zones side by side: their models, then only the measures that differ, each sourced', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=en&view=present');
  const caption = page.getByTestId('step-caption');
  await expect(caption).toHaveAttribute('data-step', '1');
  await page.keyboard.press('End');
  await expect(caption.getByRole('heading', { level: 2 })).toHaveText('Four models');
  await expect(page.getByTestId('presenter').locator('.map-stage')).toHaveAttribute('data-selected', '');
  const table = page.getByTestId('step-compare');
  await expect(table.getByRole('columnheader')).toHaveText([/Yantai ETDZ/, /Xishan ETDZ/, /Blue Valley/, /Linfen EDZ/]);
  const models = page.getByRole('list', { name: 'Management model' }).getByRole('listitem');
  await expect(models).toHaveText([/“Committee plus”/, /De-administration/, /Statutory body/, /Three/]);
  await expect(models.getByRole('button', { name: /source/i })).toHaveCount(4);
  // The card drops measure rows until nothing scrolls, again after each resize (the map taking over, fonts): read it
  // once that has settled.
  await webglReady(page);
  const side = page.getByTestId('presenter').locator('.side');
  await expect.poll(() => side.evaluate((s) => s.scrollHeight - s.clientHeight)).toBeLessThanOrEqual(1);
  // Every measure row shown differs between the zones, and every stated or inherited mark opens its source.
  const rows = table.locator('tbody tr');
  const n = await rows.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const marks = await rows.nth(i).locator('td').allInnerTexts();
    expect(new Set(marks.map((m) => m.trim())).size, marks.join(' ')).toBeGreaterThan(1);
  }
  const sourced = table.locator('td.stated, td.inherited');
  await expect(table.getByRole('button', { name: /source/i }).filter({ hasText: /[●○]/ })).toHaveCount(
    await sourced.count(),
  );
  // What the table leaves out is counted: every one of the 13 measures is listed, counted as unlisted, or the same.
  const note = (await page.getByTestId('step-compare-note').innerText()).replace(/\s+/g, ' ');
  const unlisted = Number(/(\d+) more differences? (?:is|are) not listed/.exec(note)?.[1] ?? 0);
  const same = Number(/(\d+) other measures? (?:is|are) the same/.exec(note)?.[1] ?? 0);
  expect(n + unlisted + same, note).toBe(13);
  // The step fits its card at a 1280×720 projector: nothing cut sideways, nothing to scroll (a clicker cannot).
  expect(await table.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(0);
  expect(await side.evaluate((s) => s.scrollHeight - s.clientHeight)).toBeLessThanOrEqual(1);
});

test('Download PNG gives a 1920×1080 slide of the map and caption that is not blank', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('./?lang=zh&view=present&step=7');
  await webglReady(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
  expect(download.suggestedFilename()).toBe('zone-reform-atlas-step-7.png');
  const stats = await readSlide(page, download);
  expect(stats.map).toBeGreaterThan(50);
  expect(stats.panel).toBeGreaterThan(10);
});

test('the notes window follows the presentation and can move it', async ({ page, context }) => {
  await page.goto('./?lang=en&view=present&step=6');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '6');
  const notes = await context.newPage();
  await notes.goto('./?lang=en&view=notes');
  await expect(notes.getByTestId('notes-step')).toHaveText(`Step 6 of ${tour.length}`);
  await expect(notes.getByTestId('notes-view')).toContainText('20 of the city’s zones');
  await page.keyboard.press('ArrowRight');
  await expect(notes.getByTestId('notes-step')).toHaveText(`Step 7 of ${tour.length}`);
  await notes.getByRole('button', { name: /Next/ }).click();
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '8');
});

test('a bad step in the link is dropped with a notice and the tour starts at the beginning', async ({ page }) => {
  await page.goto('./?lang=en&view=present&step=99');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '1');
  await expect(page.getByTestId('notices')).toContainText('step=“99”');
});

test('the Dark projector theme repaints the same map canvas', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./?lang=en&view=present');
  await webglReady(page);
  const canvas = page.locator('[data-testid="webgl-map"] canvas');
  await canvas.evaluate((c) => c.setAttribute('data-first', ''));
  expect(await seaAtCorner(page)).toBeGreaterThan(150);
  // Light land and sea average over 150 of 255 at the corner; the dark theme's land (#3a4754) and sea under 100.
  await page.getByRole('button', { name: 'Dark' }).click();
  await expect.poll(() => seaAtCorner(page)).toBeLessThan(100);
  // The same canvas element: no remount, no second map.
  await expect(page.locator('[data-testid="webgl-map"] canvas[data-first]')).toHaveCount(1);
  await expect(page.getByTestId('webgl-map')).toHaveCount(1);
});

test('a clicker works whatever has focus: after a click on the map, arrows and PageDown change steps', async ({
  page,
}) => {
  await page.goto('./?lang=en&view=present&step=3');
  await webglReady(page);
  const caption = page.getByTestId('step-caption');
  await expect(caption).toHaveAttribute('data-step', '3');
  const box = (await page.getByTestId('webgl-map').boundingBox())!;
  await page.mouse.click(box.x + 40, box.y + box.height - 60);
  for (const [key, step] of [
    ['ArrowRight', '4'],
    ['ArrowDown', '5'],
    ['ArrowLeft', '4'],
    ['PageDown', '5'],
    ['PageUp', '4'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(caption).toHaveAttribute('data-step', step);
  }
  // A click on a bar button (the theme) leaves the keys to the talk: Space and Enter move on, the theme stays.
  const dark = page.getByRole('button', { name: 'Dark' });
  await dark.click();
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(caption).toHaveAttribute('data-step', '5');
  await page.keyboard.press('Enter');
  await expect(dark).toHaveAttribute('aria-pressed', 'true');
});

test('b or . blanks the screen black, w or , white; any key returns to the same step', async ({ page }) => {
  await page.goto('./?lang=en&view=present&step=2');
  const caption = page.getByTestId('step-caption');
  await expect(caption).toHaveAttribute('data-step', '2');
  const blank = page.getByTestId('blank-screen');
  for (const [key, colour] of [
    ['b', 'rgb(0, 0, 0)'],
    ['.', 'rgb(0, 0, 0)'],
    ['w', 'rgb(255, 255, 255)'],
    [',', 'rgb(255, 255, 255)'],
  ] as const) {
    await page.keyboard.press(key);
    await expect(blank).toBeVisible();
    await expect(blank).toHaveCSS('background-color', colour);
    // The key that ends the blank does nothing else: the step stays.
    await page.keyboard.press('PageDown');
    await expect(blank).toHaveCount(0);
    await expect(caption).toHaveAttribute('data-step', '2');
  }
});

test('F5 and Shift+F5 start the show instead of reloading, and keep it going', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
  await page.evaluate(() => ((window as { __kept?: boolean }).__kept = true));
  await page.keyboard.press('F5');
  await expect(page.getByTestId('presenter')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '2');
  await page.keyboard.press('Shift+F5');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '2');
  expect(await page.evaluate(() => (window as { __kept?: boolean }).__kept)).toBe(true);
});

test('the clicker in the notes window moves the main window', async ({ page, context }) => {
  await page.goto('./?lang=en&view=present&step=2');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '2');
  const notes = await context.newPage();
  await notes.goto('./?lang=en&view=notes');
  await expect(notes.getByTestId('notes-step')).toContainText('Step 2');
  await notes.keyboard.press('PageDown');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '3');
  await expect(notes.getByTestId('notes-step')).toContainText('Step 3');
  await notes.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '2');
  await notes.close();
});

test('a click on the map leaves no focus ring for the clicker’s keys to light up on the projector', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=en&view=present&step=3');
  await expect(page.locator('.map-stage')).toHaveAttribute('data-renderer', 'webgl');
  const canvas = page.locator('.maplibregl-canvas');
  await canvas.click({ position: { x: 30, y: 520 } });
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('step-count')).toHaveText('4 / 22');
  // The presenter's keys drive the talk, not the map: the canvas is out of the tab order and draws no ring.
  expect(await canvas.evaluate((el) => [el.tabIndex, getComputedStyle(el).outlineStyle])).toEqual([-1, 'none']);
});

for (const lang of ['en', 'zh'] as const) {
  test(`the key hint is whole at 1280×720 (${lang}): it wraps, it is never cut`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`./?lang=${lang}&view=present&step=22`);
    const keys = page.locator('.keys');
    await expect(keys).toContainText('Esc');
    const [scrollW, clientW, scrollH, clientH] = await keys.evaluate((el) => [
      el.scrollWidth,
      el.clientWidth,
      el.scrollHeight,
      el.clientHeight,
    ]);
    expect(scrollW).toBeLessThanOrEqual(clientW);
    expect(scrollH).toBeLessThanOrEqual(clientH);
  });
}
