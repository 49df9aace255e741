// Article normalisation: pinyin artefacts, the known garble, Traditional → Simplified, whitespace.
import { describe, expect, it } from 'vitest';
import { normaliseArticle, stripPinyinArtefacts, normaliseQuote } from '../../scripts/lib/normalise-article.ts';

describe('stripPinyinArtefacts', () => {
  it.each([
    ['經(jīng)濟', '經濟'],
    ['開發(fā)區(qū)', '開發區'],
    ['臨汾新聞網(wǎng)訊', '臨汾新聞網訊'],
    ['王長(zhǎng)波)', '王長波)'],
    ['黨工委(管委會)+', '黨工委(管委會)+'], // Chinese in brackets is text, not an artefact
    ['各縣(市、區(qū))', '各縣(市、區)'],
    ['中國(山東)自由貿易試驗區', '中國(山東)自由貿易試驗區'],
    ['加快入?yún)^(qū)項(xiàng)目', '加快入區項目'], // the one garbled spot in 003
    ['5G、大數據', '5G、大數據'],
  ])('%s → %s', (input, expected) => {
    expect(stripPinyinArtefacts(input)).toBe(expected);
  });
});

describe('normaliseArticle', () => {
  it.each([
    ['煙臺經(jīng)濟技術開發(fā)區', '烟台经济技术开发区'],
    ['承擔著探路引領', '承担着探路引领'],
    ['臨汾新聞網(wǎng)訊(記者\n王長(zhǎng)波)', '临汾新闻网讯(记者 王长波)'],
    ['岳普煜講話 劉予強(qiáng)主持', '岳普煜讲话 刘予强主持'],
    ['  淄博经开区\n\n张店  ', '淄博经开区 张店'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseArticle(input)).toBe(expected);
  });

  it('leaves no pinyin syllable in brackets', () => {
    const text = normaliseArticle('推進(jìn)會(huì)議 體制機(jī)制 黨工委(管委會)');
    expect(text).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+\)/u);
    expect(text).toBe('推进会议 体制机制 党工委(管委会)');
  });
});

describe('normaliseQuote', () => {
  it('accepts a quote pasted in Traditional script', () => {
    expect(normaliseQuote('繼續推進“三化三制”改革')).toBe('继续推进“三化三制”改革');
  });
});
