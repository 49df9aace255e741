// Accessibility: axe-core on every view in both languages finds no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const views: { name: string; query: string; prepare?: (page: Page, lang: 'zh' | 'en') => Promise<void> }[] = [
  { name: 'main', query: '' },
  { name: 'zone selected', query: '&zone=qingdao-blue-valley' },
  {
    name: 'filters open',
    query: '&model=statutory-body',
    prepare: async (page, lang) => {
      await page.getByRole('button', { name: lang === 'zh' ? /^筛选/ : /^Filters/ }).click();
      await expect(page.locator('#filter-panel')).toBeVisible();
    },
  },
  {
    name: 'sources',
    query: '&zone=xishan-etdz',
    prepare: async (page) => {
      await page.getByTestId('sources').scrollIntoViewIfNeeded();
    },
  },
  { name: 'presenter', query: '&view=present&step=7' },
  { name: 'presenter overview', query: '&view=present' },
  { name: 'embed', query: '&view=embed&zone=yantai-etdz&title=T' },
  {
    name: 'embed dialog',
    query: '&zone=linfen-edz',
    prepare: async (page, lang) => {
      await page.getByRole('button', { name: lang === 'zh' ? '嵌入' : 'Embed' }).click();
      await expect(page.getByTestId('embed-dialog')).toBeVisible();
    },
  },
  {
    name: 'data dialog with errors',
    query: '',
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

for (const lang of ['zh', 'en'] as const) {
  for (const view of views) {
    test(`${view.name} (${lang}) has no serious or critical axe violation`, async ({ page }) => {
      await page.goto(`./?lang=${lang}${view.query}`);
      await expect(page.locator('.map-stage').first()).toHaveAttribute('data-zones', /[1-9]/);
      await view.prepare?.(page, lang);
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
    });
  }
}
