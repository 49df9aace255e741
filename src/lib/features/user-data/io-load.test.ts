// The UI's entry points: a picked file (size checked before reading) and ?data= (same-origin http(s) only, HTTP errors reported).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemap, taxonomy } from './io-kit.test-helpers.ts';
import { MAX_BYTES } from './io/decode.ts';
import { importFile, importFromUrl } from './io/load.ts';

const base = { taxonomy, basemap };
const valid = readFileSync(new URL('./fixtures/valid.csv', import.meta.url));
const PAGE = 'https://atlas.example.org/app/?lang=en';

/** A fetch that serves the valid fixture at one address and records what was asked. */
function server(status = 200, { redirectTo, length }: { redirectTo?: string; length?: number } = {}) {
  const asked: string[] = [];
  const fetcher = (async (input: RequestInfo | URL) => {
    asked.push(String(input));
    const response = new Response(status === 200 ? valid : 'missing', {
      status,
      headers: length === undefined ? {} : { 'content-length': String(length) },
    });
    if (redirectTo) Object.defineProperty(response, 'url', { value: redirectTo });
    return response;
  }) as typeof fetch;
  return { fetcher, asked };
}

describe('importFile', () => {
  it('loads a picked file', async () => {
    const result = await importFile(new File([valid], 'zones.csv'), base);
    expect(result.ok).toBe(true);
  });

  it('refuses a file over the limit without reading it', async () => {
    const file = new File([new Uint8Array(MAX_BYTES + 1)], 'big.csv');
    Object.defineProperty(file, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
    expect(await importFile(file, base)).toEqual({
      ok: false,
      errors: [{ code: 'too-large', params: { size: 5.1, limit: 5 } }],
    });
  });
});

describe('importFromUrl', () => {
  it('fetches a same-origin path, relative to the page', async () => {
    const { fetcher, asked } = server();
    const result = await importFromUrl('data/zones.csv', { ...base, pageHref: PAGE, fetcher });
    expect(result.ok).toBe(true);
    expect(asked).toEqual(['https://atlas.example.org/app/data/zones.csv']);
  });

  it.each([
    ['https://evil.example/zones.csv', 'cross-origin'],
    ['//evil.example/zones.csv', 'cross-origin'],
    ['http://atlas.example.org/zones.csv', 'cross-origin'],
    ['javascript:alert(1)', 'bad-data-url'],
    ['data:text/csv,id', 'bad-data-url'],
    ['', 'bad-data-url'],
  ])('refuses %j without fetching it', async (value, code) => {
    const { fetcher, asked } = server();
    const result = await importFromUrl(value, { ...base, pageHref: PAGE, fetcher });
    expect(result).toMatchObject({ ok: false, errors: [{ code }] });
    expect(asked).toEqual([]);
  });

  it.each([
    ['an HTTP error', server(404), { code: 'fetch-failed', params: { status: 404 } }],
    ['a redirect to another site', server(200, { redirectTo: 'https://evil.example/x.csv' }), { code: 'cross-origin' }],
    ['a declared size over the limit', server(200, { length: MAX_BYTES * 2 }), { code: 'too-large' }],
  ])('reports %s', async (_name, { fetcher }, error) => {
    const result = await importFromUrl('/zones.csv', { ...base, pageHref: PAGE, fetcher });
    expect(result).toMatchObject({ ok: false, errors: [error] });
  });

  it.each([
    ['labelled text/html', { 'content-type': 'text/html; charset=utf-8' }, 'id,name\n'],
    ['unlabelled, but a page', {}, '\uFEFF  <!DOCTYPE html><html lang="zh"><title>开发区改革地图</title>'],
  ])(
    'a web page where a file should be (%s: a site answering every path with its app) is "not found"',
    async (_n, headers, body) => {
      const fetcher = (async () => new Response(body, { status: 200, headers })) as typeof fetch;
      const result = await importFromUrl('./examples/nope.csv', { ...base, pageHref: PAGE, fetcher });
      expect(result).toEqual({
        ok: false,
        errors: [{ code: 'data-not-found', value: './examples/nope.csv', params: {} }],
      });
    },
  );

  it('reports a network failure', async () => {
    const fetcher = (() => Promise.reject(new TypeError('offline'))) as typeof fetch;
    const result = await importFromUrl('/zones.csv', { ...base, pageHref: PAGE, fetcher });
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'network', value: '/zones.csv' }] });
  });
});
