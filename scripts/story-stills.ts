// `npm run story:stills`: the built-in tour's still images for host pages without JavaScript (issue 33): each step's
// slide from the presenter's own renderer (Download PNG, 1920 × 1080), scaled to 1280 × 720 WebP in the browser, in
// public/story/<lang>/<step>.webp, with public/story/stills.json naming the data they show (a unit test fails when the
// tour's data changes and the stills were not made again). Needs `npm run build` first and the system Chromium.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, SVG_ARGS } from '../tests/e2e/browser.ts';
import { startPreview } from './lib/preview.ts';
import { stillsKey, STILLS } from './lib/story-stills.ts';

const dataset = readFileSync('data/build/atlas.json', 'utf8');
const steps: number = JSON.parse(dataset).dataset.tour.length;
const server = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: SVG_ARGS });
try {
  for (const lang of ['zh', 'en'] as const) {
    mkdirSync(join(STILLS.dir, lang), { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    for (let step = 1; step <= steps; step++) {
      await page.goto(`${server.url}?lang=${lang}&view=present&step=${step}&theme=light`);
      await page.locator(`[data-testid="step-caption"][data-step="${step}"]`).waitFor();
      await page.locator('[data-testid="svg-map"] svg, .maplibre canvas').first().waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
      const png = readFileSync(await download.path());
      // Scaled and encoded by the browser's own codecs: no image library for one script.
      const webp = await page.evaluate(
        async ({ b64, width, height, quality }) => {
          const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
          const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(width, height);
          const ctx = canvas.getContext('2d')!;
          ctx.imageSmoothingQuality = 'high';
          ctx.drawImage(bitmap, 0, 0, width, height);
          const blob = await canvas.convertToBlob({ type: 'image/webp', quality });
          const buf = new Uint8Array(await blob.arrayBuffer());
          let s = '';
          for (const b of buf) s += String.fromCharCode(b);
          return btoa(s);
        },
        { b64: png.toString('base64'), width: STILLS.width, height: STILLS.height, quality: STILLS.quality },
      );
      const file = join(STILLS.dir, lang, `${step}.webp`);
      writeFileSync(file, Buffer.from(webp, 'base64'));
      console.log(`${file} (${Math.round(Buffer.from(webp, 'base64').length / 1024)} KiB)`);
    }
    await page.close();
  }
  writeFileSync(
    join(STILLS.dir, 'stills.json'),
    `${JSON.stringify({ data: stillsKey(dataset), steps, langs: ['zh', 'en'], width: STILLS.width, height: STILLS.height }, null, 2)}\n`,
  );
} finally {
  await browser.close();
  await server.close();
}
