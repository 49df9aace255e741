// Issue 16 on the live MapLibre map: no label on a marker, no marker or label under an overlay, at the sizes people use
// (laptop home view, embeds 320–375 px, every presenter step on a 1280×720 and a 1920×1080 projector), both languages
// across them. Under reduced motion (each view counted where it rests). The SVG map's counts at every size are
// svg-overlaps.spec.ts; the label placement's rules are unit tests (labels.test.ts).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, toStep } from './fixtures';
import { mapCounts } from './map-counts';

const fixture = (name: string) =>
  new URL(`../../src/lib/features/user-data/fixtures/${name}`, import.meta.url).pathname;
const STEPS = (parse(readFileSync(new URL('../../data/tour.yaml', import.meta.url), 'utf8')) as unknown[]).length;

test.use({ reducedMotion: 'reduce' });

const none = (counts: Awaited<ReturnType<typeof mapCounts>>) => ({
  labelOnMarker: counts.labelOnMarker,
  markerUnderOverlay: counts.markerUnderOverlay,
  labelUnderOverlay: counts.labelUnderOverlay,
  labelAtEdge: counts.labelAtEdge,
  markerOnMarker: counts.markerOnMarker,
});
const ZERO = { labelOnMarker: [], markerUnderOverlay: [], labelUnderOverlay: [], labelAtEdge: [], markerOnMarker: [] };

test(
  'home view at 1440×900 (zh) and embeds at 320 (en) and 375 px (zh): no label on a marker, nothing under an overlay',
  { tag: '@webgl' },
  async ({ page }) => {
    for (const [width, height, query] of [
      [1440, 900, '?lang=zh'],
      [320, 640, '?lang=en&view=embed'],
      [375, 640, '?lang=zh&view=embed'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`./${query}`);
      const counts = await mapCounts(page);
      expect(counts.markers, query).toBe(15);
      expect(none(counts), `${width} ${query}`).toEqual(ZERO);
    }
  },
);

for (const [width, height, lang] of [
  [1280, 720, 'zh'],
  [1920, 1080, 'en'],
] as const) {
  test(
    `every presenter step at ${width}×${height}, ${lang}: no label on a marker, nothing under the legend`,
    { tag: '@webgl' },
    async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize({ width, height });
      const failures: string[] = [];
      await page.goto(`./?lang=${lang}&view=present&step=1`);
      for (let step = 1; step <= STEPS; step++) {
        // The clicker's number keys, as a presenter moves through the tour (one page load, MapLibre kept).
        if (step > 1) await toStep(page, step);
        await expect(page.getByTestId('step-count')).toHaveText(`${step} / ${STEPS}`);
        const counts = await mapCounts(page);
        const found = none(counts);
        if (Object.values(found).some((list) => list.length)) failures.push(`step ${step}: ${JSON.stringify(found)}`);
      }
      expect(failures).toEqual([]);
    },
  );
}

for (const [width, height, query] of [
  [1440, 900, '?lang=zh'],
  [375, 740, '?lang=zh'],
  [360, 640, '?lang=en&view=embed'],
] as const) {
  test(
    `zones spread over China at ${width} px (${query}): all in view, the South China Sea inset, nothing under it`,
    { tag: '@webgl' },
    async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./${query}`);
      await expect(page.getByTestId('nanhai-inset')).toHaveCount(0);
      if (query.includes('embed')) {
        // The embed has no Data button: a newsroom links its file (served here from the fixture).
        await page.route(
          (url) => url.pathname === '/china-wide.csv',
          (route) => route.fulfill({ path: fixture('china-wide.csv') }),
        );
        await page.goto(`./${query}&data=/china-wide.csv`);
      } else {
        await page.getByTestId('data-button').click();
        await page.getByTestId('data-file').setInputFiles(fixture('china-wide.csv'));
      }
      await expect(page.locator('.map-stage')).toHaveAttribute('data-zones', '5');
      const caption = query.includes('en') ? 'South China Sea Islands' : '南海诸岛';
      await expect(page.getByTestId('nanhai-inset').getByRole('img', { name: caption })).toBeVisible();
      // Its caption wraps inside it ("South China / Sea Islands" in a narrow embed), never cut.
      const captionInside = await page.getByTestId('nanhai-inset').evaluate((el) => {
        const frame = el.getBoundingClientRect();
        return [...el.querySelectorAll('text')].every((t) => {
          const r = t.getBoundingClientRect();
          return r.left >= frame.left - 0.5 && r.right <= frame.right + 0.5;
        });
      });
      expect(captionInside).toBe(true);
      const counts = await mapCounts(page);
      // Every zone is drawn inside the map (a frame clamped by a minimum zoom had cut Kashgar off a phone's map).
      expect(counts.markers).toBe(5);
      expect(none(counts)).toEqual(ZERO);
      if (query.includes('embed')) return;
      // Selecting a zone centres it: the inset goes.
      await page.getByTestId('zone-item').first().click();
      await expect(page.getByTestId('nanhai-inset')).toHaveCount(0);
    },
  );
}
