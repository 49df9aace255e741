// National scale (issue 20): a file of hundreds of zones, as a data editor loads a catalogue.
import { test, expect, webglReady } from './fixtures';
import { loadCatalogue } from './catalogue';

test('a list of 600 zones keeps only the rows in view in the page, and reaches every zone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadCatalogue(page, 600);
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
  await loadCatalogue(page, 600);
  const list = page.locator('#zone-list');
  const scroller = page.getByTestId('zone-scroller');
  const items = list.getByTestId('zone-item');
  const first = await items.first().getAttribute('data-zone');
  await items.first().focus();
  await page.keyboard.press('End');
  // The last row is rendered, scrolled into view and focused.
  const atEnd = () => scroller.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2);
  await expect.poll(atEnd).toBe(true);
  await expect
    .poll(
      async () =>
        (await page.locator(':focus').getAttribute('data-zone')) === (await items.last().getAttribute('data-zone')),
    )
    .toBe(true);
  await expect(page.locator(':focus')).toBeInViewport();
  const beforeLast = await items.nth((await items.count()) - 2).getAttribute('data-zone');
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveAttribute('data-zone', beforeLast!);
  await page.keyboard.press('Home');
  await expect(page.locator(':focus')).toHaveAttribute('data-zone', first!);
  await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBe(0);
  const second = await items.nth(1).getAttribute('data-zone');
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('data-zone', second!);
});

test(
  'a national view draws clusters on the WebGL map: each counts its zones, and a click breaks one apart',
  { tag: '@webgl' },
  async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await loadCatalogue(page, 600);
    await webglReady(page);
    const counts = () =>
      page.getByTestId('webgl-map').evaluate((el) => {
        const map = (el as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
        const clusters = map.queryRenderedFeatures({ layers: ['zone-clusters'] });
        const zones = map.queryRenderedFeatures({ layers: ['zones'] });
        return {
          clusters: clusters.map((f) => Number(f.properties.count)),
          zones: new Set(zones.map((f) => f.properties.id)).size,
          zoom: map.getZoom(),
        };
      });
    const before = await counts();
    expect(before.clusters.length).toBeGreaterThan(0);
    // Every zone is on the map once: in a cluster's count or as its own marker.
    expect(before.clusters.reduce((a, b) => a + b, 0) + before.zones).toBe(600);
    // A click on the largest cluster zooms in to where it breaks apart.
    const centre = await page.getByTestId('webgl-map').evaluate((el) => {
      const map = (el as HTMLElement & { maplibre: import('maplibre-gl').Map }).maplibre;
      const [biggest] = map
        .queryRenderedFeatures({ layers: ['zone-clusters'] })
        .sort((a, b) => Number(b.properties.count) - Number(a.properties.count));
      const { x, y } = map.project((biggest!.geometry as GeoJSON.Point).coordinates as [number, number]);
      const box = el.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    });
    await page.mouse.click(centre.x, centre.y);
    await expect(page.getByTestId('webgl-map')).toHaveAttribute('data-state', 'moving');
    await expect(page.getByTestId('webgl-map')).toHaveAttribute('data-state', 'idle');
    await expect.poll(async () => (await counts()).zoom).toBeGreaterThan(before.zoom + 0.5);
  },
);

// On the SVG map (the svg project): the same clusters, counted from the DOM, and a click that breaks one apart.
test('a national view draws clusters on the SVG map, with their count and model mix, and a click zooms in', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await loadCatalogue(page, 600);
  const map = page.getByTestId('svg-map');
  const read = () =>
    map.evaluate((el) => ({
      clusters: [...el.querySelectorAll<SVGGElement>('g.cluster')].map((g) => ({
        count: Number(g.dataset.cluster),
        text: g.querySelector('text')?.textContent ?? '',
        ring: g.querySelectorAll('path').length,
      })),
      zones: el.querySelectorAll('circle.zone').length,
    }));
  const before = await read();
  expect(before.clusters.length).toBeGreaterThan(0);
  expect(before.clusters.reduce((a, c) => a + c.count, 0) + before.zones).toBe(600);
  for (const c of before.clusters) {
    // The count as the page's language writes it, and a ring of at least one model's colour.
    expect(c.text).toBe(c.count.toLocaleString('en'));
    expect(c.ring).toBeGreaterThan(0);
  }
  // A click on the largest cluster: the camera moves in to where it breaks apart (into zones, or smaller clusters).
  const biggest = await map
    .locator('g.cluster')
    .evaluateAll((gs) =>
      gs.reduce(
        (best, g, i, all) =>
          Number((g as SVGGElement).dataset.cluster) > Number((all[best] as SVGGElement).dataset.cluster) ? i : best,
        0,
      ),
    );
  await map.locator('g.cluster').nth(biggest).locator('circle').dispatchEvent('click');
  const largest = (clusters: { count: number }[]) => Math.max(0, ...clusters.map((c) => c.count));
  await expect
    .poll(async () => {
      const after = await read();
      return after.zones > before.zones || largest(after.clusters) < largest(before.clusters);
    })
    .toBe(true);
});

test('a zone chosen on the map while the panel is scrolled down to the list brings its header into view', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=en');
  const panel = page.getByTestId('side-panel');
  await expect(page.getByTestId('overview')).toBeVisible();
  await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  await expect(page.getByTestId('overview')).not.toBeInViewport();
  await page.locator('circle[data-zone="houma-edz"]').dispatchEvent('click');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'houma-edz');
  await expect(page.getByTestId('zone-header')).toBeInViewport();
});

test('a search at national scale narrows the list in its own scroll box, and the link and Back follow it', async ({
  page,
}) => {
  await loadCatalogue(page, 600);
  const list = page.locator('#zone-list');
  const scroller = page.getByTestId('zone-scroller');
  // The scroll box is kept while the results change (a new box per keystroke cost a forced layout each).
  await scroller.evaluate((el) => el.setAttribute('data-kept', 'yes'));
  const search = page.getByTestId('search');
  await search.click();
  await search.pressSequentially('Test Zone 59');
  // 59 and 590–599: eleven zones, each shown once, in the same box.
  await expect(list.getByRole('heading', { level: 2 })).toContainText('11');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(8);
  await expect.poll(() => list.getByTestId('zone-item').count()).toBe(11);
  await expect(scroller).toHaveAttribute('data-kept', 'yes');
  // The map shows the eleven, not 589 faded dots and labels around them.
  await expect(page.getByTestId('svg-map').locator('circle.zone')).toHaveCount(11);
  // The address follows a frame after the keystroke: the whole search, as one entry.
  await expect(page).toHaveURL(/[?&]q=Test(\+|%20)Zone(\+|%20)59(&|$)/);
  // A zone chosen from the list is its own entry: Back returns to the search.
  const zone = await list.getByTestId('zone-item').first().getAttribute('data-zone');
  await list.getByTestId('zone-item').first().click();
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', zone!);
  await expect(page).toHaveURL(new RegExp(`[?&]zone=${zone}(&|$)`));
  await page.goBack();
  await expect(page.getByTestId('zone-header')).toHaveCount(0);
  await expect(search).toHaveValue('Test Zone 59');
  await search.fill('');
  await expect(list.getByRole('heading', { level: 2 })).toContainText('600');
  await expect(page).not.toHaveURL(/[?&]q=/);
});
