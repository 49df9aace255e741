// Presenter mode: the tour by keyboard and clicker keys, the step in the URL, Esc to leave, big type, the notes window,
// slide export. Most checks share one page (the SVG map); those that look at MapLibre are tagged @webgl.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { appTest, expect, seaAtCorner, sharedPage, test, visit, webglReady } from './fixtures';
import { readSlide } from './slide';
import JSZip from 'jszip';

interface TourYamlStep {
  place?: string;
  zone?: string;
  compare?: string[];
}
const tour = parse(readFileSync(new URL('../../data/tour.yaml', import.meta.url), 'utf8')) as TourYamlStep[];
/** The 1-based step of the first step matching. */
const stepOf = (match: (s: TourYamlStep) => boolean) => tour.findIndex(match) + 1;
const LAST = tour.length;

const { app } = sharedPage();

appTest(
  'the P key starts the tour; arrows walk its steps, selecting each zone and writing the step into the URL',
  async () => {
    const page = app();
    await visit(page, './?lang=en');
    await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
    await page.keyboard.press('p');
    const presenter = page.getByTestId('presenter');
    await expect(presenter).toBeVisible();
    await expect(page).toHaveURL(/view=present/);
    const caption = page.getByTestId('step-caption');
    // The overview, a place, then a zone of it: each step moves the map and selects what it shows (every step's
    // selection is a unit test, present.test.ts).
    for (let step = 1; step <= 3; step++) {
      await expect(caption).toHaveAttribute('data-step', String(step));
      await expect(page.getByTestId('step-count')).toHaveText(`${step} / ${LAST}`);
      if (step > 1) await expect(page).toHaveURL(new RegExp(`[?&]step=${step}(&|$)`));
      await expect(presenter.locator('.map-stage')).toHaveAttribute('data-selected', tour[step - 1]!.zone ?? '');
      await page.keyboard.press(step % 2 ? 'ArrowRight' : 'ArrowDown');
    }
    // At the end, Next does nothing; Home goes back to the start, End to the end.
    await page.keyboard.press('End');
    await expect(caption).toHaveAttribute('data-step', String(LAST));
    await page.keyboard.press('ArrowRight');
    await expect(caption).toHaveAttribute('data-step', String(LAST));
    await page.keyboard.press('Home');
    await expect(caption).toHaveAttribute('data-step', '1');
    await expect(page).not.toHaveURL(/step=/);
    await page.keyboard.press('Escape');
    await expect(presenter).toHaveCount(0);
  },
);

appTest(
  'clicker keys: PageDown advances, PageUp goes back, number keys jump; Esc leaves with the zone kept',
  async () => {
    const page = app();
    await visit(page, './?lang=zh&view=present&step=2');
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
    const target = stepOf((s) => s.zone === 'xishan-etdz');
    expect(target).toBeGreaterThan(9);
    for (const digit of String(target)) await page.keyboard.press(digit);
    await page.keyboard.press('Enter');
    await expect(caption).toHaveAttribute('data-step', String(target));
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presenter')).toHaveCount(0);
    await expect(page).not.toHaveURL(/view=|step=/);
    await expect(page).toHaveURL(/zone=xishan-etdz/);
    await expect(page.getByTestId('zone-header')).toBeVisible();
  },
);

appTest('Back leaves the presentation rather than stepping back one slide', async () => {
  const page = app();
  await visit(page, './?lang=en');
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByTestId('presenter')).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/step=4/);
  await page.goBack();
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.getByTestId('side-panel')).toBeVisible();
});

appTest('the caption reads from the back of the room: body text at least 24 px at 1920×1080', async () => {
  const page = app();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await visit(page, `./?lang=en&view=present&step=${stepOf((s) => s.zone === 'qingdao-blue-valley')}`);
  const text = page.getByTestId('step-caption').locator('.text');
  await expect(text).toContainText('statutory body');
  const size = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
  // No app chrome: no header, toolbar or side panel.
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
});

appTest('a step change does not move the layout: the map and caption keep their boxes', async () => {
  const page = app();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await visit(page, './?lang=zh&view=present');
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

appTest('a place’s step dates it, and marks a year the article does not print (issue 30)', async () => {
  const page = app();
  await visit(page, `./?lang=en&view=present&step=${stepOf((s) => s.place === 'linfen')}`);
  await expect(page.getByTestId('step-date')).toHaveText('23 May 2018 (year inferred)');
  await visit(page, `./?lang=zh&view=present&step=${stepOf((s) => s.place === 'qingdao')}`);
  await expect(page.getByTestId('step-date')).toHaveText('2019年');
  // A zone step says what the article says of its measures: Yantai's are all a meeting's calls.
  await visit(page, `./?lang=en&view=present&step=${stepOf((s) => s.zone === 'yantai-etdz')}`);
  const measures = page.getByTestId('step-measures');
  await expect(measures.locator('[data-status]')).toHaveCount(1);
  await expect(measures.locator('[data-status="proposed"]')).toContainText('Proposed');
  await expect(page.getByTestId('step-model-claim')).toHaveText('◌ Proposed · This zone');
});

appTest(
  'the tour closes on four zones side by side: their models and how far each got, then every measure that differs, page by page',
  async () => {
    const page = app();
    await page.setViewportSize({ width: 1280, height: 720 });
    await visit(page, './?lang=en&view=present');
    const caption = page.getByTestId('step-caption');
    await expect(caption).toHaveAttribute('data-step', '1');
    await page.keyboard.press('End');
    await expect(caption.getByRole('heading', { level: 2 })).toHaveText('Four models, not at one stage');
    await expect(page.getByTestId('presenter').locator('.map-stage')).toHaveAttribute('data-selected', '');
    // Page 1: the models, and how far each got — plans beside a reform under way and one in place.
    const models = page.getByTestId('step-compare-models').getByRole('listitem');
    await expect(models).toHaveText([
      /Yantai ETDZ.*“Committee plus”/,
      /Xishan ETDZ.*De-administration/,
      /Linfen EDZ.*Three/,
      /Hi-tech.*Committee \+ company/,
    ]);
    await expect(page.getByTestId('step-compare-claim')).toHaveText([
      'Proposed · This zone',
      'Proposed · This zone',
      'In progress · City-wide reform',
      'In place · City-wide reform',
    ]);
    await expect(models.getByRole('button', { name: /source/i })).toHaveCount(4);
    // Then, with the clicker, every measure on which they differ, as many pages as a 1280×720 card needs: each page
    // fits (nothing to scroll, nothing cut sideways), and together they list every differing row once.
    const side = page.getByTestId('presenter').locator('.side');
    const compare = page.locator('.step-compare');
    await expect(compare).not.toHaveAttribute('data-pages', '1');
    const pages = Number(await compare.getAttribute('data-pages'));
    const seen: string[] = [];
    let alike = 0;
    for (let p = 1; p <= pages; p++) {
      await expect(compare).toHaveAttribute('data-page', String(p));
      await expect(page.getByTestId('step-page')).toHaveText(`page ${p} of ${pages}`);
      expect(await side.evaluate((s) => s.scrollHeight - s.clientHeight), `page ${p}`).toBeLessThanOrEqual(1);
      const table = page.getByTestId('step-compare');
      if (p > 1) {
        expect(await table.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(0);
        await expect(table.getByRole('columnheader')).toHaveText([
          /Yantai ETDZ/,
          /Xishan ETDZ/,
          /Linfen EDZ/,
          /Hi-tech/,
        ]);
        const rows = table.locator('tbody tr');
        for (let i = 0; i < (await rows.count()); i++) {
          // Every row shown differs between the zones, and every stated or inherited mark opens its source.
          const row = rows.nth(i);
          const marks = await row
            .locator('td')
            .evaluateAll((tds) => tds.map((td) => `${td.dataset.state} ${td.dataset.status ?? ''}`));
          expect(new Set(marks).size, marks.join(' | ')).toBeGreaterThan(1);
          await expect(row.getByRole('button', { name: /source/i })).toHaveCount(
            await row.locator('td[data-state="stated"], td[data-state="inherited"]').count(),
          );
          seen.push((await row.getByRole('rowheader').innerText()).trim());
        }
        const note = (await page.getByTestId('step-compare-note').innerText()).replace(/\s+/g, ' ');
        alike = Number(/(\d+) other measures? (?:is|are) the same/.exec(note)?.[1] ?? 0);
      }
      if (p < pages) await page.keyboard.press('PageDown');
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length + alike).toBe(13);
    // At the last page of the last step, Next does nothing; Previous goes back a page, not a step.
    await page.keyboard.press('PageDown');
    await expect(compare).toHaveAttribute('data-page', String(pages));
    await page.keyboard.press('PageUp');
    await expect(compare).toHaveAttribute('data-page', String(pages - 1));
    await expect(caption).toHaveAttribute('data-step', String(LAST));
  },
);

appTest('the notes window follows the presentation, lists each fact with its quote, and can move it', async () => {
  const page = app();
  const qingdao = stepOf((s) => s.place === 'qingdao');
  await visit(page, `./?lang=en&view=present&step=${qingdao}`);
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', String(qingdao));
  const notes = await page.context().newPage();
  await notes.goto('./?lang=en&view=notes');
  await expect(notes.getByTestId('notes-step')).toHaveText(`Step ${qingdao} of ${LAST}`);
  await expect(notes.getByTestId('notes-view')).toContainText('all 20 of its zones');
  // The city's figures, said to be the city's and in place, each with the article's words.
  const facts = notes.getByTestId('notes-facts');
  await expect(facts).toContainText('43% Cut in the number of bodies — In place · Qingdao-wide');
  await expect(facts.locator('q').first()).toHaveText('2019年以来,青岛市委编办认真贯彻上级改革要求');
  // The main window moves, the notes follow; the notes window's buttons and clicker keys move the main window.
  await page.keyboard.press('ArrowLeft');
  await expect(notes.getByTestId('notes-step')).toHaveText(`Step ${qingdao - 1} of ${LAST}`);
  await notes.getByRole('button', { name: /Next/ }).click();
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', String(qingdao));
  await expect(notes.getByTestId('notes-step')).toHaveText(`Step ${qingdao} of ${LAST}`);
  await notes.keyboard.press('PageDown');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', String(qingdao + 1));
  await expect(notes.getByTestId('notes-step')).toContainText(`Step ${qingdao + 1}`);
  await notes.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', String(qingdao));
  await notes.close();
});

appTest('a bad step in the link is dropped with a notice and the tour starts at the beginning', async () => {
  const page = app();
  await visit(page, './?lang=en&view=present&step=99');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '1');
  await expect(page.getByTestId('notices')).toContainText('step=“99”');
  // One quiet line above the talk: it covers neither the map nor the caption.
  const notice = (await page.getByTestId('notices').boundingBox())!;
  expect(notice.height).toBeLessThan(40);
  for (const id of ['step-caption', 'svg-map']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    expect(box.y, id).toBeGreaterThanOrEqual(notice.y + notice.height - 0.5);
  }
});

appTest('Shift+→ skips the rest of a place’s zone steps; Shift+← goes back to the place', async () => {
  const page = app();
  const firstZone = stepOf((s) => !!s.zone);
  const place = tour.slice(0, firstZone).findLastIndex((s) => !s.zone) + 1;
  const nextSection = tour.findIndex((s, i) => i >= firstZone && !s.zone) + 1;
  await visit(page, `./?lang=en&view=present&step=${firstZone}`);
  const caption = page.getByTestId('step-caption');
  await expect(caption).toHaveAttribute('data-step', String(firstZone));
  await page.keyboard.press('Shift+ArrowRight');
  await expect(caption).toHaveAttribute('data-step', String(nextSection));
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(caption).toHaveAttribute('data-step', String(place));
});

appTest('a model is explained the first time the tour shows it', async () => {
  const page = app();
  const blue = stepOf((s) => s.zone === 'qingdao-blue-valley');
  await visit(page, `./?lang=en&view=present&step=${blue}`);
  await expect(page.getByTestId('step-model-definition')).toContainText(
    'A public body created under local legislation',
  );
});

appTest('b or . blanks the screen black, w or , white; any key returns to the same step', async () => {
  const page = app();
  await visit(page, './?lang=en&view=present&step=2');
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

appTest('F5 and Shift+F5 start the show instead of reloading, and keep it going', async () => {
  const page = app();
  await visit(page, './?lang=en');
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

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  appTest(
    `every step's caption fits its column at ${width}×${height} in English: nothing to scroll, nothing cut`,
    async () => {
      const page = app();
      await page.setViewportSize({ width, height });
      await visit(page, './?lang=en&view=present&step=1');
      const side = page.getByTestId('presenter-side');
      for (let step = 1; step <= LAST; step++) {
        await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', String(step));
        // A comparison pages its rows instead (tested above); every other step is sized to fit.
        let pages = 1;
        if (!tour[step - 1]!.compare)
          await expect
            .poll(() => side.evaluate((s) => s.scrollHeight - s.clientHeight), { message: `step ${step}` })
            .toBeLessThanOrEqual(1);
        else pages = Number(await page.locator('.step-compare').getAttribute('data-pages'));
        // Next walks a comparison's pages first.
        for (let p = 0; p < pages; p++) await page.keyboard.press('ArrowRight');
      }
    },
  );
}

for (const lang of ['en', 'zh'] as const) {
  appTest(`the key hint is whole at 1280×720 (${lang}): it wraps, it is never cut`, async () => {
    const page = app();
    await page.setViewportSize({ width: 1280, height: 720 });
    await visit(page, `./?lang=${lang}&view=present&step=${LAST}`);
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

// MapLibre: each of these looks at the WebGL map itself.

test(
  'Download PNG gives a 1920×1080 slide of the map and caption that is not blank',
  { tag: '@webgl' },
  async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('./?lang=zh&view=present&step=5');
    await webglReady(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
    expect(download.suggestedFilename()).toBe('zone-reform-atlas-step-5.png');
    const stats = await readSlide(page, download);
    expect(stats.map).toBeGreaterThan(50);
    expect(stats.panel).toBeGreaterThan(10);
  },
);

test(
  'the Dark theme repaints the same map canvas; a click on it leaves the clicker keys to the talk, with no focus ring',
  { tag: '@webgl' },
  async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./?lang=en&view=present&step=3');
    await webglReady(page);
    const canvas = page.locator('[data-testid="webgl-map"] canvas');
    await canvas.evaluate((c) => c.setAttribute('data-first', ''));
    expect(await seaAtCorner(page)).toBeGreaterThan(150);
    const caption = page.getByTestId('step-caption');
    await expect(caption).toHaveAttribute('data-step', '3');
    // A click on the map, then the clicker's keys: they move the talk, not the map.
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
    // The presenter's keys drive the talk, not the map: the canvas is out of the tab order and draws no ring.
    const gl = page.locator('.maplibregl-canvas');
    expect(await gl.evaluate((el) => [el.tabIndex, getComputedStyle(el).outlineStyle])).toEqual([-1, 'none']);
    // A click on a bar button (the theme) leaves the keys to the talk: Space and Enter move on, the theme stays.
    const dark = page.getByRole('button', { name: 'Dark' });
    await dark.click();
    await expect(dark).toHaveAttribute('aria-pressed', 'true');
    // Light land and sea average over 150 of 255 at the corner; the dark theme's land (#3a4754) and sea under 100.
    await expect.poll(() => seaAtCorner(page)).toBeLessThan(100);
    // The same canvas element: no remount, no second map.
    await expect(page.locator('[data-testid="webgl-map"] canvas[data-first]')).toHaveCount(1);
    await expect(page.getByTestId('webgl-map')).toHaveCount(1);
    await page.keyboard.press('Space');
    await expect(caption).toHaveAttribute('data-step', '5');
    await page.keyboard.press('Enter');
    await expect(dark).toHaveAttribute('aria-pressed', 'true');
  },
);

test('Download deck gives one editable slide per step with its map, from the bar or the notes window; the talk stays on its step', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=zh&view=present&step=3');
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '3');
  const read = async (download: import('@playwright/test').Download) => {
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const files = Object.keys(zip.files);
    const images = files.filter((f) => /^ppt\/media\/.+\.png$/.test(f));
    const sizes = await Promise.all(
      images.map(async (f) => {
        const png = await zip.file(f)!.async('nodebuffer');
        return { w: png.readUInt32BE(16), bytes: png.length };
      }),
    );
    const slide = await zip.file('ppt/slides/slide3.xml')!.async('string');
    return { slides: files.filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length, sizes, slide };
  };
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-deck').click()]);
  expect(download.suggestedFilename()).toBe('zone-reform-atlas-zh.pptx');
  const deck = await read(download);
  // A slide per step (and a “(续)” slide where a comparison's table goes on), each with its step's map, at twice
  // the screen's size (the SVG map is drawn again, sharp), not a blank picture.
  expect(deck.slides).toBeGreaterThanOrEqual(LAST);
  expect(deck.sizes.length).toBeGreaterThanOrEqual(LAST);
  for (const s of deck.sizes) expect(s.w).toBeGreaterThan(1200);
  expect(new Set(deck.sizes.map((s) => s.bytes)).size).toBeGreaterThan(LAST / 2);
  expect(deck.slide).toContain(await page.getByTestId('step-caption').locator('h2').innerText());
  // The talk is where it was.
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '3');
  await expect(page).toHaveURL(/[?&]step=3(&|$)/);
  await expect(page.getByTestId('download-deck')).toBeEnabled();
  // The notes window asks the presentation for it: the download comes from the window that has the map.
  const notes = await context.newPage();
  await notes.goto('./?lang=zh&view=notes');
  await expect(notes.getByTestId('notes-step')).toBeVisible();
  const [again] = await Promise.all([page.waitForEvent('download'), notes.getByTestId('notes-deck').click()]);
  expect((await read(again)).slides).toBe(deck.slides);
});
