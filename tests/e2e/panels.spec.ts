// The comparison panels: figures per zone, evidence popovers that quote the article, matrix highlighting, timeline.
import { existsSync, readFileSync } from 'node:fs';
import { appTest, expect, sharedPage, visit, zoneItem } from './fixtures';
import { normaliseArticle } from '../../scripts/lib/normalise-article';
import { seedsDir } from '../../scripts/lib/evidence';

const { app } = sharedPage();

appTest('selecting three zones shows each one’s figures, a city’s said to be the city’s', async () => {
  const page = app();
  await visit(page, './?lang=en');
  const figures = page.getByTestId('key-figures');
  // Blue Valley has no figures of its own: Qingdao's are shown apart, named as the city's (issue 30).
  await zoneItem(page, 'Qingdao Blue Valley').click();
  await expect(figures.getByTestId('zone-figures')).toHaveCount(0);
  await expect(figures.getByTestId('city-figures-title')).toHaveText('Qingdao-wide figures, not this zone’s own');
  const city = figures.getByTestId('city-figures');
  await expect(city.locator('[data-figure="qingdao-powers-devolved"]')).toContainText('154');
  await expect(city.locator('[data-figure="qingdao-tax-share"]')).toContainText('≥ 60');
  await zoneItem(page, 'Linfen Economic Development Zone').click();
  await expect(figures.locator('[data-figure="linfen-responsibility-letters"]')).toContainText('9');
  await expect(figures.locator('[data-figure="qingdao-powers-devolved"]')).toHaveCount(0);
  // Xishan's figures are its own, and what they are: a plan's count and two targets.
  await zoneItem(page, /^Xishan Economic/).click();
  const own = figures.getByTestId('zone-figures');
  await expect(own.locator('[data-figure="xishan-project-size-100"]')).toContainText('10B');
  await expect(own.locator('[data-figure="xishan-project-size-100"]')).toContainText('Target');
  await expect(own.locator('[data-figure="xishan-industry-directions"]')).toContainText('Proposed');
  await expect(figures.locator('li')).toHaveCount(3);
});

appTest(
  'a zone’s panel tells a plan from a result and its own measure from its city’s, at a glance and in words',
  async () => {
    const page = app();
    // Yantai: a meeting's calls, all proposed, the zone's own; one implied.
    await visit(page, './?lang=en&zone=yantai-etdz');
    const header = page.getByTestId('zone-header');
    await expect(header.getByTestId('measure-group')).toHaveCount(1);
    await expect(header.getByTestId('measure-group')).toHaveAttribute('data-status', 'proposed');
    await expect(header.getByTestId('model-claim')).toHaveText('◌ Proposed · This zone');
    await expect(header).toContainText('Meeting report: tasks set');
    await expect(
      header.getByRole('button', {
        name: /Delegated powers and approvals \(◌ Proposed · This zone; The quote supports it only loosely/,
      }),
    ).toHaveText('≈ Delegated powers and approvals');
    // Zibo's EDZ: the redrawing is its own plan; the city's zone tasks are inherited; the city's own campaigns are
    // context, never its measures.
    await visit(page, './?lang=en&zone=zibo-edz');
    await expect(
      header.getByRole('button', { name: /^Show the source: Boundaries and upgrades \(◌ Proposed · This zone\)/ }),
    ).toBeVisible();
    await expect(
      header.getByRole('button', { name: /^Show the source: Operating companies \(◌ Proposed · City-wide reform[;)]/ }),
    ).toBeVisible();
    await expect(header.locator('.measures').first().getByText('Delegated powers and approvals')).toHaveCount(0);
    await expect(header.getByTestId('place-context')).toContainText('Zibo: city context (not applied to zones)');
    // Wanshan Lake: what it inherits comes from its parent zone, by name.
    await visit(page, './?lang=en&zone=wanshan-lake-science-city');
    await expect(
      header.getByRole('button', { name: /^Show the source: Streamlining \(◌ Proposed · From Xishan ETDZ; / }),
    ).toBeVisible();
    // The level says where it comes from; an inferred year says so beside the date.
    await visit(page, './?lang=zh&zone=linfen-edz');
    await expect(header.getByTestId('level-source')).toHaveText('编者据公开资料，非出自文章');
    await expect(header.getByTestId('inferred-date')).toHaveText('（年份推断）');
    await expect(header.getByTestId('model-claim')).toHaveText('◐ 推进中 · 全市改革');
  },
);

appTest('a quote shown in an evidence popover occurs in its article', async () => {
  const page = app();
  appTest.skip(!existsSync(seedsDir()), `no article folder at ${seedsDir()}`);
  await visit(page, './?lang=zh&zone=qingdao-blue-valley');
  const header = page.getByTestId('zone-header');
  const button = header.getByRole('button', { name: /查看来源：法定机构/ });
  await button.focus();
  const popover = header.getByTestId('evidence-popover').filter({ visible: true });
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('聚焦关键节点统筹推进开发区体制机制改革创新');
  const quote = (await popover.locator('q').first().textContent())!;
  const article = normaliseArticle(readFileSync(`${seedsDir()}/004_772b24d4fb950dc7.txt`, 'utf8'));
  expect(article).toContain(quote);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(page).toHaveURL(/zone=qingdao-blue-valley/); // Esc closed the popover, not the selection
});

appTest('a measure row names how many zones share it; activating it filters by that measure', async () => {
  const page = app();
  await visit(page, './?lang=en');
  const row = page.getByTestId('measure-matrix').getByRole('button', { name: /^Shedding social roles/ });
  // Shedding social functions: Yantai ETDZ (stated) and Qingdao's five zones (inherited).
  await expect(row).toHaveAccessibleName(/6 zones have this measure/);
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/measure=social-functions/);
  await expect(page.getByTestId('match-count')).toHaveText('6 of 15 zones');
  await expect(row).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('match-count')).toHaveText('15 of 15 zones');
});

appTest('activating an industry keeps its zones highlighted until cleared', async () => {
  const page = app();
  await visit(page, './?lang=en&zone=qingdao-hi-tech-zone');
  await page
    .getByTestId('industry-focus')
    .getByRole('button', { name: /^Advanced manufacturing/ })
    .click();
  await expect(page.getByTestId('highlight-status')).toContainText('Highlighted: Advanced manufacturing');
  await page.getByRole('button', { name: 'Clear highlight' }).click();
  await expect(page.getByTestId('highlight-status')).toHaveCount(0);
});

appTest('the timeline marks inferred years and explains them', async () => {
  const page = app();
  await visit(page, './?lang=en&zone=yantai-etdz');
  const mark = page
    .getByTestId('timeline')
    .getByRole('button', { name: /Yantai ETDZ holds its reform mobilisation meeting/ });
  await mark.focus();
  await expect(page.getByTestId('timeline-detail')).toContainText('Year inferred');
  await expect(page.getByTestId('timeline-detail')).toContainText('6 September 2019');
});

appTest('the sources view lists the five articles', async () => {
  const page = app();
  await visit(page, './?lang=zh');
  await expect(page.getByTestId('sources').locator('li')).toHaveCount(5);
  await expect(page.getByTestId('sources')).toContainText('掌握鲁中');
});

// The comparison panels as drawn, for one zone of each model, in both languages, on a laptop and a phone: every matrix
// column named, no chart text overlapping text or marks or leaving its chart, no "…", tap targets of 24 px or more.
for (const [width, height] of [
  [1440, 900],
  [375, 760],
] as const)
  for (const lang of ['zh', 'en'] as const)
    appTest(`the panels read whole at ${width} px in ${lang}`, async () => {
      const page = app();
      await page.setViewportSize({ width, height });
      for (const zone of ['yantai-etdz', 'xishan-etdz', 'qingdao-blue-valley']) {
        await visit(page, `./?lang=${lang}&zone=${zone}`);
        const matrix = page.getByTestId('measure-matrix');
        await matrix.scrollIntoViewIfNeeded();
        await expect(matrix.locator('.zone-name')).toHaveCount(15);
        const report = await page.evaluate(() => {
          type R = { x0: number; y0: number; x1: number; y1: number };
          const rect = (e: Element): R => {
            const r = e.getBoundingClientRect();
            return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
          };
          const hit = (a: R, b: R) => a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
          const problems: string[] = [];
          const charts = [
            document.querySelector('[data-testid="measure-matrix"] svg')!,
            document.querySelector('[data-testid="timeline"] svg')!,
          ];
          for (const svg of charts) {
            const box = rect(svg);
            const texts = [...svg.querySelectorAll('text')].filter((t) => t.textContent!.trim());
            const marks = [...svg.querySelectorAll('circle, rect:not(.hit):not(.selected-col)')];
            // Upright CJK in a vertical line: its line box is wider than the glyphs, whose ink is one em wide.
            const ink = (t: Element): R => {
              const r = rect(t);
              if (!t.classList.contains('vertical')) return r;
              const half = parseFloat(getComputedStyle(t).fontSize) / 2;
              return { ...r, x0: (r.x0 + r.x1) / 2 - half, x1: (r.x0 + r.x1) / 2 + half };
            };
            for (const [i, t] of texts.entries()) {
              const r = ink(t);
              if (t.textContent!.includes('…')) problems.push(`cut: ${t.textContent}`);
              if (r.x0 < box.x0 - 0.5 || r.x1 > box.x1 + 0.5) problems.push(`outside its chart: ${t.textContent}`);
              for (const u of texts.slice(i + 1))
                if (hit(r, ink(u))) problems.push(`${t.textContent} × ${u.textContent}`);
              for (const m of marks) if (hit(r, rect(m))) problems.push(`${t.textContent} × a mark`);
            }
          }
          const scroller = document.querySelector('[data-testid="measure-matrix"]')!;
          if (scroller.scrollWidth > scroller.clientWidth + 1) problems.push('the matrix scrolls sideways');
          const targets = document.querySelectorAll(
            // The citation buttons inside running text are the shared Evidence control, spaced by the text around them
            // (WCAG 2.5.8's spacing exception); the charts' own targets are measured.
            '[data-testid="measure-matrix"] [role="button"], [data-testid="timeline"] [role="button"], [data-testid="industry-focus"] button:not(.evidence button)',
          );
          for (const t of targets) {
            const r = t.getBoundingClientRect();
            if (r.width < 23.5 || r.height < 23.5)
              problems.push(`small target ${Math.round(r.width)}×${Math.round(r.height)}: ${t.textContent}`);
          }
          return { problems, targets: targets.length };
        });
        expect(report.problems, zone).toEqual([]);
        expect(report.targets).toBeGreaterThan(13);
        // The selected zone's column is the one emphasised.
        await expect(matrix.locator('.column.sel')).toHaveCount(1);
        await expect(matrix.locator('.column.sel .zone-name')).toHaveText(
          {
            'yantai-etdz': { zh: '烟台开发区', en: 'Yantai ETDZ' },
            'xishan-etdz': { zh: '锡山开发区', en: 'Xishan ETDZ' },
            'qingdao-blue-valley': { zh: '青岛蓝谷', en: 'Blue Valley' },
          }[zone]![lang],
        );
      }
    });

appTest('each language speaks its own: location and level notes, and district names', async () => {
  const page = app();
  await visit(page, './?lang=zh&zone=qingdao-qianwan-bonded-port');
  const header = page.getByTestId('zone-header');
  await expect(header.locator('.note')).toContainText('大致位于黄岛区前湾港后方（编者判断）');
  await expect(header.locator('.note')).not.toContainText('author');
  await expect(header.locator('dd[title]').first()).toHaveAttribute('title', /2008年经国务院批准设立/);
  await visit(page, './?lang=en&zone=qingdao-qianwan-bonded-port');
  await expect(header.locator('.note')).toContainText('Approximate position behind Qianwan port');
  await expect(header).toContainText('Huangdao District, Qingdao');
});

appTest('at 1440×900 the page itself never scrolls: the side panel holds its text alternatives', async () => {
  const page = app();
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const url of ['./?lang=en', './?lang=zh&zone=qingdao-blue-valley', './?lang=en&compare=yantai-etdz,zibo-edz']) {
    await visit(page, url);
    await expect(page.getByTestId('timeline')).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.scrollHeight), url).toBeLessThanOrEqual(900);
  }
});
