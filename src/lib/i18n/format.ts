// Locale-aware formatting of the dataset's dates and figures.
import type { DateValue, Figure } from '../data/schema';
import { translate, type Lang } from './messages';

const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function formatDate(date: DateValue, lang: Lang): string {
  const [y = '', m = '', d = ''] = date.value.split('-');
  const month = lang === 'en' ? (EN_MONTHS[Number(m) - 1] ?? m) : String(Number(m));
  const key = date.precision === 'day' ? 'date.day' : date.precision === 'month' ? 'date.month' : 'date.year';
  return translate(lang, key, { y, m: String(Number(m)), d: String(Number(d)), month });
}

const QUALIFIER: Record<Figure['qualifier'], Record<Lang, string>> = {
  exact: { zh: '', en: '' },
  about: { zh: '约', en: 'about ' },
  'at-least': { zh: '≥', en: '≥ ' },
  'at-most': { zh: '≤', en: '≤ ' },
  over: { zh: '', en: 'over ' },
};

function formatNumber(value: number, lang: Lang): string {
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  return new Intl.NumberFormat(locale, {
    notation: value >= 100000 ? 'compact' : 'standard',
    maximumFractionDigits: 1,
  }).format(value);
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
