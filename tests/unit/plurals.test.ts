// Every count in the catalogue, rendered with 0, 1 and 2 in both languages: English agrees in number, nothing is left
// unfilled. Also the ICU plural subset that formatMessage reads.
import { describe, expect, it } from 'vitest';
import { catalogues } from '../../src/lib/core/i18n/messages';
import { importCatalogues } from '../../src/lib/features/user-data/io/catalogue';
import { formatMessage, messageParams } from '../../src/lib/core/i18n/format-message';
import type { Lang } from '../../src/lib/core/i18n/lang';

const NUMERIC = ['count', 'total', 'zones', 'places', 'facts', 'shown', 'max', 'index', 'step'];
const NOUNS = 'zone|problem|note|place|fact|step|report|measure';

const counted = (lang: Lang) =>
  Object.entries({ ...catalogues[lang], ...importCatalogues[lang] }).filter(([, text]) =>
    NUMERIC.some((p) => new RegExp(`\\{${p}[},]`).test(text)),
  );

describe('count messages', () => {
  it('there are count messages to check', () => {
    expect(counted('en').length).toBeGreaterThan(15);
    expect(counted('zh').length).toBe(counted('en').length);
  });

  describe.each(['zh', 'en'] as const)('%s', (lang) => {
    it.each([0, 1, 2])('with %i every placeholder is filled and English agrees in number', (n) => {
      for (const [key, text] of counted(lang)) {
        const names = messageParams(text);
        const params = Object.fromEntries(names.map((p) => [p, NUMERIC.includes(p) ? n : 'x']));
        const out = formatMessage(lang, text, params);
        expect(out, key).not.toMatch(/[{}#]/);
        if (lang === 'en' && n === 1)
          expect(out, key).not.toMatch(new RegExp(`\\b1 (?:other |more )?(?:${NOUNS})s\\b`));
        if (lang === 'en' && n !== 1)
          expect(out, key).not.toMatch(new RegExp(`\\b${n} (?:other |more )?(?:${NOUNS})\\b(?!s)`));
      }
    });
  });
});

describe('formatMessage', () => {
  it.each([
    ['en', '{n, plural, one {# zone} other {# zones}}', 1, '1 zone'],
    ['en', '{n, plural, one {# zone} other {# zones}}', 0, '0 zones'],
    ['en', '{n, plural, =0 {no zones} one {# zone} other {# zones}}', 0, 'no zones'],
    ['en', '{n, plural, one {# of {t} zone} other {# of {t} zones}}', 3, '3 of T zones'],
    ['zh', '{n, plural, other {#个开发区}}', 1, '1个开发区'],
    ['en', 'plain {t} and {missing}', 2, 'plain T and {missing}'],
  ] as const)('%s %s with %i', (lang, template, n, expected) => {
    expect(formatMessage(lang, template, { n, t: 'T' })).toBe(expected);
  });
});

describe('messageParams', () => {
  it('names the parameters, including those inside plural forms, not the forms themselves', () => {
    expect(messageParams('{count, plural, one {# is} other {# are}} of {total}: {name}')).toEqual([
      'count',
      'name',
      'total',
    ]);
    expect(messageParams('{count, plural, one {# of {total} zone} other {# of {total} zones}}')).toEqual([
      'count',
      'total',
    ]);
  });
});

describe('lists of places', () => {
  it('name up to four places in each language’s list style, then count the rest', async () => {
    const { placeList } = await import('../../src/lib/core/state/app.svelte');
    expect(placeList('zh', ['青岛', '无锡'])).toBe('青岛和无锡');
    expect(placeList('en', ['Qingdao', 'Wuxi', 'Zibo'])).toBe('Qingdao, Wuxi, and Zibo');
    const six = ['A', 'B', 'C', 'D', 'E', 'F'];
    expect(placeList('en', six)).toBe('A, B, C and 3 more places');
    expect(placeList('zh', six)).toBe('A、B、C等6地');
  });
});
