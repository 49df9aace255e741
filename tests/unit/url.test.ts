// toParams / fromParams: round trips, defaults left out, malformed values dropped and reported.
import { describe, expect, it } from 'vitest';
import {
  shareLink,
  fromParams,
  toParams,
  mergeIntoSearch,
  replacesEntry,
  type UrlState,
  type UrlContext,
} from '../../src/lib/core/state/url';
import { EMPTY_FILTERS, type Filters } from '../../src/lib/core/state/filters';

const ctx: UrlContext = {
  zoneIds: new Set(['qingdao-blue-valley', 'yantai-etdz', 'xishan-etdz', 'linfen-edz', 'zibo-edz']),
  options: {
    model: new Set(['statutory-body', 'committee-plus-company']),
    measure: new Set(['streamlining', 'personnel-pay', 'fiscal-land']),
    industry: new Set(['digital']),
    province: new Set(['370000', '320000']),
    city: new Set(['qingdao', 'yantai']),
    level: new Set(['national', 'provincial', 'other', 'unknown']),
  },
  years: [2018, 2023],
  steps: 21,
};
const parse = (search: string) => fromParams(new URLSearchParams(search), ctx);
const state = (s: Partial<UrlState> & { f?: Partial<Filters> } = {}): UrlState => ({
  zone: s.zone ?? null,
  view: s.view ?? null,
  step: s.step ?? null,
  lang: s.lang ?? null,
  q: s.q ?? '',
  data: s.data ?? null,
  compare: s.compare ?? [],
  filters: { ...EMPTY_FILTERS, ...s.f },
});

describe('fromParams', () => {
  it.each<[string, UrlState, string[]]>([
    ['', state(), []],
    ['?zone=qingdao-blue-valley', state({ zone: 'qingdao-blue-valley' }), []],
    ['?lang=en&utm_source=x', state({ lang: 'en' }), []],
    ['?model=statutory-body', state({ f: { model: ['statutory-body'] } }), []],
    [
      '?measure=streamlining,personnel-pay&match=all',
      state({ f: { measure: ['streamlining', 'personnel-pay'], match: 'all' } }),
      [],
    ],
    ['?measure=streamlining,streamlining', state({ f: { measure: ['streamlining'] } }), []],
    ['?measure=streamlining,tax-holiday', state({ f: { measure: ['streamlining'] } }), ['measure']],
    [
      '?city=qingdao&province=370000&level=national',
      state({ f: { city: ['qingdao'], province: ['370000'], level: ['national'] } }),
      [],
    ],
    ['?from=2019&to=2020', state({ f: { from: 2019, to: 2020 } }), []],
    ['?from=1999&to=20x0', state(), ['from', 'to']],
    ['?from=2021&to=2019', state({ f: { from: 2021 } }), ['to']],
    ['?match=some', state(), []],
    ['?compare=yantai-etdz,qingdao-blue-valley', state({ compare: ['yantai-etdz', 'qingdao-blue-valley'] }), []],
    ['?compare=yantai-etdz,yantai-etdz,nowhere', state({ compare: ['yantai-etdz'] }), ['compare']],
    [
      '?compare=yantai-etdz,qingdao-blue-valley,xishan-etdz,linfen-edz,zibo-edz',
      state({ compare: ['yantai-etdz', 'qingdao-blue-valley', 'xishan-etdz', 'linfen-edz'] }),
      ['compare'],
    ],
    ['?measure=streamlining&match=some', state({ f: { measure: ['streamlining'] } }), ['match']],
    // Links shared through WeChat and trackers: their parameters are not ours and make no notice.
    ['?from=singlemessage&isappinstalled=0', state(), []],
    ['?zone=yantai-etdz&from=timeline', state({ zone: 'yantai-etdz' }), []],
    ['?from=groupmessage&utm_source=x&spm=a.b.c&fbclid=1&gclid=2&share_token=3', state(), []],
    ['?q=qdlg', state({ q: 'qdlg' }), []],
    [`?q=${'x'.repeat(81)}`, state(), ['q']],
    ['?zone=atlantis', state(), ['zone']],
    ['?zone=<script>alert(1)</script>&lang=fr', state(), ['zone', 'lang']],
    ['?zone=&lang=&model=', state(), []],
    ['?view=present', state({ view: 'present' }), []],
    ['?view=present&step=21', state({ view: 'present', step: 21 }), []],
    ['?view=embed&lang=en', state({ view: 'embed', lang: 'en' }), []],
    ['?view=slides', state(), ['view']],
    ['?view=present&step=0', state({ view: 'present' }), ['step']],
    ['?view=present&step=22', state({ view: 'present' }), ['step']],
    ['?view=present&step=2.5', state({ view: 'present' }), ['step']],
    ['?step=3', state(), ['step']],
    ['?view=story&step=5', state({ view: 'story', step: 5 }), []],
    ['?view=embed&step=5', state({ view: 'embed' }), ['step']],
  ])('%s', (search, expected, dropped) => {
    const result = parse(search);
    expect(result.state).toEqual(expected);
    expect(result.dropped.map((d) => d.param)).toEqual(dropped);
  });

  it('keeps the dropped value so the notice can name it', () => {
    expect(parse('?zone=atlantis').dropped[0]).toEqual({ param: 'zone', value: 'atlantis' });
  });
});

describe('toParams', () => {
  it.each<[UrlState, string]>([
    [state(), ''],
    [state({ zone: 'yantai-etdz', lang: 'en' }), 'zone=yantai-etdz&lang=en'],
    [
      state({ f: { measure: ['streamlining', 'fiscal-land'], match: 'all' } }),
      'measure=streamlining%2Cfiscal-land&match=all',
    ],
    [state({ f: { match: 'any' } }), ''],
    // "all" with no measure chosen is not written: it would mean nothing.
    [state({ f: { match: 'all' } }), ''],
    [state({ f: { from: 2019 }, q: 'qd' }), 'from=2019&q=qd'],
    [state({ view: 'present', step: 1, zone: null }), 'view=present'],
    [state({ view: 'present', step: 4, zone: 'yantai-etdz' }), 'view=present&step=4'],
    [state({ view: 'story', step: 4, zone: 'yantai-etdz' }), 'view=story&step=4'],
    [state({ view: 'embed', zone: 'yantai-etdz' }), 'view=embed&zone=yantai-etdz'],
  ])('%j → "%s"', (s, expected) => {
    expect(toParams(s).toString()).toBe(expected);
  });

  it.each<UrlState>([
    state(),
    state({ zone: 'qingdao-blue-valley', lang: 'zh' }),
    state({
      zone: 'yantai-etdz',
      f: { model: ['statutory-body'], measure: ['fiscal-land', 'streamlining'], match: 'all' },
    }),
    state({
      f: { industry: ['digital'], province: ['320000'], city: ['yantai'], level: ['other'], from: 2018, to: 2023 },
    }),
    state({ q: '青岛' }),
    state({ view: 'present', step: 7 }),
    state({ view: 'embed', zone: 'qingdao-blue-valley', lang: 'en', f: { model: ['statutory-body'] } }),
    state({ zone: 'xishan-etdz', compare: ['xishan-etdz', 'qingdao-blue-valley', 'linfen-edz'] }),
  ])('round-trips %j', (s) => {
    expect(parse(`?${toParams(s)}`).state).toEqual(s);
  });
});

describe('mergeIntoSearch', () => {
  it('replaces owned parameters, keeps the others, and keeps commas readable', () => {
    expect(
      mergeIntoSearch('?title=Hi&zone=yantai-etdz', state({ zone: 'qingdao-blue-valley', f: { model: ['a', 'b'] } })),
    ).toBe('?title=Hi&zone=qingdao-blue-valley&model=a,b');
    expect(mergeIntoSearch('?zone=yantai-etdz', state())).toBe('');
  });

  it('leaves chat-app and tracker parameters out, so they do not spread when the link is copied on', () => {
    expect(
      mergeIntoSearch(
        '?zone=yantai-etdz&from=singlemessage&isappinstalled=0&utm_source=wx&spm=a.b&fbclid=1&share_token=x&title=Hi',
        state({ zone: 'yantai-etdz' }),
      ),
    ).toBe('?title=Hi&zone=yantai-etdz');
  });
});

describe('replacesEntry', () => {
  it.each([
    ['?q=q', '?q=qd', true],
    ['?zone=a&q=q', '?zone=a', true],
    ['?zone=a&q=q', '?zone=b&q=q', false],
    ['?view=present&step=2', '?view=present&step=3', true],
    ['?view=present', '?view=present&step=2', true],
    ['?zone=a', '?view=present&step=2', false],
    ['?view=present&step=2', '?zone=a', false],
    ['?step=2', '?step=3', false],
    ['?view=story&step=2', '?view=story&step=3', true],
    ['?view=story&step=2', '?view=present&step=3', false],
    // An embed's entries would join the host article's history: its changes never push.
    ['?view=embed', '?view=embed&zone=a', true],
    ['?view=embed&zone=a', '?view=embed&compare=a,b', true],
    ['?view=embed', '?zone=a', false],
  ])('%s vs %s', (a, b, expected) => {
    expect(replacesEntry(a, b)).toBe(expected);
  });
});

describe('shareLink', () => {
  it('writes the language on screen into the link, keeping the rest', () => {
    expect(shareLink('https://n.example/atlas/?zone=yantai-etdz&model=a,b', 'zh')).toBe(
      'https://n.example/atlas/?zone=yantai-etdz&model=a,b&lang=zh',
    );
    expect(shareLink('https://n.example/atlas/?lang=en&zone=x', 'zh')).toBe('https://n.example/atlas/?lang=zh&zone=x');
    expect(shareLink('https://n.example/atlas/', 'en')).toBe('https://n.example/atlas/?lang=en');
  });
});
