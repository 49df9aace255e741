// Issue 16 on the SVG map (the first paint, the fallback and the offline copy), counted from the DOM: no label on a
// label or a marker, nothing under an overlay or cut at the edge, no marker on a marker, at the sizes people use.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { appTest, expect, sharedPage, toStep, visit } from './fixtures';
import { svgCounts, type SvgCounts } from './svg-counts';

const fixture = (name: string) =>
  new URL(`../../src/lib/features/user-data/fixtures/${name}`, import.meta.url).pathname;
const STEPS = (parse(readFileSync(new URL('../../data/tour.yaml', import.meta.url), 'utf8')) as unknown[]).length;

const faults = ({ markers: _m, labels: _l, ...lists }: SvgCounts) =>
  Object.fromEntries(Object.entries(lists).filter(([, list]) => list.length));

// Camera moves are instant under reduced motion, so each view is counted where it rests. One page for the file.
const { app } = sharedPage({ reducedMotion: 'reduce' });

for (const lang of ['zh', 'en'] as const) {
  appTest(`home view at 1440×900 and embeds at 320–375 px, ${lang}: no overlaps on the SVG map`, async () => {
    const page = app();
    for (const [width, height, view] of [
      [1440, 900, ''],
      [320, 640, '&view=embed'],
      [360, 640, '&view=embed'],
      [375, 640, '&view=embed'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await visit(page, `./?lang=${lang}${view}`);
      expect((await svgCounts(page)).markers).toBe(15);
      // Labels are placed again once the overlays are measured and the fonts are in: counted when the map settles.
      await expect
        .poll(async () => faults(await svgCounts(page)), { message: `${width}${view}`, timeout: 5_000 })
        .toEqual({});
    }
  });
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  appTest(`every presenter step at ${width}×${height}: no overlaps on the SVG map`, async () => {
    appTest.setTimeout(120_000);
    const page = app();
    await page.setViewportSize({ width, height });
    await visit(page, './?lang=zh&view=present&step=1');
    for (let step = 1; step <= STEPS; step++) {
      if (step > 1) await toStep(page, step);
      await expect(page.getByTestId('step-count')).toHaveText(`${step} / ${STEPS}`);
      await expect
        .poll(async () => faults(await svgCounts(page)), { message: `step ${step}`, timeout: 5_000 })
        .toEqual({});
    }
  });
}

appTest('zones spread over China on the SVG map: the inset, nothing under it, no overlaps', async () => {
  const page = app();
  await page.setViewportSize({ width: 375, height: 740 });
  await visit(page, './?lang=en&view=');
  await page.getByTestId('data-button').click();
  await page.getByTestId('data-file').setInputFiles(fixture('china-wide.csv'));
  await expect(page.locator('.map-stage')).toHaveAttribute('data-zones', '5');
  await expect(page.getByTestId('nanhai-inset')).toBeVisible();
  expect((await svgCounts(page)).markers).toBe(5);
  await expect.poll(async () => faults(await svgCounts(page)), { timeout: 5_000 }).toEqual({});
});
