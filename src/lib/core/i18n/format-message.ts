// Message templates filled in: `{name}` parameters and the plural subset of ICU MessageFormat (Intl.PluralRules).
import type { Lang } from './lang';

/** A message's parameters by name: text or numbers, never HTML. */
export type Params = Record<string, string | number>;

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/** The index of the `}` that closes the `{` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** One piece of a message template: text, a `{name}` parameter, or a plural over a parameter with its forms. */
type Piece = { text: string } | { param: string } | { plural: string; forms: Record<string, string> };

/** Splits a template into pieces (the plural subset of ICU MessageFormat; see `formatMessage`). */
function pieces(template: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    const end = open < 0 ? -1 : closing(template, open);
    if (end < 0) break;
    if (open > i) out.push({ text: template.slice(i, open) });
    const body = template.slice(open + 1, end);
    const plural = /^(\w+),\s*plural,\s*/.exec(body);
    if (plural) {
      const forms: Record<string, string> = {};
      let rest = body.slice(plural[0].length);
      for (;;) {
        const sel = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
        const stop = sel ? closing(rest, sel[0].length - 1) : -1;
        if (!sel || stop < 0) break;
        forms[sel[1]!] = rest.slice(sel[0].length, stop);
        rest = rest.slice(stop + 1);
      }
      out.push({ plural: plural[1]!, forms });
    } else out.push({ param: body });
    i = end + 1;
  }
  if (i < template.length) out.push({ text: template.slice(i) });
  return out;
}

/**
 * Fills a message: `{name}` takes a parameter; `{name, plural, =0 {…} one {…} other {…}}` picks a form by exact value,
 * then by the language's plural category (`Intl.PluralRules`, CLDR: English has one/other, Chinese only other), with
 * `#` standing for the number. This is the plural subset of ICU MessageFormat. Unknown placeholders stay as written.
 */
export function formatMessage(lang: Lang, template: string, params: Params): string {
  return pieces(template)
    .map((p) => {
      if ('text' in p) return p.text;
      if ('param' in p) return p.param in params ? String(params[p.param]) : `{${p.param}}`;
      const n = Number(params[p.plural]);
      const category = (pluralRules[lang] ??= new Intl.PluralRules(lang === 'zh' ? 'zh-Hans' : 'en')).select(n);
      const form = p.forms[`=${n}`] ?? p.forms[category] ?? p.forms.other ?? '';
      return formatMessage(lang, form.replace(/#/g, String(params[p.plural])), params);
    })
    .join('');
}

/** The parameter names a template reads (also inside plural forms), each once, sorted: for catalogue checks. */
export function messageParams(template: string): string[] {
  const names = new Set<string>();
  for (const p of pieces(template)) {
    if ('param' in p) names.add(p.param);
    else if ('plural' in p) {
      names.add(p.plural);
      for (const form of Object.values(p.forms)) for (const n of messageParams(form)) names.add(n);
    }
  }
  return [...names].sort();
}
