// Accessibility: axe-core on every view whose markup differs (docs/testing.md), on one page, finds no serious or
// critical violation. Each view is checked in one language (both for the main view): the two share their markup.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { appTest, expect, sharedPage, visit } from './fixtures';

// Under reduced motion: a step's caption fades in otherwise, and axe would read its contrast mid-fade.
const { app } = sharedPage({ reducedMotion: 'reduce' });

type View = {
  name: string;
  query: string;
  lang: 'zh' | 'en';
  prepare?: (page: Page, lang: 'zh' | 'en') => Promise<void>;
  /** Undo what prepare opened, so the next view starts from the page as a link leaves it. */
  done?: (page: Page) => Promise<void>;
};
const views: View[] = [
  { name: 'main', query: '', lang: 'zh' },
  { name: 'main', query: '', lang: 'en' },
  { name: 'zone selected', query: '&zone=qingdao-blue-valley', lang: 'en' },
  { name: 'comparison', query: '&compare=yantai-etdz,linfen-edz', lang: 'zh' },
  {
    name: 'filters open',
    query: '&model=statutory-body',
    lang: 'zh',
    prepare: async (page, lang) => {
      await page.getByRole('button', { name: lang === 'zh' ? /^筛选/ : /^Filters/ }).click();
      await expect(page.locator('#filter-panel')).toBeVisible();
    },
    done: async (page) => {
      await page.getByRole('button', { name: /^筛选/ }).click();
      await expect(page.locator('#filter-panel')).toBeHidden();
    },
  },
  {
    name: 'sources',
    query: '&zone=xishan-etdz',
    lang: 'en',
    prepare: async (page) => {
      await page.getByTestId('sources').scrollIntoViewIfNeeded();
    },
  },
  { name: 'presenter', query: '&view=present&step=8', lang: 'en' },
  { name: 'presenter overview', query: '&view=present', lang: 'zh' },
  { name: 'embed', query: '&view=embed&zone=yantai-etdz&title=T', lang: 'zh' },
  {
    name: 'embed dialog',
    query: '&zone=linfen-edz',
    lang: 'en',
    prepare: async (page, lang) => {
      await page.getByRole('button', { name: lang === 'zh' ? '嵌入' : 'Embed' }).click();
      await expect(page.getByTestId('embed-dialog')).toBeVisible();
    },
    done: async (page) => {
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('embed-dialog')).toBeHidden();
    },
  },
  {
    name: 'data dialog with errors',
    query: '',
    lang: 'zh',
    prepare: async (page) => {
      await page.getByTestId('data-button').click();
      await page
        .getByTestId('data-file')
        .setInputFiles(
          new URL('../../src/lib/features/user-data/fixtures/unknown-model.csv', import.meta.url).pathname,
        );
      await expect(page.getByTestId('data-errors')).toBeVisible();
    },
  },
];

for (const view of views)
  appTest(`${view.name} (${view.lang}) has no serious or critical axe violation`, async () => {
    const page = app();
    await visit(page, `./?lang=${view.lang}${view.query}`);
    await view.prepare?.(page, view.lang);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      // The preview iframe of the embed dialog is a page of its own, checked as "embed".
      .exclude('[data-testid="embed-preview"]')
      .analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 5)
            .join(' | ')}`,
      );
    expect(serious).toEqual([]);
    await view.done?.(page);
  });
