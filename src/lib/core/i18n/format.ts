// Locale-aware formatting of the dataset's dates and figures.
import type { DateValue, Figure } from '../data/schema';
import { translate } from './messages';
import { type Lang } from './lang';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };
/** Numbers keep the plain English compact form ("5B", not "5bn"). */
const NUMBER_LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
const DATE_PARTS: Record<DateValue['precision'], Intl.DateTimeFormatOptions> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

/** A date to the precision the article gives, written the way each language writes it (Intl, in UTC). */
export function formatDate(date: DateValue, lang: Lang): string {
  const [y = 1970, m = 1, d = 1] = date.value.split('-').map(Number);
  const format = new Intl.DateTimeFormat(LOCALE[lang], { ...DATE_PARTS[date.precision], timeZone: 'UTC' });
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * A date as formatDate writes it, followed by the inferred-year mark (“（年份推断）”, “(year inferred)”) when the article
 * does not print its year: every view that shows a date says so (issue 30, docs/data.md "Levels and dates").
 */
export function formatDateMarked(date: DateValue, lang: Lang): string {
  return formatDate(date, lang) + (date.inferred ? translate(lang, 'timeline.inferredSuffix') : '');
}

const QUALIFIER: Record<Figure['qualifier'], Record<Lang, string>> = {
  exact: { zh: '', en: '' },
  about: { zh: '约', en: 'about ' },
  'at-least': { zh: '≥', en: '≥ ' },
  'at-most': { zh: '≤', en: '≤ ' },
  over: { zh: '', en: 'over ' },
};

function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], {
    notation: value >= 100000 ? 'compact' : 'standard',
    maximumFractionDigits: 1,
  }).format(value);
}

/** A count of things as each language writes it, grouped ("2,543"), e.g. on a map's cluster. */
export function formatCount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 0 }).format(value);
}

/** The figure's number as a reader would write it, e.g. "≥ 60%", "5–6", "80余", "50亿". */
export function formatFigureValue(figure: Figure, lang: Lang): string {
  if (figure.display) return `${QUALIFIER[figure.qualifier][lang]}${figure.display[lang]}`;
  let number = formatNumber(figure.value, lang);
  if (figure.valueMax !== undefined) number += `–${formatNumber(figure.valueMax, lang)}`;
  if (figure.qualifier === 'over' && lang === 'zh') return `${number}余`;
  return `${QUALIFIER[figure.qualifier][lang]}${number}`;
}

/** The unit, joined the way each language joins it ("43%", "154 powers", "154项"). */
export function formatFigure(figure: Figure, lang: Lang): { value: string; unit: string } {
  return { value: formatFigureValue(figure, lang), unit: figure.unit[lang] };
}
