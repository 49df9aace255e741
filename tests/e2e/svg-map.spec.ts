// Without WebGL the SVG map stays, says so discreetly, and selection still works.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { appTest, expect, sharedPage, test, visit, zoneItem } from './fixtures';
import { readSlide } from './slide';

// One page for the file (the camera jumps under reduced motion, so each view is read where it rests).
const { app } = sharedPage({ reducedMotion: 'reduce' });
const tour = parse(readFileSync(new URL('../../data/tour.yaml', import.meta.url), 'utf8')) as { compare?: string[] }[];

appTest('the SVG map shows and selection works without WebGL', async () => {
  const page = app();
  await visit(page, './?lang=en');
  await expect(page.getByTestId('svg-map')).toBeVisible();
  await expect(page.getByTestId('fallback-note')).toContainText('no WebGL');
  await expect(page.getByTestId('webgl-map')).toHaveCount(0);
  const circles = page.locator('[data-testid="svg-map"] circle.zone');
  await expect(circles).toHaveCount(15);
  await page.locator('circle[data-zone="houma-edz"]').dispatchEvent('click');
  await expect(page).toHaveURL(/zone=houma-edz/);
  await expect(page.getByTestId('zone-header').getByRole('heading', { level: 2 })).toHaveText(
    'Houma Economic Development Zone',
  );
  await zoneItem(page, 'Qingdao Blue Valley').click();
  await expect(page).toHaveURL(/zone=qingdao-blue-valley/);
});

appTest('focusing a measure row fades the zones without it on the SVG map', async () => {
  const page = app();
  await visit(page, './?lang=en');
  await expect(page.locator('[data-testid="svg-map"] circle.zone')).toHaveCount(15);
  await page
    .getByTestId('measure-matrix')
    .getByRole('button', { name: /^Shedding social roles/ })
    .focus();
  await expect(page.locator('[data-testid="svg-map"] circle.zone.faded')).toHaveCount(9);
  await expect(page.locator('circle.zone[data-zone="yantai-etdz"]')).not.toHaveClass(/faded/);
  await page
    .getByTestId('measure-matrix')
    .getByRole('button', { name: /^Shedding social roles/ })
    .blur();
  await expect(page.locator('[data-testid="svg-map"] circle.zone.faded')).toHaveCount(0);
});

appTest('"Reset view" frames the five cities again on the SVG map, even with a zone selected', async () => {
  const page = app();
  await visit(page, './?lang=en&zone=linfen-edz');
  const frame = page.locator('[data-testid="svg-map"] svg > g').first();
  await expect(frame).not.toHaveAttribute('transform', 'translate(0,0) scale(1)');
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect(frame).toHaveAttribute('transform', 'translate(0,0) scale(1)');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'linfen-edz');
});

appTest('the presenter’s slide export draws the SVG map when there is no WebGL', async () => {
  const page = app();
  await visit(page, './?lang=zh&view=present&step=2');
  await expect(page.locator('[data-testid="svg-map"] circle.zone')).toHaveCount(15);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
  // The map band holds the basemap's land and sea colours, not a flat fill.
  const { map } = await readSlide(page, download);
  expect(map).toBeGreaterThan(20);
});

test('under reduced motion a selection jumps instead of flying', async ({ browser }) => {
  const page = await browser.newPage({ reducedMotion: 'reduce' });
  await visit(page, './?lang=en');
  await expect(page.locator('[data-testid="svg-map"] circle.zone')).toHaveCount(15);
  const transform = () => page.locator('[data-testid="svg-map"] svg > g').first().getAttribute('transform');
  const before = await transform();
  await page.getByTestId('zone-item').first().click();
  // The next frame already shows the end state, and it no longer changes.
  const after = await transform();
  expect(after).not.toBe(before);
  // Two animation frames later (a tween would have moved by then) it is still the same.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  expect(await transform()).toBe(after);
  await page.close();
});

appTest('choosing a city from the search frames its zones on the SVG map', async () => {
  const page = app();
  await visit(page, './?lang=zh');
  // Following a link leaves the camera where the last view put it (as Back does): start from the whole frame.
  await page.getByRole('button', { name: '重置视图' }).click();
  const frame = page.locator('[data-testid="svg-map"] svg > g').first();
  await expect(frame).toHaveAttribute('transform', 'translate(0,0) scale(1)');
  await page.getByRole('combobox', { name: '搜索开发区' }).pressSequentially('wuxi');
  await page.getByRole('option', { name: '无锡锡山：全部2个开发区' }).click();
  await expect(page).toHaveURL(/city=xishan/);
  await expect(frame).not.toHaveAttribute('transform', 'translate(0,0) scale(1)');
  const map = (await page.getByTestId('svg-map').boundingBox())!;
  for (const id of ['xishan-etdz', 'wanshan-lake-science-city']) {
    const dot = (await page.locator(`[data-testid="svg-map"] circle.zone[data-zone="${id}"]`).boundingBox())!;
    expect(dot.x).toBeGreaterThan(map.x);
    expect(dot.x + dot.width).toBeLessThan(map.x + map.width);
    expect(dot.y).toBeGreaterThan(map.y);
    expect(dot.y + dot.height).toBeLessThan(map.y + map.height);
  }
});

/** The compared zones' circles on the SVG map: how many are faded, and whether each lies inside the map. */
async function comparedOnMap(page: import('@playwright/test').Page, ids: string[]) {
  const map = (await page.getByTestId('svg-map').boundingBox())!;
  const boxes = await Promise.all(ids.map((id) => page.locator(`circle.zone[data-zone="${id}"]`).boundingBox()));
  const centres = boxes.map((b) => ({ x: b!.x + b!.width / 2, y: b!.y + b!.height / 2 }));
  const xs = centres.map((c) => c.x);
  const ys = centres.map((c) => c.y);
  return {
    inside: centres.every((c) => c.x > map.x && c.x < map.x + map.width && c.y > map.y && c.y < map.y + map.height),
    /** How much of the map the compared zones span across or down (0–1): framed, they fill it. */
    spread: Math.max((Math.max(...xs) - Math.min(...xs)) / map.width, (Math.max(...ys) - Math.min(...ys)) / map.height),
  };
}

appTest('pinning two zones fades the others and frames the pair on the map', async () => {
  const page = app();
  await visit(page, './?lang=en');
  await expect(page.locator('[data-testid="svg-map"] circle.zone')).toHaveCount(15);
  // From the whole frame (a link keeps the camera where the last view left it).
  await page.getByRole('button', { name: 'Reset view' }).click();
  const pair = ['yantai-etdz', 'qingdao-blue-valley'];
  const before = await comparedOnMap(page, pair);
  await visit(page, './?lang=en&compare=yantai-etdz,qingdao-blue-valley');
  await expect(page.getByTestId('compare')).toBeVisible();
  await expect(page.locator('[data-testid="svg-map"] circle.zone.faded')).toHaveCount(13);
  for (const id of pair) await expect(page.locator(`circle.zone[data-zone="${id}"]`)).not.toHaveClass(/faded/);
  // The panel widens to the comparison's columns, and the map frames the pair again at its new size: read it then.
  await expect.poll(async () => (await comparedOnMap(page, pair)).inside).toBe(true);
  const after = await comparedOnMap(page, pair);
  expect(after.spread).toBeGreaterThan(Math.max(0.3, before.spread * 2));
  // Selecting one of them keeps the comparison and its frame; closing it brings every zone back.
  await page.locator('circle[data-zone="qingdao-blue-valley"]').dispatchEvent('click');
  await expect(page.getByTestId('compare')).toBeVisible();
  expect((await comparedOnMap(page, pair)).spread).toBeCloseTo(after.spread, 2);
  await page.getByRole('button', { name: 'Close comparison' }).click();
  await expect(page.locator('[data-testid="svg-map"] circle.zone.faded')).toHaveCount(0);
});

appTest('the tour’s closing comparison fronts and frames its zones on the SVG map', async () => {
  const page = app();
  await visit(page, './?lang=en&view=present');
  await expect(page.locator('[data-testid="svg-map"] circle.zone')).toHaveCount(15);
  await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '1');
  await page.keyboard.press('End');
  await expect(page.getByTestId('step-compare-models')).toBeVisible();
  const ids = tour.at(-1)!.compare!;
  await expect(page.locator('[data-testid="svg-map"] circle.zone.faded')).toHaveCount(15 - ids.length);
  for (const id of ids) await expect(page.locator(`circle.zone[data-zone="${id}"]`)).not.toHaveClass(/faded/);
  expect((await comparedOnMap(page, ids)).inside).toBe(true);
});

test('on a 1920×1080 projector the map’s labels are 20 px or more; at 1280×720 they keep their laptop size', async ({
  page,
}) => {
  /** The smallest zone or city label and the smallest marker radius on screen, in CSS px. */
  const smallest = () =>
    page.locator('[data-testid="svg-map"] svg').evaluate((svg: SVGSVGElement) => {
      const scale = svg.getScreenCTM()?.a ?? 1;
      const texts = [...svg.querySelectorAll('text:not(.province)')].filter((t) => t.textContent?.trim());
      const circles = [...svg.querySelectorAll('circle.zone')];
      return {
        label: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * scale)),
        radius: Math.min(...circles.map((c) => Number(c.getAttribute('r')) * scale)),
        labels: texts.length,
      };
    });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await visit(page, './?lang=zh&view=present');
  await expect(page.locator('[data-testid="svg-map"] circle.zone')).toHaveCount(15);
  const big = await smallest();
  expect(big.labels).toBeGreaterThan(5);
  expect(big.label).toBeGreaterThanOrEqual(20);
  expect(big.radius).toBeGreaterThanOrEqual(9);

  await page.setViewportSize({ width: 1280, height: 720 });
  await expect.poll(async () => (await smallest()).label).toBeLessThan(15);
  expect((await smallest()).label).toBeGreaterThanOrEqual(13);
});

appTest('pinning a third and fourth zone widens the panel and the map frames all four again', async () => {
  const page = app();
  await page.setViewportSize({ width: 1440, height: 900 });
  await visit(page, './?lang=en&compare=yantai-etdz,qingdao-blue-valley');
  await expect(page.getByTestId('compare-table')).toBeVisible();
  const map = page.getByTestId('svg-map');
  const narrow = (await map.boundingBox())!.width;
  const pins = page.getByRole('navigation').getByTestId('list-pin');
  await pins.and(page.getByRole('button', { name: 'Compare Xishan ETDZ' })).click();
  await pins.and(page.getByRole('button', { name: 'Compare Linfen EDZ' })).click();
  await expect(page.getByTestId('compare-table').getByRole('columnheader')).toHaveCount(4);
  await expect.poll(async () => (await map.boundingBox())!.width).toBeLessThan(narrow - 200);
  const four = ['yantai-etdz', 'qingdao-blue-valley', 'xishan-etdz', 'linfen-edz'];
  await expect.poll(async () => (await comparedOnMap(page, four)).inside).toBe(true);
});
