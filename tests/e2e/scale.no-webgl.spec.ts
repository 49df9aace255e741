// National scale on the SVG map (no WebGL): the same clusters, counted from the DOM, and a click that breaks one apart.
import { test, expect } from './fixtures';
import { loadCatalogue } from './catalogue';

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
  // A click on the largest cluster: the camera moves in, and fewer zones are clustered.
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
  await expect.poll(async () => (await read()).zones).toBeGreaterThan(before.zones);
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
