// Offline once loaded: the service worker precaches the build, so with the network gone the tour, the notes window,
// slide export and a reload all still work (issue 17).
import { test, expect } from './fixtures';
import { readSlide } from './slide';

// Service workers are blocked in the other specs (they would hide requests from page.route); this one tests them.
test.use({ serviceWorkers: 'allow' });

test(
  'loaded once, the atlas presents, opens its notes, exports a slide and reloads with the network gone',
  { tag: '@webgl' },
  async ({ page, context }) => {
    await page.goto('./?lang=en');
    await expect(page.getByTestId('side-panel')).toBeVisible();
    // The first visit installs the worker and caches the build; the reader is told once.
    await expect(page.getByTestId('notices')).toContainText('Ready to work offline');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    });

    await context.setOffline(true);
    // The presenter's code was never fetched before: it comes from the cache.
    await page.keyboard.press('p');
    await expect(page.getByTestId('presenter')).toBeVisible();
    await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', '1');
    await page.keyboard.press('End');
    await expect(page.getByTestId('step-compare-models')).toBeVisible();
    // The talk has moved on: the first moment's notice is gone from the projected screen (issue 34).
    await expect(page.getByText('Ready to work offline')).toHaveCount(0);
    const step = await page.getByTestId('step-caption').getAttribute('data-step');

    const notes = await context.newPage();
    await notes.goto('./?lang=en&view=notes');
    await expect(notes.getByTestId('notes-step')).toHaveText(`Step ${step} of ${step}`);
    await expect(notes.getByTestId('notes-view')).toContainText('differ');
    await notes.close();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-png').click()]);
    expect((await readSlide(page, download)).panel).toBeGreaterThan(10);

    // A reload with no network: the same step, with its map and data.
    await page.reload();
    await expect(page.getByTestId('step-caption')).toHaveAttribute('data-step', step!);
    await expect(page.getByTestId('step-compare-models')).toBeVisible();
    await expect(page.getByTestId('presenter').locator('.map-stage')).toHaveAttribute('data-zones', '15');
    await context.setOffline(false);
  },
);
