// `npm run screenshots`: renders the production build in headless Chromium at desktop, phone, presenter and embed sizes.
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS, SVG_ARGS } from '../tests/e2e/browser.ts';
import { startPreview } from './lib/preview.ts';

const out = process.argv[2] ?? 'test-results/screens';
/** Optional: only shots whose name contains this text. */
const only = process.argv[3] ?? '';
type Shot = {
  name: string;
  width: number;
  height: number;
  query: string;
  svg?: boolean;
  dark?: boolean;
  /** Something to do before the picture, e.g. open a dialog. */
  act?: (page: Page) => Promise<void>;
};
const shots: Shot[] = [
  { name: 'desktop-svg-fallback-zh', width: 1440, height: 900, query: '?lang=zh', svg: true },
  { name: 'desktop-overview-zh', width: 1440, height: 900, query: '?lang=zh' },
  { name: 'desktop-zone-en', width: 1440, height: 900, query: '?lang=en&zone=qingdao-blue-valley' },
  { name: 'desktop-zone-zh', width: 1440, height: 900, query: '?lang=zh&zone=xishan-etdz' },
  { name: 'desktop-dark-en', width: 1440, height: 900, query: '?lang=en&zone=qingdao-blue-valley', dark: true },
  { name: 'phone-dark-zh', width: 375, height: 812, query: '?lang=zh&zone=yantai-etdz', dark: true },
  { name: 'phone-overview-zh', width: 375, height: 812, query: '?lang=zh' },
  { name: 'phone-zone-en', width: 375, height: 812, query: '?lang=en&zone=yantai-etdz' },
  { name: 'phone-320-zh', width: 320, height: 640, query: '?lang=zh&zone=qingdao-sco-demonstration-zone' },
  { name: 'projector-1920', width: 1920, height: 1080, query: '?lang=zh&zone=linfen-edz' },
  { name: 'embed-600', width: 600, height: 900, query: '?lang=en&view=embed' },
  {
    name: 'embed-320-zone-zh',
    width: 320,
    height: 900,
    query: '?lang=zh&view=embed&zone=qingdao-blue-valley&title=青岛的开发区改革&source=来源：本报综合',
  },
  {
    name: 'embed-800-filtered-en',
    width: 800,
    height: 900,
    query:
      '?lang=en&view=embed&model=statutory-body,committee-plus-company&title=Qingdao’s two models&subtitle=Statutory bodies and committee-plus-company zones',
  },
  {
    name: 'dialog-embed-en',
    width: 1440,
    height: 900,
    query: '?lang=en&zone=yantai-etdz',
    act: async (page) => {
      await page.getByRole('button', { name: 'Embed' }).click();
      await page.getByTestId('embed-preview').waitFor();
      await page.waitForTimeout(4000);
    },
  },
  { name: 'panel-tall-en', width: 1440, height: 3000, query: '?lang=en&zone=qingdao-blue-valley' },
  { name: 'panel-tall-zh', width: 1440, height: 3000, query: '?lang=zh&zone=xishan-etdz' },
  { name: 'panel-overview-tall-en', width: 1440, height: 3000, query: '?lang=en' },
  { name: 'present-1920-place-zh', width: 1920, height: 1080, query: '?lang=zh&view=present&step=4' },
  { name: 'present-1920-zone-en', width: 1920, height: 1080, query: '?lang=en&view=present&step=5' },
  { name: 'present-1920-compare-zh', width: 1920, height: 1080, query: '?lang=zh&view=present&step=6' },
  { name: 'present-1280-close-en', width: 1280, height: 720, query: '?lang=en&view=present&step=12' },
  { name: 'present-1920-overview-dark-zh', width: 1920, height: 1080, query: '?lang=zh&view=present', dark: true },
  { name: 'present-1280-zone-zh', width: 1280, height: 720, query: '?lang=zh&view=present&step=8' },
  { name: 'present-phone-375-en', width: 375, height: 812, query: '?lang=en&view=present&step=2' },
  { name: 'present-svg-1920-zh', width: 1920, height: 1080, query: '?lang=zh&view=present&step=2', svg: true },
];

mkdirSync(out, { recursive: true });
const server = await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const noWebgl = await chromium.launch({ executablePath: chromiumPath(), args: SVG_ARGS });
try {
  for (const shot of shots.filter((s) => s.name.includes(only))) {
    const page = await (shot.svg ? noWebgl : browser).newPage({
      // The service worker's one-off "ready offline" notice is not what these screenshots show.
      serviceWorkers: 'block',
      viewport: { width: shot.width, height: shot.height },
      colorScheme: shot.dark ? 'dark' : 'light',
    });
    page.on('pageerror', (e) => console.error(`${shot.name}: ${e.message}`));
    await page.goto(`${server.url}${shot.query}`);
    // An embed is its SVG map until the reader pans or zooms (issue 32): that is what its readers see.
    if (shot.svg || shot.query.includes('view=embed')) await page.waitForSelector('[data-testid="svg-map"] circle');
    else {
      await page
        .waitForSelector('[data-renderer="webgl"]', { timeout: 30000 })
        .catch(() => console.error(`${shot.name}: WebGL map not ready`));
      await page.waitForSelector('[data-testid="webgl-map"][data-state="idle"]', { timeout: 30000 }).catch(() => {});
    }
    await shot.act?.(page);
    if (shot.name.startsWith('panel-'))
      await page.getByTestId('side-panel').screenshot({ path: `${out}/${shot.name}.png` });
    else
      await page.screenshot({
        path: `${out}/${shot.name}.png`,
        fullPage: shot.width < 720 || shot.name.startsWith('embed-'),
      });
    await page.close();
    console.log(`${out}/${shot.name}.png`);
  }
} finally {
  await browser.close();
  await noWebgl.close();
  await server.close();
}
