// The page's language: what the URL asks for, else the browser's preference, and its BCP 47 tag.

/** The two languages of the atlas: Simplified Chinese and English. */
export type Lang = 'zh' | 'en';

/** The language to use when the URL names none: the browser's first zh or en preference, else Chinese. */
export function browserLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const tag = l.toLowerCase();
    if (tag.startsWith('zh')) return 'zh';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh';
}

/** The language the query string asks for, if valid. */
export function requestedLang(search: string): Lang | null {
  const lang = new URLSearchParams(search).get('lang');
  return lang === 'zh' || lang === 'en' ? lang : null;
}

/** BCP 47 tag for <html lang>, so the browser picks Simplified Chinese glyphs. */
export const htmlLang: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };
