// Hostile links and messages, as logic (moved from the browser suite, docs/testing.md): hundreds of query strings and
// postMessages read by the same functions the app reads them with; nothing throws, nothing unknown survives.
import { describe, expect, it } from 'vitest';
import { fromParams, toParams, type UrlContext } from '../../src/lib/core/state/url';
import { embedCaptions } from '../../src/lib/features/embed/captions';
import { embedIds, isPymWidthMessage } from '../../src/lib/features/embed/resize';
import { parseNotesMessage } from '../../src/lib/features/present/channel';

const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  "'-window.__pwned=1-'",
  '{{constructor.constructor("window.__pwned=1")()}}',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  'x'.repeat(5000),
  '\u202e\u0000\u200b\ufeff',
  '🏳️‍🌈'.repeat(40),
  '../../../etc/passwd',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  ',,,,',
  ' ',
  '青岛<svg onload=window.__pwned=1>',
];
const PARAMS = [
  'zone',
  'lang',
  'model',
  'measure',
  'match',
  'industry',
  'province',
  'city',
  'level',
  'from',
  'to',
  'q',
  'view',
  'step',
  'compare',
  'data',
  'title',
  'subtitle',
  'source',
  'childId',
  'embedId',
  '__proto__',
  'constructor',
  'prototype',
];

/** Every payload in every parameter, then repeated keys, odd encodings and mixtures (as the browser suite had them). */
function hostileQueries(): string[] {
  const out: string[] = [];
  for (const param of PARAMS) for (const value of PAYLOADS) out.push(`?${param}=${encodeURIComponent(value)}`);
  out.push('?zone=yantai-etdz&zone=<b>x</b>&zone=qingdao-blue-valley');
  out.push('?model=statutory-body&model=__proto__&model[]=x');
  out.push('?lang=en&lang=zh&lang=<i>');
  out.push('?%E0%A4%A=1&zone=%');
  out.push('?view=present&step=3&step=99&view=embed');
  out.push(`?q=${'%F0%9F%98%80'.repeat(100)}`);
  out.push('?from=2019&to=2018&from=abcd');
  out.push('?__proto__[polluted]=1&constructor[prototype][polluted]=1');
  out.push('?compare=yantai-etdz,yantai-etdz,<img>,a,b,c,d,e');
  return out;
}

const ctx: UrlContext = {
  zoneIds: new Set(['qingdao-blue-valley', 'yantai-etdz', 'xishan-etdz', 'linfen-edz']),
  options: {
    model: new Set(['statutory-body', 'committee-plus-company']),
    measure: new Set(['streamlining', 'personnel-pay']),
    industry: new Set(['digital']),
    province: new Set(['370000']),
    city: new Set(['qingdao', 'yantai']),
    level: new Set(['national', 'provincial', 'other', 'unknown']),
  },
  years: [2018, 2023],
  steps: 12,
};

describe('hostile query strings', () => {
  const queries = hostileQueries();
  it('are hundreds', () => expect(queries.length).toBeGreaterThanOrEqual(400));

  it.each(queries.map((q) => [q.slice(0, 80), q]))('%s: read without throwing; only known values survive', (_, q) => {
    const params = new URLSearchParams(q);
    const { state } = fromParams(params, ctx);
    if (state.zone) expect(ctx.zoneIds.has(state.zone)).toBe(true);
    for (const id of state.compare) expect(ctx.zoneIds.has(id)).toBe(true);
    for (const [facet, set] of Object.entries(ctx.options))
      for (const v of (state.filters as unknown as Record<string, string[]>)[facet] ?? [])
        expect(set.has(v)).toBe(true);
    expect([null, 'present', 'notes', 'embed', 'story']).toContain(state.view);
    if (state.step !== null) expect(state.step).toBeGreaterThanOrEqual(1);
    // What the app writes back holds nothing of the payload. The search box's text is plain text, written as typed;
    // `data` is the data source's to check and drop (same origin only: io-load.test.ts, user-data.spec.ts).
    const written = toParams({ ...state, q: '', data: null }).toString();
    expect(written).not.toMatch(/%3C|<|javascript|__proto__|onerror/i);
    // Embed captions stay plain text, capped; ids stay ids.
    const captions = embedCaptions(params);
    for (const text of [captions.title, captions.subtitle, captions.source])
      if (text) expect([...text].length).toBeLessThanOrEqual(160);
    const ids = embedIds(params);
    for (const id of [ids.childId, ids.embedId]) if (id) expect(id).toMatch(/^[\w-]{1,64}$/);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('hostile postMessages', () => {
  const messages: unknown[] = [
    '<img src=x onerror="window.__pwned=1">',
    { zone: 'qingdao-blue-valley' },
    { type: 'go', step: 3.5 },
    { type: 'go', step: '3' },
    { type: 'move', by: 5 },
    { context: 'iframe.resize', height: 1 },
    'pymxPYMxatlasxPYMxwidthxPYMx<script>',
    'pymxPYMxotherxPYMxwidthxPYMx100',
    JSON.parse('{"__proto__": {"polluted": 1}}'),
    null,
    undefined,
    42,
    [1, 2, 3],
    new ArrayBuffer(8),
    'x'.repeat(2_000_000),
  ];
  it.each(messages.map((m, i) => [i, m]))('message %i is ignored by the notes channel and the embed', (_, m) => {
    expect(parseNotesMessage(m, 12)).toBeNull();
    expect(isPymWidthMessage(m, 'atlas')).toBe(false);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
  it('the one message the embed reads is pym’s width for its own child id', () => {
    expect(isPymWidthMessage('pymxPYMxatlasxPYMxwidthxPYMx100', 'atlas')).toBe(true);
  });
});
