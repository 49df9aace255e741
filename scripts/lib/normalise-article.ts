// Normalises the source articles for quote matching: strips pinyin copy artefacts, repairs known garbles, converts to Simplified Chinese.
import * as OpenCC from 'opencc-js';

/** A pinyin reading pasted after a character, e.g. the `(jīng)` in `經(jīng)濟`. Latin letters only, so `(管委會)` survives. */
const PINYIN_ARTEFACT = /\((?:[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,8})\)/gu;

/** Spots where the copy lost a character; each repair is the smallest string that makes the sentence read. */
export const KNOWN_GARBLES: ReadonlyArray<readonly [string, string]> = [
  // 003: "加快入區項目建設步伐" lost 區 and kept two pinyin fragments around a replacement mark.
  ['?yún)^', '區'],
];

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });

export function stripPinyinArtefacts(text: string): string {
  let out = text;
  for (const [bad, good] of KNOWN_GARBLES) out = out.split(bad).join(good);
  return out.replace(PINYIN_ARTEFACT, '');
}

/** Whitespace differences (line breaks inside the Linfen byline, full-width spaces) never matter for a quote. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u3000]+/gu, ' ').trim();
}

export function normaliseArticle(text: string): string {
  return collapseWhitespace(toSimplified(stripPinyinArtefacts(text)));
}

/** Normalises a quote the same way, so an author may paste either script. */
export function normaliseQuote(quote: string): string {
  return collapseWhitespace(toSimplified(quote));
}
