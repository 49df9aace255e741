// Scroll stories (issue 33): a host page's marked paragraphs move the embedded atlas (embed.js), and ?view=story tells
// the tour as an article; both languages, wide and phone widths, keyboard and screen-reader paths.
import type { Frame, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { HostSite, HOST } from './host-server';
import { readFileSync } from 'node:fs';

const APP = 'http://127.0.0.1:4317';
const site = new HostSite();
test.use({ otherOrigins: [HOST], reducedMotion: 'reduce' });
test.beforeAll(async () => site.start());
test.afterAll(async () => site.stop());

/** A plain news article on another origin: an intro, the atlas and marked paragraphs in one story container. */
function storyPage(steps: [value: string, text: string][], lang = 'en'): string {
  const paras = steps
    .map(([v, t]) => `<section data-atlas-step="${v}"><h2>${t}</h2><p>${t} — the article’s own words.</p></section>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Story</title></head><body style="margin:0;font-family:sans-serif">
<h1 id="headline">How zones changed</h1><p>Intro paragraph.</p>
<div data-atlas-story>
<iframe data-zone-reform-atlas src="${APP}/?view=embed&lang=${lang}" title="Zone Reform Atlas" width="100%" height="560" frameborder="0"></iframe>
${paras}
</div>
<p id="after">After the story.</p>
<script src="${APP}/embed.js" async></script></body></html>`;
}

const STEPS: [string, string][] = [
  ['1', 'The overview'],
  ['zone=qingdao-blue-valley', 'Blue Valley'],
  ['compare=yantai-etdz,xishan-etdz', 'Two zones side by side'],
  ['highlight=linfen-edz,houma-edz', 'Two zones in Linfen, highlighted'],
  ['model=statutory-body', 'The statutory bodies'],
];

async function atlas(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe[data-zone-reform-atlas]').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForSelector('[data-testid="embed"][data-story]:not([data-story=""])');
  return frame;
}

/** Scrolls the host page so the step's paragraph sits across the middle of the viewport. */
async function scrollToStep(page: Page, value: string) {
  await page.evaluate((v) => {
    const el = document.querySelector(`[data-atlas-step="${v}"]`)!;
    const r = el.getBoundingClientRect();
    window.scrollBy(0, r.top + r.height / 2 - window.innerHeight / 2);
  }, value);
}

/** Whether a zone's marker is drawn inside the frame's map (the step shows its subject). */
const markerInView = (frame: Frame | Page, id: string) => frame.evaluate(markerVisible, id);

for (const width of [1440, 375]) {
  test(`a host page on another origin scrolls the atlas through its paragraphs at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: width > 800 ? 900 : 740 });
    await page.goto(site.page(`/story-${width}.html`, storyPage(STEPS)));
    const frame = await atlas(page);
    const entries = await page.evaluate(() => history.length);
    const iframe = page.locator('iframe[data-zone-reform-atlas]');
    // Kept in view: as tall as the viewport, beside the text (wide) or behind the cards (phone).
    const box = (await iframe.boundingBox())!;
    expect(Math.round(box.height)).toBe(width > 800 ? 900 : 740);
    const first = (await page.locator('[data-atlas-step="1"]').boundingBox())!;
    if (width > 800) expect(first.x + first.width).toBeLessThanOrEqual(box.x);
    else expect(box.width).toBe(375);
    await expect(frame.getByTestId('embed')).toHaveAttribute('data-story', width > 800 ? 'side' : 'behind');

    const stage = frame.locator('.map-stage');
    const state = frame.getByTestId('story-state');
    await scrollToStep(page, '1');
    await expect(state).toHaveText('Map: all 15 zones');
    await scrollToStep(page, 'zone=qingdao-blue-valley');
    await expect(stage).toHaveAttribute('data-selected', 'qingdao-blue-valley');
    await expect(state).toHaveText('Map: Qingdao Blue Valley');
    await expect.poll(() => markerInView(frame, 'qingdao-blue-valley')).toBe(true);
    // The map stays in view while the article scrolls.
    expect(Math.round((await iframe.boundingBox())!.y)).toBe(0);
    await scrollToStep(page, 'compare=yantai-etdz,xishan-etdz');
    await expect(state).toHaveText('Map: comparing Yantai ETDZ, Xishan ETDZ');
    await expect(stage).toHaveAttribute('data-selected', '');
    await expect.poll(() => markerInView(frame, 'yantai-etdz')).toBe(true);
    await expect.poll(() => markerInView(frame, 'xishan-etdz')).toBe(true);
    // A highlight puts its zones in front without moving the camera.
    const before = await frame.locator('[data-testid="svg-map"] circle.zone[data-zone="yantai-etdz"]').boundingBox();
    await scrollToStep(page, 'highlight=linfen-edz,houma-edz');
    await expect(state).toHaveText('Map: 2 zones highlighted: Linfen EDZ, Houma EDZ');
    await expect(frame.locator('circle.zone:not(.faded)')).toHaveCount(2);
    expect(await frame.locator('[data-testid="svg-map"] circle.zone[data-zone="yantai-etdz"]').boundingBox()).toEqual(
      before,
    );
    await scrollToStep(page, 'model=statutory-body');
    await expect(state).toHaveText('Map: 2 zones highlighted: Blue Valley, Cruise Port');
    await expect(frame.locator('circle.zone:not(.faded)')).toHaveCount(2);
    // Beside the text the key is open: a model step's colour can be read.
    if (width > 800) await expect(frame.getByTestId('legend').getByText('Statutory body')).toBeVisible();
    // The host's history is the reader's: the story added no entries to it.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    // Past the story, the map scrolls away with its container.
    await page.locator('#after').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await iframe.boundingBox())!.y).toBeLessThan(0);
  });
}

test('jumps land on the right step: End shows the last paragraph’s, Home the frame’s own view; mistakes go to the console', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().includes('Zone Reform Atlas')) warnings.push(m.text());
  });
  const steps: [string, string][] = [
    ...STEPS.slice(0, 2),
    ['zone=no-such-zone', 'A typo'],
    ['99', 'Beyond the tour'],
    ...STEPS.slice(2),
  ];
  await page.goto(site.page('/story-jumps.html', storyPage(steps)));
  const frame = await atlas(page);
  const state = frame.getByTestId('story-state');
  await scrollToStep(page, 'zone=qingdao-blue-valley');
  await expect(state).toHaveText('Map: Qingdao Blue Valley');
  // A paragraph with a mistake leaves the map on the last good step, and the editor is told in the console.
  await scrollToStep(page, 'zone=no-such-zone');
  await expect.poll(() => warnings.join('\n')).toContain('no-such-zone');
  await scrollToStep(page, '99');
  await expect.poll(() => warnings.join('\n')).toContain('99');
  await expect(state).toHaveText('Map: Qingdao Blue Valley');
  await page.keyboard.press('End');
  await expect(state).toHaveText('Map: 2 zones highlighted: Blue Valley, Cruise Port');
  await expect(page.locator('[data-atlas-step="model=statutory-body"]')).toHaveAttribute('data-atlas-active', '');
  await page.keyboard.press('Home');
  await expect(state).toHaveText('Map: all 15 zones');
  await expect(frame.locator('circle.zone:not(.faded)')).toHaveCount(15);
  await expect(page.locator('[data-atlas-active]')).toHaveCount(0);
});

test('on a phone the map stays behind the last card until it has passed', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(site.page('/story-last.html', storyPage(STEPS)));
  const frame = await atlas(page);
  await scrollToStep(page, 'model=statutory-body');
  await expect(frame.getByTestId('story-state')).toHaveText('Map: 2 zones highlighted: Blue Valley, Cruise Port');
  expect(Math.round((await page.locator('iframe').boundingBox())!.y)).toBe(0);
});

test('?view=story: End shows the closing step, Home the first, Tab goes card to card', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/?view=story&lang=en');
  await expect(page.getByTestId('story-step').first()).toBeVisible();
  // A key pressed while the story's code is still starting (a loaded CI machine) may come before its handler: again.
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(page.getByTestId('story-step').last()).toHaveAttribute('aria-current', 'step', { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await expect(page).toHaveURL(new RegExp(`step=${TOUR_STEPS}`));
  await page.keyboard.press('Home');
  await expect(page.getByTestId('story-step').first()).toHaveAttribute('aria-current', 'step');
  // From one card, Tab reaches the next after at most its "Quotes and sources" (the sources inside are listed there).
  await page.locator('[data-story-step="5"]').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-story-step="6"]')).toBeFocused();
});

test('on a phone a vertical swipe over the map scrolls the article, never the map', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(site.page('/story-touch.html', storyPage(STEPS)));
  await atlas(page);
  await scrollToStep(page, 'zone=qingdao-blue-valley');
  const y = await page.evaluate(() => scrollY);
  // Over the map between two cards: the wheel (a swipe's stand-in) reaches the article.
  const card = (await page.locator('[data-atlas-step="zone=qingdao-blue-valley"]').boundingBox())!;
  await page.mouse.move(20, Math.min(730, card.y + card.height + 40));
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(y + 200);
  expect(await page.locator('iframe').evaluate((f) => getComputedStyle(f).pointerEvents)).toBe('none');
});

test('keyboard readers Tab to each paragraph and the map follows; the first step can be a tour step', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(site.page('/story-keys.html', storyPage(STEPS, 'zh')));
  const frame = await atlas(page);
  await page.locator('#headline').click();
  // Past the atlas's own controls (the iframe comes first), Tab reaches the first paragraph.
  const first = page.locator('[data-atlas-step="1"]');
  for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await expect(frame.getByTestId('story-state')).toHaveText('地图：全部15个开发区');
  await page.keyboard.press('Tab');
  await expect(page.locator('[data-atlas-step="zone=qingdao-blue-valley"]')).toBeFocused();
  await expect(frame.locator('.map-stage')).toHaveAttribute('data-selected', 'qingdao-blue-valley');
  // The frame's live region says the map's new state once, in the embed's language.
  await expect(frame.getByTestId('story-state')).toHaveText('地图：青岛蓝谷');
  await expect(page.locator('[data-atlas-step="zone=qingdao-blue-valley"]')).toHaveAttribute('data-atlas-active', '');
});

test('a page without marked paragraphs keeps today’s embed: sized to its content', async ({ page }) => {
  await page.goto(
    site.page(
      '/plain.html',
      `<!doctype html><meta charset="utf-8"><iframe data-zone-reform-atlas src="${APP}/?view=embed&lang=en" width="100%" height="560" frameborder="0"></iframe><script src="${APP}/embed.js"></script>`,
    ),
  );
  const handle = await page.locator('iframe').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForSelector('[data-testid="embed"]');
  await expect(frame.getByTestId('embed')).toHaveAttribute('data-story', '');
  const content = () => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  await expect
    .poll(async () => Math.abs((await page.locator('iframe').boundingBox())!.height - (await content())))
    .toBeLessThanOrEqual(1);
});

/** The built-in tour's step count, as the built data gives it (data/tour.yaml). */
const TOUR_STEPS: number = JSON.parse(readFileSync('public/atlas-data/atlas.json', 'utf8')).dataset.tour.length;

for (const lang of ['zh', 'en'] as const) {
  test(`?view=story tells the whole tour in ${lang}: each card moves the map, quotes under each step`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/?view=story&lang=${lang}`);
    const steps = page.getByTestId('story-step');
    await expect(steps.first()).toBeVisible();
    await expect(steps).toHaveCount(TOUR_STEPS);
    const count = TOUR_STEPS;
    const stage = page.locator('.map-stage');
    for (let i = 1; i <= count; i++) {
      await page.evaluate((n) => {
        document.querySelector(`[data-story-step="${n}"]`)!.scrollIntoView({ block: 'center' });
      }, i);
      await expect(page).toHaveURL(i > 1 ? new RegExp(`[?&]step=${i}(&|$)`) : /view=story(?!.*step=)/);
      const card = steps.nth(i - 1);
      await expect(card).toHaveAttribute('aria-current', 'step');
      const title = await card.getByRole('heading', { level: 2 }).first().textContent();
      expect(title?.trim().length).toBeGreaterThan(1);
      const zone = await stage.getAttribute('data-selected');
      if (zone) await expect.poll(() => markerInView(page, zone)).toBe(true);
    }
    // The closing comparison is the compare view, and every step with sources has its quotes.
    await expect(steps.last().getByTestId('compare')).toBeVisible();
    const quotes = page.getByTestId('story-quotes').first();
    await quotes.locator('summary').click();
    await expect(quotes.locator('q').first()).not.toBeEmpty();
    // The other language is one link away; the lang attribute says which language the story speaks.
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
    await expect(page.getByTestId('story-lang')).toHaveText(lang === 'zh' ? 'English' : '中文版');
  });
}

function markerVisible(zone: string): boolean {
  const svg = document.querySelector('[data-testid="svg-map"] svg');
  const c = svg?.querySelector(`circle.zone[data-zone="${zone}"]`);
  if (!svg || !c) return false;
  const s = svg.getBoundingClientRect();
  const r = c.getBoundingClientRect();
  return r.left >= s.left && r.right <= s.right && r.top >= s.top && r.bottom <= s.bottom;
}

test('a story link opens at its step; Tab reaches each card and the map follows', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/?view=story&lang=en&step=3');
  await expect(page.locator('[data-story-step="3"]')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('[data-story-step="3"]')).toBeInViewport();
  await page.locator('[data-story-step="3"]').focus();
  await page.keyboard.press('Tab');
  // Tab goes through the card's own controls (its sources) before the next card.
  for (
    let i = 0;
    i < 40 && !(await page.locator('[data-story-step="4"]').evaluate((el) => el === document.activeElement));
    i++
  )
    await page.keyboard.press('Tab');
  await expect(page.locator('[data-story-step="4"]')).toBeFocused();
  await expect(page).toHaveURL(/step=4/);
  await expect(page.getByTestId('story-state')).not.toBeEmpty();
});

test('?view=story tells a loaded file’s tour too: its places and zones, each with its quote', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?view=story&lang=en&data=./examples/zones-example.csv');
  const steps = page.getByTestId('story-step');
  // The default tour of a file: the overview, then each place and its zones.
  await expect(steps.first()).toBeVisible();
  expect(await steps.count()).toBeGreaterThan(3);
  const blue = steps.filter({ has: page.getByRole('heading', { level: 2, name: 'Qingdao Blue Valley' }) });
  await blue.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect(page.locator('.map-stage')).toHaveAttribute('data-selected', 'qingdao-blue-valley');
  await blue.getByTestId('story-quotes').locator('summary').click();
  await expect(blue.getByTestId('story-quotes')).toContainText('青岛蓝谷、青岛邮轮港区实行“法定机构”体制');
  // The link keeps the file, so the story can be shared as it is.
  await expect(page).toHaveURL(/data=/);
});
