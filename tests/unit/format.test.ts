// Dates and figures as readers write them, in both languages; the message catalogue's placeholders.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDate, formatFigureValue } from '../../src/lib/core/i18n/format';
import { translate } from '../../src/lib/core/i18n/messages';
import { browserLang, requestedLang } from '../../src/lib/core/i18n/lang';
import { messageParams } from '../../src/lib/core/i18n/format-message';
import { zh as coreZh } from '../../src/lib/core/i18n/zh';
import { en as coreEn } from '../../src/lib/core/i18n/en';
import { importZh } from '../../src/lib/features/user-data/io/catalogue-zh';
import { importEn } from '../../src/lib/features/user-data/io/catalogue-en';
import type { DateValue, Figure } from '../../src/lib/core/data/schema';

/** The whole catalogue: the core's part and the importer's (which loads with the importer's code). */
const zh: Record<string, string> = { ...coreZh, ...importZh };
const en: Record<string, string> = { ...coreEn, ...importEn };

const fig = (f: Partial<Figure>): Figure => ({
  id: 'x',
  value: 1,
  qualifier: 'exact',
  unit: { zh: '', en: '' },
  label: { zh: 'x', en: 'x' },
  status: 'in-place',
  evidence: [],
  ...f,
});

describe('formatDate', () => {
  it.each<[DateValue, string, string]>([
    [{ value: '2019-09-06', precision: 'day' }, '2019年9月6日', '6 September 2019'],
    [{ value: '2020-04', precision: 'month' }, '2020年4月', 'April 2020'],
    [{ value: '2019', precision: 'year' }, '2019年', '2019'],
  ])('%j', (date, zhText, enText) => {
    expect(formatDate(date, 'zh')).toBe(zhText);
    expect(formatDate(date, 'en')).toBe(enText);
  });
});

describe('formatFigureValue', () => {
  it.each<[Partial<Figure>, string, string]>([
    [{ value: 43 }, '43', '43'],
    [{ value: 60, qualifier: 'at-least' }, '≥60', '≥ 60'],
    [{ value: 80, qualifier: 'over' }, '80余', 'over 80'],
    [{ value: 70, qualifier: 'about' }, '约70', 'about 70'],
    [{ value: 5, valueMax: 6 }, '5–6', '5–6'],
    [{ value: 5000000000, qualifier: 'at-least' }, '≥50亿', '≥ 5B'],
    [{ value: 5, display: { zh: '1正4副', en: '1 + 4' } }, '1正4副', '1 + 4'],
  ])('%j', (f, zhText, enText) => {
    expect(formatFigureValue(fig(f), 'zh')).toBe(zhText);
    expect(formatFigureValue(fig(f), 'en')).toBe(enText);
  });
});

describe('messages', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) expect(text, key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    const names = messageParams;
    for (const key of Object.keys(zh)) {
      if (key.startsWith('date.')) continue; // dates order their parts differently
      expect(names(en[key]!), key).toEqual(names(zh[key]!));
    }
  });

  it('fills placeholders as plain text', () => {
    expect(translate('en', 'notice.dropped', { param: 'zone', value: '<b>x</b>' })).toContain('<b>x</b>');
    expect(translate('zh', 'list.count', { count: 15 })).toBe('15个开发区');
  });

  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['en-GB', 'zh'], 'en'],
    [['zh-Hant-TW'], 'zh'],
    [['fr-FR', 'de'], 'zh'],
    [['fr-FR', 'en-US'], 'en'],
  ])('browserLang(%j) = %s', (langs, expected) => {
    expect(browserLang(langs)).toBe(expected);
  });
});

/** The app's source files whose names match, with their text. */
function sourceFiles(name: RegExp, dir = 'src'): { path: string; text: string }[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = `${dir}/${entry}`;
    if (statSync(path).isDirectory()) return sourceFiles(name, path);
    return name.test(entry) ? [{ path, text: readFileSync(path, 'utf8') }] : [];
  });
}

describe('catalogue hygiene', () => {
  it('has no unused keys (keys built at run time are listed by prefix)', () => {
    const code = sourceFiles(/\.(ts|svelte)$/)
      .filter((f) => !/i18n\/(zh|en)\.ts$/.test(f.path))
      .map((f) => f.text)
      .join('\n');
    const dynamic = [
      'level.',
      'date.',
      'data.crs.',
      'claim.status.',
      'claim.statusLong.',
      'claim.scope.',
      'genre.',
      'zone.levelFrom.',
    ];
    // describeData's …User variants are named by their base key.
    // The importer's keys are built from its problem codes and names ('import.' + code): the code must be in use.
    const used = (k: string) =>
      code.includes(`'${k}'`) ||
      (k.endsWith('User') && code.includes(`'${k.slice(0, -4)}'`)) ||
      (k.startsWith('import.') && code.includes(`'${k.split('.').pop()}'`));
    const unused = Object.keys(zh).filter((k) => !dynamic.some((p) => k.startsWith(p)) && !used(k));
    expect(unused).toEqual([]);
  });
});

describe('no hard-coded UI text', () => {
  it('components take every word they show from the catalogue', () => {
    const found: string[] = [];
    const check = (path: string, source: string) => {
      let markup = source
        .replace(/<script[\s\S]*?<\/script>/g, '')
        .replace(/<style[\s\S]*?<\/style>/g, '')
        .replace(/<!--[\s\S]*?-->/g, '');
      // Drop {expressions}, innermost first.
      for (let before = ''; before !== markup;) [before, markup] = [markup, markup.replace(/\{[^{}]*\}/g, '')];
      for (const m of markup.matchAll(/(aria-label|aria-roledescription|title|placeholder|alt)="([^"]*)"/g))
        if (/[A-Za-z\u4e00-\u9fff]/.test(m[2]!)) found.push(`${path}: ${m[0]}`);
      const text = markup.replace(/<[^>]*>/g, ' ');
      for (const m of text.matchAll(/[A-Za-z\u4e00-\u9fff][A-Za-z\u4e00-\u9fff' ]*/g))
        found.push(`${path}: “${m[0].trim()}”`);
    };
    for (const f of sourceFiles(/\.svelte$/)) check(f.path, f.text);
    expect(found).toEqual([]);
  });

  it('Chinese messages use Chinese punctuation next to Chinese text', () => {
    const bad = Object.entries(zh).filter(([, text]) =>
      /[\u4e00-\u9fff][,:;?!()]|[,:;?!()][\u4e00-\u9fff]/.test(text.replace(/\{\w+\}/g, '')),
    );
    expect(bad).toEqual([]);
  });
});

describe('requestedLang', () => {
  it.each([
    ['?lang=en', 'en'],
    ['?zone=x&lang=zh', 'zh'],
    ['?lang=fr', null],
    ['', null],
  ])('%s → %s', (search, expected) => {
    expect(requestedLang(search)).toBe(expected);
  });
});
