// Filter and find: two filters through the UI, the link reproduces the view, Back restores, search by initials.
import { appTest, expect, sharedPage, visit } from './fixtures';

const { app } = sharedPage();

const listed = (page: import('@playwright/test').Page) =>
  page.getByRole('navigation').getByTestId('zone-item').allTextContents();

/** Opens the filter panel (on the shared page it may already be open from an earlier test). */
async function openFilters(page: import('@playwright/test').Page) {
  const button = page.getByRole('button', { name: 'Filters' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(page.getByTestId('filter-panel')).toBeVisible();
}

appTest('two filters narrow the list and count; the link reopens the same view; Back restores', async () => {
  const page = app();
  await visit(page, './?lang=en');
  await expect(page.getByTestId('match-count')).toHaveText('15 of 15 zones');
  await openFilters(page);
  const panel = page.getByTestId('filter-panel');
  await panel.getByRole('checkbox', { name: /Committee \+ company/ }).check();
  await expect(page.getByTestId('match-count')).toHaveText('3 of 15 zones');
  await expect(page).toHaveURL(/model=committee-plus-company/);
  // With the model chosen, only Qingdao can still match: other cities' options are disabled, not hidden.
  await expect(panel.getByRole('checkbox', { name: /^Yantai/ })).toBeDisabled();
  await panel.getByRole('checkbox', { name: /^Industry focus/ }).check();
  await panel.getByRole('checkbox', { name: /Trade and logistics/ }).check();
  await expect(page.getByTestId('match-count')).toHaveText('2 of 15 zones');
  expect((await listed(page)).map((t) => t.trim())).toEqual([
    'Qingdao Qianwan Bonded Port Area (Qingdao FTZ Area)',
    'China–SCO Local Economic and Trade Cooperation Demonstration Zone',
  ]);
  const url = page.url();
  expect(url).toMatch(/industry=trade-logistics/);

  const fresh = await page.context().newPage();
  await fresh.goto(url);
  await expect(fresh.getByTestId('match-count')).toHaveText('2 of 15 zones');
  expect((await listed(fresh)).map((t) => t.trim())).toEqual((await listed(page)).map((t) => t.trim()));
  await fresh.close();

  await page.goBack();
  await expect(page.getByTestId('match-count')).toHaveText('3 of 15 zones');
  await expect(page).not.toHaveURL(/industry=/);
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(page.getByTestId('match-count')).toHaveText('15 of 15 zones');
});

appTest('"match all" requires every chosen measure', async () => {
  const page = app();
  await visit(page, './?lang=en&measure=coordination,scope-upgrade');
  // Department coordination: Qingdao's five; boundaries and upgrades: Yantai, Zibo's three, Linfen's three.
  await expect(page.getByTestId('match-count')).toHaveText('12 of 15 zones');
  await openFilters(page);
  await page.getByTestId('filter-panel').getByRole('radio', { name: 'match all' }).check();
  await expect(page.getByTestId('match-count')).toHaveText('0 of 15 zones');
  await expect(page.getByText('No zone matches the filters.')).toBeVisible();
  await expect(page).toHaveURL(/match=all/);
});

appTest('search finds a zone by its initials and Enter selects it; typing adds no history steps', async () => {
  const page = app();
  await visit(page, './?lang=zh');
  const box = page.getByRole('combobox', { name: '搜索开发区' });
  await box.pressSequentially('qdlg');
  await expect(page.getByRole('option', { name: /青岛蓝谷/ })).toBeVisible();
  await expect(page).toHaveURL(/q=qdlg/);
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/zone=qingdao-blue-valley/);
  await expect(page.getByTestId('zone-header').getByRole('heading', { level: 2 })).toHaveText('青岛蓝谷');
  await page.goBack();
  await expect(page).not.toHaveURL(/zone=/);
  await expect(page).toHaveURL(/q=qdlg/);
  await page.goBack();
  await expect(page).not.toHaveURL(/q=/);
});

appTest('a malformed filter link loads cleanly and says what it ignored, in one notice', async () => {
  const page = app();
  await visit(page, './?lang=en&model=statutory-body,martian&from=1066&measure=streamlining&match=maybe');
  await expect(page.getByTestId('match-count')).toHaveText('2 of 15 zones');
  const notices = page.getByTestId('notices');
  await expect(notices.locator('.notice')).toHaveCount(1);
  await expect(notices).toContainText('model=“martian”');
  await expect(notices).toContainText('from=“1066”');
  await expect(notices).toContainText('match=“maybe”');
  await expect(page).toHaveURL(/\?model=statutory-body&measure=streamlining&lang=en$/);
});

appTest('a link shared in WeChat opens without a warning; its parameters stay out of the way', async () => {
  const page = app();
  await visit(page, './?lang=en&zone=yantai-etdz&from=singlemessage&isappinstalled=0');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'yantai-etdz');
  await expect(page.getByTestId('notices').locator('.notice')).toHaveCount(0);
  await expect(page.getByTestId('match-count')).toHaveText('15 of 15 zones');
  // WeChat's parameters leave the link, so copying it on does not spread them.
  await expect(page).toHaveURL(/\?zone=yantai-etdz&lang=en$/);
});

appTest('choosing a zone far down the list brings its details into view', async () => {
  const page = app();
  await page.setViewportSize({ width: 1440, height: 900 });
  await visit(page, './?lang=en');
  const item = page.getByTestId('zone-item').filter({ hasText: 'Hongtong' });
  await item.scrollIntoViewIfNeeded();
  await item.click();
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', /hongtong/);
  await expect(page.getByTestId('zone-header')).toBeInViewport();
});

appTest('clicking a legend entry filters by that model; clicking again clears it', async () => {
  const page = app();
  await visit(page, './?lang=zh');
  const legend = page.getByTestId('legend');
  const entry = legend.getByRole('button', { name: /法定机构/ });
  await expect(entry).toHaveAttribute('aria-pressed', 'false');
  await entry.click();
  await expect(entry).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/model=statutory-body/);
  await expect(page.getByTestId('match-count')).toHaveText('2/15个开发区');
  // The keyboard works too: Space toggles it off.
  await entry.focus();
  await page.keyboard.press('Space');
  await expect(entry).toHaveAttribute('aria-pressed', 'false');
  await expect(page).not.toHaveURL(/model=/);
});

appTest('typing a city in pinyin finds every zone there; the panels follow', async () => {
  const page = app();
  await visit(page, './?lang=en');
  await page.getByTestId('search').fill('wuxi');
  await expect(page.getByTestId('match-count')).toHaveText('2 of 15 zones');
  expect((await listed(page)).map((t) => t.trim())).toEqual([
    'Xishan Economic and Technological Development Zone',
    'Wanshan Lake Science and Technology City',
  ]);
  await expect(page.getByTestId('overview')).not.toContainText('Qingdao');
  await expect(page.getByTestId('overview-hidden')).toContainText('13 zones do not match');
  await page.getByTestId('search').fill('shandong');
  await expect(page.getByTestId('match-count')).toHaveText('10 of 15 zones');
});

appTest('next / previous step through the zones the filters leave, and keep the focus', async () => {
  const page = app();
  await visit(page, './?lang=en&model=statutory-body&zone=qingdao-blue-valley');
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'qingdao-cruise-port');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'qingdao-blue-valley');
  await expect(page.getByRole('group', { name: '1 of 2' })).toBeVisible();
});

appTest('Escape in the search box does not clear the selection', async () => {
  const page = app();
  await visit(page, './?lang=en&zone=houma-edz');
  const box = page.getByRole('combobox', { name: 'Search zones' });
  await box.focus();
  await box.press('Escape');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'houma-edz');
});

appTest('typing a city offers the city first; choosing it filters to its zones and frames them', async () => {
  const page = app();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await visit(page, './?lang=en');
  const box = page.getByRole('combobox', { name: 'Search zones' });
  await box.pressSequentially('wuxi');
  const place = page.getByRole('option', { name: 'Wuxi Xishan: all 2 zones' });
  await expect(place).toBeVisible();
  await expect(place).toHaveAttribute('aria-selected', 'true');
  // The zones follow, under their place's name.
  await expect(page.getByRole('option', { name: /Xishan Economic and Technological/ })).toBeVisible();
  await box.press('Enter');
  await expect(page).toHaveURL(/city=xishan/);
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByTestId('match-count')).toHaveText('2 of 15 zones');
  // A new search searches everything: the place chosen here is let go.
  await box.fill('shandong');
  await expect(page).not.toHaveURL(/city=/);
  await expect(page.getByTestId('match-count')).toHaveText('10 of 15 zones');
});

appTest('a zone chosen from the search is shown with no hidden filter left behind', async () => {
  const page = app();
  await visit(page, './?lang=en');
  const box = page.getByRole('combobox', { name: 'Search zones' });
  await box.pressSequentially('blue valley');
  await expect(page.getByTestId('match-count')).toHaveText('1 of 15 zones');
  await box.press('Enter');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'qingdao-blue-valley');
  await expect(box).toHaveValue('');
  await expect(page).not.toHaveURL(/q=/);
  await expect(page.getByTestId('match-count')).toHaveText('15 of 15 zones');
});

appTest('the Enter that ends a pinyin composition chooses nothing; the next Enter does', async () => {
  const page = app();
  await visit(page, './?lang=zh');
  const box = page.getByRole('combobox', { name: '搜索开发区' });
  await box.pressSequentially('qingdao');
  await expect(page.getByTestId('search-place').first()).toBeVisible();
  // What an input method sends: Enter while composing (Chrome, Firefox), then keyCode 229 after it (Safari).
  await box.dispatchEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true });
  await box.evaluate((el) => {
    const e = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    Object.defineProperty(e, 'keyCode', { value: 229 });
    el.dispatchEvent(e);
  });
  await expect(box).toHaveValue('qingdao');
  await expect(page).not.toHaveURL(/city=/);
  await box.press('Enter');
  await expect(page).toHaveURL(/city=qingdao/);
});

appTest('a composition’s letters search nothing; the characters it ends with do', async () => {
  const page = app();
  await visit(page, './?lang=zh');
  const box = page.getByRole('combobox', { name: '搜索开发区' });
  await box.focus();
  // What an input method sends while "qing" is being turned into 青: input events marked isComposing.
  await box.evaluate((el: HTMLInputElement) => {
    el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    el.value = 'qing';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'qing' }));
  });
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(page).not.toHaveURL(/q=/);
  await box.evaluate((el: HTMLInputElement) => {
    el.value = '青';
    el.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: '青' }));
    el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '青' }));
  });
  await expect(page.getByTestId('search-place').first()).toContainText('青岛');
  await expect(page).toHaveURL(/q=%E9%9D%92/);
});
