// toParams / fromParams: round trips, defaults left out, malformed values dropped and reported.
import { describe, expect, it } from 'vitest';
import {
  fromParams,
  toParams,
  mergeIntoSearch,
  onlyQueryDiffers,
  type UrlState,
  type UrlContext,
} from '../../src/lib/state/url';
import { EMPTY_FILTERS, type Filters } from '../../src/lib/state/filters';

const ctx: UrlContext = {
  zoneIds: new Set(['qingdao-blue-valley', 'yantai-etdz']),
  options: {
    model: new Set(['statutory-body', 'committee-plus-company']),
    measure: new Set(['streamlining', 'personnel-pay', 'fiscal-land']),
    industry: new Set(['digital']),
    province: new Set(['370000', '320000']),
    city: new Set(['qingdao', 'yantai']),
    level: new Set(['national', 'provincial', 'other', 'unknown']),
  },
  years: [2018, 2023],
};
const parse = (search: string) => fromParams(new URLSearchParams(search), ctx);
const state = (s: Partial<UrlState> & { f?: Partial<Filters> } = {}): UrlState => ({
  zone: s.zone ?? null,
  lang: s.lang ?? null,
  q: s.q ?? '',
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
    ['?match=some', state(), ['match']],
    ['?q=qdlg', state({ q: 'qdlg' }), []],
    [`?q=${'x'.repeat(81)}`, state(), ['q']],
    ['?zone=atlantis', state(), ['zone']],
    ['?zone=<script>alert(1)</script>&lang=fr', state(), ['zone', 'lang']],
    ['?zone=&lang=&model=', state(), []],
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
    [state({ f: { from: 2019 }, q: 'qd' }), 'from=2019&q=qd'],
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
});

describe('onlyQueryDiffers', () => {
  it.each([
    ['?q=q', '?q=qd', true],
    ['?zone=a&q=q', '?zone=a', true],
    ['?zone=a&q=q', '?zone=b&q=q', false],
  ])('%s vs %s', (a, b, expected) => {
    expect(onlyQueryDiffers(a, b)).toBe(expected);
  });
});
