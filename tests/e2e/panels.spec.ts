// The comparison panels: figures per zone, evidence popovers that quote the article, matrix highlighting, timeline.
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, zoneItem } from './fixtures';
import { normaliseArticle } from '../../scripts/lib/normalise-article';
import { seedsDir } from '../../scripts/lib/evidence';

test('selecting three zones shows each one’s figures', async ({ page }) => {
  await page.goto('./?lang=en');
  const figures = page.getByTestId('key-figures');
  await zoneItem(page, 'Qingdao Blue Valley').click();
  await expect(figures.locator('[data-figure="qingdao-powers-devolved"]')).toContainText('154');
  await expect(figures.locator('[data-figure="qingdao-tax-share"]')).toContainText('≥ 60');
  await zoneItem(page, 'Linfen Economic Development Zone').click();
  await expect(figures.locator('[data-figure="linfen-responsibility-letters"]')).toContainText('9');
  await expect(figures.locator('[data-figure="qingdao-powers-devolved"]')).toHaveCount(0);
  await zoneItem(page, /^Xishan Economic/).click();
  await expect(figures.locator('[data-figure="xishan-project-size-100"]')).toContainText('10B');
  await expect(figures.locator('li')).toHaveCount(2);
});

test('a quote shown in an evidence popover occurs in its article', async ({ page }) => {
  test.skip(!existsSync(seedsDir()), `no article folder at ${seedsDir()}`);
  await page.goto('./?lang=zh&zone=qingdao-blue-valley');
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

test('a measure row names how many zones share it; activating it filters by that measure', async ({ page }) => {
  await page.goto('./?lang=en');
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

test('activating an industry keeps its zones highlighted until cleared', async ({ page }) => {
  await page.goto('./?lang=en&zone=qingdao-hi-tech-zone');
  await page
    .getByTestId('industry-focus')
    .getByRole('button', { name: /^Advanced manufacturing/ })
    .click();
  await expect(page.getByTestId('highlight-status')).toContainText('Highlighted: Advanced manufacturing');
  await page.getByRole('button', { name: 'Clear highlight' }).click();
  await expect(page.getByTestId('highlight-status')).toHaveCount(0);
});

test('the timeline marks inferred years and explains them', async ({ page }) => {
  await page.goto('./?lang=en&zone=yantai-etdz');
  const mark = page
    .getByTestId('timeline')
    .getByRole('button', { name: /Yantai ETDZ holds its reform mobilisation meeting/ });
  await mark.focus();
  await expect(page.getByTestId('timeline-detail')).toContainText('Year inferred');
  await expect(page.getByTestId('timeline-detail')).toContainText('6 September 2019');
});

test('the sources view lists the five articles', async ({ page }) => {
  await page.goto('./?lang=zh');
  await expect(page.getByTestId('sources').locator('li')).toHaveCount(5);
  await expect(page.getByTestId('sources')).toContainText('掌握鲁中');
});
