// toParams / fromParams: round trips, defaults left out, bad values dropped with a reason.
import { describe, expect, it } from 'vitest';
import { fromParams, toParams, mergeIntoSearch, type UrlState } from '../../src/lib/state/url';

const ctx = { zoneIds: new Set(['qingdao-blue-valley', 'yantai-etdz']) };
const parse = (search: string) => fromParams(new URLSearchParams(search), ctx);

describe('fromParams', () => {
  it.each<[string, UrlState, string[]]>([
    ['', { zone: null, lang: null }, []],
    ['?zone=qingdao-blue-valley', { zone: 'qingdao-blue-valley', lang: null }, []],
    ['?lang=en', { zone: null, lang: 'en' }, []],
    ['?zone=yantai-etdz&lang=zh&utm_source=x', { zone: 'yantai-etdz', lang: 'zh' }, []],
    ['?zone=atlantis', { zone: null, lang: null }, ['zone']],
    ['?zone=<script>alert(1)</script>&lang=fr', { zone: null, lang: null }, ['zone', 'lang']],
    ['?zone=&lang=', { zone: null, lang: null }, []],
    ['?zone=QINGDAO-BLUE-VALLEY', { zone: null, lang: null }, ['zone']],
  ])('%s', (search, state, dropped) => {
    const result = parse(search);
    expect(result.state).toEqual(state);
    expect(result.dropped.map((d) => d.param)).toEqual(dropped);
  });

  it('keeps the dropped value so the notice can name it', () => {
    expect(parse('?zone=atlantis').dropped[0]).toEqual({ param: 'zone', value: 'atlantis', reason: 'unknown-zone' });
  });
});

describe('toParams', () => {
  it.each<[UrlState, string]>([
    [{ zone: null, lang: null }, ''],
    [{ zone: 'yantai-etdz', lang: null }, 'zone=yantai-etdz'],
    [{ zone: 'yantai-etdz', lang: 'en' }, 'zone=yantai-etdz&lang=en'],
  ])('%j → "%s"', (state, expected) => {
    expect(toParams(state).toString()).toBe(expected);
  });

  it.each<UrlState>([
    { zone: null, lang: null },
    { zone: 'qingdao-blue-valley', lang: 'zh' },
    { zone: 'yantai-etdz', lang: 'en' },
  ])('round-trips %j', (state) => {
    expect(parse(`?${toParams(state)}`).state).toEqual(state);
  });
});

describe('mergeIntoSearch', () => {
  it('replaces owned parameters and keeps the others', () => {
    expect(mergeIntoSearch('?title=Hi&zone=yantai-etdz', { zone: 'qingdao-blue-valley', lang: null })).toBe(
      '?title=Hi&zone=qingdao-blue-valley',
    );
    expect(mergeIntoSearch('?zone=yantai-etdz', { zone: null, lang: null })).toBe('');
  });
});
