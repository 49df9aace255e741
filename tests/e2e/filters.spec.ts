// Filter and find: two filters through the UI, the link reproduces the view, Back restores, search by initials.
import { test, expect } from './fixtures';

const listed = (page: import('@playwright/test').Page) =>
  page.getByRole('navigation').getByTestId('zone-item').allTextContents();

test('two filters narrow the list and count; the link reopens the same view; Back restores', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.getByTestId('match-count')).toHaveText('15 of 15 zones');
  await page.getByRole('button', { name: 'Filters' }).click();
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

test('"match all" requires every chosen measure', async ({ page }) => {
  await page.goto('./?lang=en&measure=coordination,scope-upgrade');
  await expect(page.getByTestId('match-count')).toHaveText('12 of 15 zones');
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('radio', { name: 'match all' }).check();
  await expect(page.getByTestId('match-count')).toHaveText('0 of 15 zones');
  await expect(page.getByText('No zone matches the filters.')).toBeVisible();
  await expect(page).toHaveURL(/match=all/);
});

test('search finds a zone by its initials and Enter selects it; typing adds no history steps', async ({ page }) => {
  await page.goto('./?lang=zh');
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

test('a malformed filter link loads cleanly and says what it ignored', async ({ page }) => {
  await page.goto('./?lang=en&model=statutory-body,martian&from=1066&match=maybe');
  await expect(page.getByTestId('match-count')).toHaveText('2 of 15 zones');
  const notices = page.getByTestId('notices');
  await expect(notices).toContainText('model=“martian”');
  await expect(notices).toContainText('from=“1066”');
  await expect(notices).toContainText('match=“maybe”');
  await expect(page).toHaveURL(/\?model=statutory-body&lang=en$/);
});

test('next / previous step through the zones the filters leave, and keep the focus', async ({ page }) => {
  await page.goto('./?lang=en&model=statutory-body&zone=qingdao-blue-valley');
  const next = page.getByRole('button', { name: 'Next', exact: true });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'qingdao-cruise-port');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'qingdao-blue-valley');
  await expect(page.getByRole('group', { name: '1 of 2' })).toBeVisible();
});

test('Escape in the search box does not clear the selection', async ({ page }) => {
  await page.goto('./?lang=en&zone=houma-edz');
  const box = page.getByRole('combobox', { name: 'Search zones' });
  await box.focus();
  await box.press('Escape');
  await expect(page.getByTestId('zone-header')).toHaveAttribute('data-zone', 'houma-edz');
});
