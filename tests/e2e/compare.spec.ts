// Comparing zones: pin from the panel by keyboard, read them side by side with sources, share the link, stack on phones.
import { appTest, expect, sharedPage, visit, zoneItem } from './fixtures';

const { app } = sharedPage();

appTest('two zones pinned from the panel are read side by side, and the link reopens them', async () => {
  const page = app();
  await visit(page, './?lang=en&zone=yantai-etdz');
  const pin = page.getByTestId('pin-compare');
  await pin.focus();
  await page.keyboard.press('Enter');
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('zone-header')).toContainText(
    'Pin one more (+ Compare in its panel, or + beside it in the zone list)',
  );
  await zoneItem(page, 'Qingdao Blue Valley').click();
  await page.getByTestId('pin-compare').click();
  await expect(page).toHaveURL(/compare=yantai-etdz,qingdao-blue-valley/);

  const compare = page.getByTestId('compare');
  await expect(compare.getByRole('heading', { name: 'Comparing 2 zones' })).toBeVisible();
  const table = compare.getByTestId('compare-table');
  await expect(table.getByRole('columnheader')).toHaveText([/Yantai ETDZ/, /Blue Valley/]);
  // Aligned rows: the model of each, then a measure where they differ (stated in Yantai, inherited in Qingdao).
  const model = table.getByRole('row', { name: /^Management model/ });
  await expect(model.getByRole('cell')).toHaveText([/“Committee plus”/, /Statutory body/]);
  const streamlining = table.getByRole('row', { name: /^Streamlining/ });
  await expect(streamlining.getByRole('cell')).toHaveText([/stated/, /inherited/]);
  await expect(streamlining.getByRole('button', { name: /source/i })).toHaveCount(2);

  // The link is the comparison: opened afresh, it shows the same two zones.
  await page.goto(page.url());
  await expect(page.getByTestId('compare-table').getByRole('columnheader')).toHaveText([/Yantai ETDZ/, /Blue Valley/]);
  // Removing one leaves a single pin: the comparison closes.
  await page.getByRole('button', { name: 'Remove Blue Valley from the comparison' }).click();
  await expect(page.getByTestId('compare')).toHaveCount(0);
  await expect(page).toHaveURL(/compare=yantai-etdz(&|$)/);
  // The keyboard and the view land on what the panel shows next (the selected zone), not on the zone list below.
  const heading = page.locator('#panel-heading');
  await expect(heading).toBeFocused();
  await expect(heading).toHaveText('Qingdao Blue Valley');
  await expect(heading).toBeInViewport();
});

appTest('four compared zones read as columns on a laptop, and the one selected is marked', async () => {
  const page = app();
  await page.setViewportSize({ width: 1440, height: 900 });
  await visit(page, './?lang=en&compare=yantai-etdz,xishan-etdz,qingdao-blue-valley,linfen-edz');
  const table = page.getByTestId('compare-table');
  const heads = table.getByRole('columnheader');
  await expect(heads).toHaveText([/Yantai ETDZ/, /Xishan ETDZ/, /Blue Valley/, /Linfen EDZ/]);
  // Each zone gets a readable column, and the map keeps a good part of the screen.
  for (const box of await heads.evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().width)))
    expect(box).toBeGreaterThanOrEqual(110);
  const map = (await page.getByTestId('svg-map').or(page.getByTestId('webgl-map')).first().boundingBox())!;
  expect(map.width).toBeGreaterThanOrEqual(1440 * 0.4);
  expect(await table.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(0);
  // The zone names stay in view while the rows scroll under them.
  await table.getByRole('row', { name: /^Department coordination/ }).scrollIntoViewIfNeeded();
  await expect(heads.first()).toBeInViewport();
  // Selecting a compared zone keeps the comparison and marks its column.
  await zoneItem(page, /^Xishan Economic/).click();
  await expect(page.getByTestId('compare')).toBeVisible();
  await expect(heads.nth(1)).toHaveAttribute('aria-current', 'true');
  await expect(table.locator('td.current')).toHaveCount(await table.locator('tbody tr:not(.group)').count());
  // Closing the comparison shows that zone, with the keyboard on its name.
  await page.getByRole('button', { name: 'Close comparison' }).click();
  await expect(page.locator('#panel-heading')).toBeFocused();
  await expect(page.locator('#panel-heading')).toHaveText('Xishan Economic and Technological Development Zone');
});

appTest('a fifth zone cannot be pinned, and a WeChat link to a comparison shows no warning', async () => {
  const page = app();
  const four = 'yantai-etdz,zibo-edz,xishan-etdz,linfen-edz';
  await visit(page, `./?lang=zh&compare=${four}&from=singlemessage&isappinstalled=0`);
  await expect(page.getByTestId('compare').getByRole('heading', { name: '并排对比4个开发区' })).toBeVisible();
  await expect(page.getByTestId('notices').locator('.notice')).toHaveCount(0);
  // Selecting a fifth zone shows its panel with a way back; its pin is refused with the reason.
  await zoneItem(page, '青岛蓝谷').click();
  await expect(page.getByTestId('pin-compare')).toBeDisabled();
  await expect(page.getByTestId('pin-compare')).toHaveAttribute('title', '最多对比4个开发区');
  await page.getByRole('button', { name: '返回对比（4个开发区）' }).click();
  await expect(page.getByTestId('compare')).toBeVisible();
});

appTest('on a phone the compared zones are stacked as cards', async () => {
  const page = app();
  await page.setViewportSize({ width: 375, height: 760 });
  await visit(page, './?lang=en&compare=xishan-etdz,linfen-edz');
  const compare = page.getByTestId('compare');
  await expect(compare.getByRole('article')).toHaveCount(2);
  await expect(compare.getByTestId('compare-table')).toHaveCount(0);
  const box = (await compare.getByRole('article').first().boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(375);
});

appTest('zones pinned from the list by keyboard open the comparison', async () => {
  const page = app();
  await visit(page, './?lang=zh');
  const pins = page.getByRole('navigation').getByTestId('list-pin');
  await pins.and(page.getByRole('button', { name: '对比锡山开发区' })).focus();
  await page.keyboard.press('Enter');
  await pins.and(page.getByRole('button', { name: '对比临汾开发区' })).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/compare=xishan-etdz,linfen-edz/);
  await expect(page.getByTestId('compare').getByRole('heading', { name: '并排对比2个开发区' })).toBeVisible();
  await expect(pins.and(page.getByRole('button', { name: '对比锡山开发区' }))).toHaveAttribute('aria-pressed', 'true');
});

appTest('an embed of a comparison shows the zones side by side at 360 px', async () => {
  const page = app();
  await page.setViewportSize({ width: 360, height: 900 });
  await visit(page, './?view=embed&lang=en&compare=yantai-etdz,qingdao-blue-valley');
  const compare = page.getByTestId('embed').getByTestId('compare');
  await expect(compare.getByRole('heading', { name: 'Comparing 2 zones' })).toBeVisible();
  await expect(compare.getByRole('article')).toHaveCount(2);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

appTest('an embed of four zones stays short, and a zone outside it has a way back', async () => {
  // A page of its own: whether the embed scrolled to the zone is a question about its first paint.
  const page = await app().context().newPage();
  await page.setViewportSize({ width: 360, height: 800 });
  await visit(
    page,
    './?view=embed&lang=en&compare=yantai-etdz,xishan-etdz,qingdao-blue-valley,linfen-edz&zone=linfen-edz',
  );
  const embed = page.getByTestId('embed');
  // The zone in the link is marked among the compared ones, and the embed did not scroll to it: in an iframe that
  // would scroll the host's article too.
  await expect(embed.getByRole('article').and(page.locator('[aria-current="true"]'))).toContainText('Linfen EDZ');
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // The measures are one grid of marks, a column per zone, each mark with its source.
  const marks = embed.getByTestId('compare-marks');
  await expect(marks.getByRole('columnheader')).toHaveText([/Yantai ETDZ/, /Xishan ETDZ/, /Blue Valley/, /Linfen EDZ/]);
  expect(await marks.evaluate((t) => t.scrollWidth - t.clientWidth)).toBeLessThanOrEqual(0);
  await expect(marks.getByRole('button', { name: /Streamlining — Yantai ETDZ/ })).toBeVisible();
  // Below 480 px what differs comes first (each zone's model, the measures that differ) and the rest is one button
  // away: the whole embed of four zones is at most 900 px tall (issue 32).
  await expect(embed.getByTestId('compare-model-claim')).toHaveCount(4);
  await expect(embed.getByRole('heading', { name: 'Timeline' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.getBoundingClientRect().height)).toBeLessThanOrEqual(900);
  await embed.getByTestId('compare-expand').click();
  await expect(embed.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(embed.getByRole('article').first()).toContainText('Key date');
  // The picker names the compared zones first and does not list them twice.
  const picker = embed.getByRole('combobox', { name: 'Choose a zone' });
  await expect(picker.locator('optgroup').first()).toHaveAttribute('label', 'In the comparison');
  await expect(picker.locator('option', { hasText: 'Xishan Economic' })).toHaveCount(1);
  // A zone outside the comparison shows its card and a plain way back.
  await picker.selectOption({ label: 'Zibo Economic Development Zone' });
  await expect(embed.getByTestId('embed-card')).toHaveAttribute('data-zone', 'zibo-edz');
  await embed.getByRole('button', { name: /Back to the comparison \(4 zones\)/ }).click();
  await expect(embed.getByTestId('compare-marks')).toBeVisible();
  await expect(picker).toHaveValue('');
  await page.close();
});
