// `npm run deck:render [out] [query]`: downloads the presenter's deck (.pptx) from the production build in headless
// Chromium, in Chinese and English, and renders each with LibreOffice Impress (soffice --headless) to a PDF and PNG pages
// (pdftoppm) to look at. Needs `apt-get install -y libreoffice-impress poppler-utils`; run before each release (README).
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath, SVG_ARGS } from '../tests/e2e/browser.ts';
import { startPreview } from './lib/preview.ts';

const out = process.argv[2] ?? 'test-results/deck';
/** Extra query for the presenter, e.g. `data=./my-file.csv` (a file the preview serves). */
const extra = process.argv[3] ?? '';
mkdirSync(out, { recursive: true });
const server = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: SVG_ARGS });
try {
  for (const lang of ['zh', 'en'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    await page.goto(`${server.url}?lang=${lang}&view=present&step=1${extra ? `&${extra}` : ''}`);
    await page.getByTestId('step-caption').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByTestId('download-deck').click(),
    ]);
    const pptx = join(out, download.suggestedFilename());
    await download.saveAs(pptx);
    await page.close();
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, pptx], { stdio: 'inherit' });
    const pdf = pptx.replace(/\.pptx$/, '.pdf');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, `deck-${lang}`)], { stdio: 'inherit' });
    writeFileSync(join(out, `deck-${lang}.txt`), `${pptx}\n${pdf}\n`);
    console.log(`${lang}: ${pptx} → ${pdf} → ${out}/deck-${lang}-*.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
