// English names for the districts the dataset's zones name, from data/divisions.json and pinyin-pro (build time only).
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import type { Dataset } from '../../src/lib/core/data/schema.ts';

/** County-level suffixes and their English forms (the GB/T 16159 style used on official English maps). */
const SUFFIX: [string, string][] = [
  ['自治县', 'Autonomous County'],
  ['新区', 'New Area'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
  ['旗', 'Banner'],
];

/** Place names whose reading differs from the characters' common one (洪洞 is Hóngtóng, not Hóngdòng). */
const READINGS: Record<string, string> = { 洪洞: 'hongtong' };

/**
 * A district's English name: its name without the suffix in toneless pinyin, written as one word with an apostrophe
 * before a syllable that starts with a vowel (GB/T 16159-2012 §6.1: 西安 → Xi'an), then the suffix in English.
 * 黄岛区 → "Huangdao District", 胶州市 → "Jiaozhou City", 洪洞县 → "Hongtong County" (READINGS).
 */
export function districtEnglish(name: string): string {
  const [suffix, english] = SUFFIX.find(([s]) => name.endsWith(s) && name.length > s.length) ?? ['', ''];
  const stem = suffix ? name.slice(0, -suffix.length) : name;
  const syllables = pinyin(stem, { toneType: 'none', type: 'array', v: true }) as string[];
  const word = READINGS[stem] ?? syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  const title = word.charAt(0).toUpperCase() + word.slice(1);
  return english ? `${title} ${english}` : title;
}

/**
 * Names in both languages for every district adcode the dataset's zones use, from the statistics bureau's list in
 * data/divisions.json (scripts/build-divisions.mjs). The basemap names districts in Chinese only; these fill
 * `Dataset.regions`, which the app lays over the basemap's names. An adcode not in the list is left out.
 */
export function districtNames(dataset: Dataset, divisionsFile: string): Record<string, { zh: string; en: string }> {
  const divisions = JSON.parse(readFileSync(divisionsFile, 'utf8')) as { districts: [string, string][] };
  const byCode = new Map(divisions.districts);
  const out: Record<string, { zh: string; en: string }> = {};
  for (const zone of dataset.places.flatMap((p) => p.zones)) {
    const name = zone.district ? byCode.get(zone.district) : undefined;
    if (zone.district && name) out[zone.district] = { zh: name, en: districtEnglish(name) };
  }
  return out;
}
