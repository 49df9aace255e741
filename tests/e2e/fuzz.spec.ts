// Security fuzz in the page: hostile query strings and postMessages; no script runs, nothing crashes, only notices.
// The logic sees hundreds more (every payload in every parameter, every message shape): tests/unit/url-fuzz.test.ts.
// Here, the payloads that could become markup go through the rendering, in every parameter that is shown as text.
import { test, expect, afterMessages } from './fixtures';

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '\u202e\u0000\u200b\ufeff',
  '%ED%A0%80', // a lone surrogate, percent-encoded
  'x'.repeat(5000),
  '青岛<svg onload=window.__pwned=1>',
];
/** The parameters whose text reaches the page (search box, captions, notices naming a dropped value). */
const PARAMS = ['zone', 'model', 'q', 'view', 'step', 'title', 'subtitle', 'source', 'lang', '__proto__'];

function hostileQueries(): string[] {
  const out: string[] = [];
  for (const param of PARAMS)
    for (const value of PAYLOADS) out.push(`?${param}=${value.startsWith('%ED') ? value : encodeURIComponent(value)}`);
  // Repeated keys, odd encodings and mixtures.
  out.push('?zone=yantai-etdz&zone=<b>x</b>&zone=qingdao-blue-valley');
  out.push('?model=statutory-body&model=__proto__&model[]=x');
  out.push('?lang=en&lang=zh&lang=<i>');
  out.push('?%E0%A4%A=1&zone=%');
  out.push('?view=present&step=3&step=99&view=embed');
  out.push(`?q=${'%F0%9F%98%80'.repeat(100)}`);
  out.push('?from=2019&to=2018&from=abcd');
  out.push('?__proto__[polluted]=1&constructor[prototype][polluted]=1');
  return out;
}

test('hostile query strings: no script runs, nothing crashes, the app keeps working', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('./?lang=en');
  await expect(page.locator('.map-stage').first()).toHaveAttribute('data-zones', '15');
  const queries = hostileQueries();
  expect(queries.length).toBeGreaterThanOrEqual(70);
  // Each query is applied the way Back/Forward apply one (popstate), in batches to keep the run short.
  for (let i = 0; i < queries.length; i += 20) {
    await page.evaluate(
      async (batch) => {
        for (const q of batch) {
          history.pushState(null, '', q);
          dispatchEvent(new PopStateEvent('popstate'));
          await new Promise((r) => requestAnimationFrame(() => r(null)));
        }
      },
      queries.slice(i, i + 20),
    );
  }
  // A few as real page loads too, through every view.
  for (const q of [
    '?view=embed&title=<img src=x onerror=window.__pwned=1>&source=<script>x</script>',
    '?view=present&step=<b>2</b>',
    '?view=notes&lang=<i>',
    `?zone=${'a'.repeat(3000)}`,
  ]) {
    await page.goto(`./${q}`);
    await expect(page.locator('#app > *').first()).toBeVisible();
  }
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (({}) as { polluted?: unknown }).polluted)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // Nothing user-controlled became markup: the page holds no element the payloads would have created.
  expect(await page.locator('img[src="x"], svg[onload], [onerror]').count()).toBe(0);
  // Still working: back to a clean link, a zone can be selected.
  await page.goto('./?lang=en&zone=qingdao-blue-valley');
  await expect(page.getByTestId('zone-header')).toContainText('Qingdao Blue Valley');
});

test('hostile postMessages to the app and its embed view are ignored', async ({ page }) => {
  for (const view of ['', '&view=embed&childId=atlas']) {
    await page.goto(`./?lang=en&zone=yantai-etdz${view}`);
    await expect(page.locator('.map-stage').first()).toHaveAttribute('data-zones', '15');
    const before = page.url();
    const post = (marker: string) =>
      page.evaluate((marker) => {
        const messages: unknown[] = [
          '<img src=x onerror="window.__pwned=1">',
          { zone: 'qingdao-blue-valley' },
          { type: 'go', step: 3 },
          { context: 'iframe.resize', height: 1 },
          'pymxPYMxatlasxPYMxwidthxPYMx100',
          'pymxPYMxatlasxPYMxwidthxPYMx<script>',
          JSON.parse('{"__proto__": {"polluted": 1}}'),
          null,
          undefined,
          42,
          [1, 2, 3],
          new ArrayBuffer(8),
          'x'.repeat(2_000_000),
        ];
        for (const m of messages) window.postMessage(m, '*');
        window.postMessage(marker, '*');
      }, marker);
    // Every message has been handed to the app once the marker posted after them arrives.
    await afterMessages([page], post);
    expect(page.url()).toBe(before);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (({}) as { polluted?: unknown }).polluted)).toBeUndefined();
  }
});
