// Issue 16 on the live MapLibre map: no label on a marker, no marker or label under an overlay, at the sizes people
// use (laptop home view, embeds 320–375 px, every presenter step at 1280×720 and 1920×1080), in both languages.
import { test, expect } from './fixtures';
import { mapCounts } from './map-counts';

const fixture = (name: string) =>
  new URL(`../../src/lib/features/user-data/fixtures/${name}`, import.meta.url).pathname;
const STEPS = 22;

const none = (counts: Awaited<ReturnType<typeof mapCounts>>) => ({
  labelOnMarker: counts.labelOnMarker,
  markerUnderOverlay: counts.markerUnderOverlay,
  labelUnderOverlay: counts.labelUnderOverlay,
});
const ZERO = { labelOnMarker: [], markerUnderOverlay: [], labelUnderOverlay: [] };

for (const lang of ['zh', 'en'] as const) {
  test(`home view at 1440×900, ${lang}: no label on a marker, nothing under the legend or notes`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`./?lang=${lang}`);
    const counts = await mapCounts(page);
    expect(counts.markers).toBe(15);
    expect(none(counts)).toEqual(ZERO);
  });

  for (const width of [320, 360, 375]) {
    test(`embed at ${width} px, ${lang}: no label on a marker, nothing under the notes`, async ({ page }) => {
      await page.setViewportSize({ width, height: 640 });
      await page.goto(`./?lang=${lang}&view=embed`);
      const counts = await mapCounts(page);
      expect(counts.markers).toBe(15);
      expect(none(counts)).toEqual(ZERO);
    });
  }
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`every presenter step at ${width}×${height}: no label on a marker, nothing under the legend`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width, height });
    const failures: string[] = [];
    for (let step = 1; step <= STEPS; step++) {
      await page.goto(`./?lang=zh&view=present&step=${step}`);
      await expect(page.getByTestId('step-count')).toContainText(String(step));
      const counts = await mapCounts(page);
      const found = none(counts);
      if (Object.values(found).some((list) => list.length)) failures.push(`step ${step}: ${JSON.stringify(found)}`);
    }
    expect(failures).toEqual([]);
  });
}

test('zones spread over China: the South China Sea inset, no zone or label under it', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./?lang=zh');
  await expect(page.getByTestId('nanhai-inset')).toHaveCount(0);
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('china-wide.csv'));
  await expect(page.locator('.map-stage')).toHaveAttribute('data-zones', '5');
  await expect(page.getByTestId('nanhai-inset').getByRole('img', { name: '南海诸岛' })).toBeVisible();
  const counts = await mapCounts(page);
  expect(counts.markers).toBe(5);
  expect(none(counts)).toEqual(ZERO);
  // Selecting a zone centres it: the inset goes.
  await page.getByTestId('zone-item').first().click();
  await expect(page.getByTestId('nanhai-inset')).toHaveCount(0);
});
