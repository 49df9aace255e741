// Zones anywhere in China, placed by name with the national layer: each inside its named county, marked approximate.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NationalTopology } from '../../core/data/national';
import { regionsAt } from '../../map/geo/regions';
import { feature, mesh } from 'topojson-client';
import { geoArea, geoContains } from 'd3-geo';
import { basemapCoverage, nationalPrefectureBorders, nationalRegions, nationalSubset } from '../../map/geo/national';
import { importUserData } from './io/import';
import { formatImportError } from './io/messages';
import { basemap, gazetteer, taxonomy, utf8 } from './io-kit.test-helpers.ts';
import { syntheticAtlasJson } from '../../../../bench/synthetic.ts';
import { fileCsv } from '../../../../bench/file-load.ts';

const national = JSON.parse(
  readFileSync(new URL('../../../../data/national.topo.json', import.meta.url), 'utf8'),
) as NationalTopology;
let loads = 0;
const load = (csv: string, layer: NationalTopology | null = national) =>
  importUserData(utf8(csv), {
    taxonomy,
    gazetteer,
    national: {
      basemap,
      load: async () => {
        loads++;
        if (!layer) throw new Error('offline');
        return layer;
      },
    },
  });
const HEAD = '名称,省份,城市,区县,经度,纬度,引文,来源标题\n';
const row = (name: string, province = '', city = '', district = '', lng = '', lat = '') =>
  `${name},${province},${city},${district},${lng},${lat},${name}设立,某报道\n`;
const all = nationalRegions(national, basemapCoverage(basemap));
const regions = {
  provinces: gazetteer.regions.provinces,
  prefectures: [...gazetteer.regions.prefectures, ...all.prefectures],
  districts: [...gazetteer.regions.districts, ...all.counties],
};

describe('places by name (national layer)', () => {
  it('puts each zone of a names-only file inside the county or city it names, with that division’s radius', async () => {
    const cases: [row: string, district: string | undefined, city: string][] = [
      [row('昆山经济技术开发区', '江苏省', '苏州市', '昆山市'), '320583', '320500'],
      [row('昆山高新技术产业开发区', '', '', '昆山市'), '320583', '320500'],
      [row('江苏昆山花桥经济开发区'), '320583', '320500'],
      [row('成都高新技术产业开发区', '四川', '成都'), undefined, '510100'],
      [row('合肥经济技术开发区'), '340177', '340100'],
      [row('乌鲁木齐经济技术开发区'), undefined, '650100'],
      [row('仙桃高新技术产业开发区'), undefined, '429004'],
      [row('浦东新区张江', '上海市', '', '浦东新区'), '310115', '310100'],
      [row('天津经济技术开发区', '', '', '滨海新区'), '120116', '120100'],
      [row('青岛西海岸新区', '', '青岛', '黄岛区'), '370211', '370200'],
      [row('Harbin zone', '', 'Harbin'), undefined, '230100'],
    ];
    const result = await load(HEAD + cases.map((c) => c[0]).join(''));
    expect(result.ok ? [] : result.errors.map((e) => formatImportError(e, 'en'))).toEqual([]);
    if (!result.ok) return;
    const zones = result.dataset.places.flatMap((p) => p.zones.map((z) => ({ z, city: p.prefecture })));
    cases.forEach(([, district, city], i) => {
      const { z, city: placeCity } = zones.find((x) => x.z.id === `zone-${i + 2}`)!;
      expect(placeCity, z.name.zh).toBe(city);
      expect(z.district, z.name.zh).toBe(district);
      // Inside the named county (or city) on the layer's own outlines.
      const at = regionsAt(regions, z.location.lngLat);
      expect(at.prefecture?.properties.adcode, z.name.zh).toBe(city);
      if (district && z.location.precisionKm < 20) expect(at.district?.properties.adcode, z.name.zh).toBe(district);
      expect(z.location.precisionKm, z.name.zh).toBeGreaterThanOrEqual(1);
      expect((z.location.sourceNote as { zh: string }).zh, z.name.zh).toMatch(/按地名放在/);
    });
    // A county's radius, not a city's: Kunshan (931 km²) is about 17 km.
    expect(zones[0]!.z.location.precisionKm).toBeLessThan(25);
    expect(result.dataset.regions?.['320583']?.zh).toBe('昆山市');
  });

  it('places zones in cities with no districts (东莞, 中山, 儋州, 嘉峪关), by name or by point', async () => {
    const result = await load(
      HEAD +
        row('松山湖高新区', '广东省', '东莞市') +
        row('中山火炬开发区', '', '中山') +
        row('洋浦经济开发区', '海南', '儋州市') +
        row('嘉峪关工业园区', '', '嘉峪关市') +
        row('东莞某园', '', '', '', '113.75', '23.02'),
    );
    expect(result.ok ? [] : result.errors.map((e) => formatImportError(e, 'zh'))).toEqual([]);
    if (!result.ok) return;
    const cities = result.dataset.places.map((p) => p.prefecture).sort();
    expect(cities).toEqual(['441900', '442000', '460400', '620200']);
    for (const p of result.dataset.places) for (const z of p.zones) expect(z.district, z.name.zh).toBeUndefined();
  });

  it('places the counties of 重庆 (xx02xx: 丰都县, 云阳县) in the city, by name or by point', async () => {
    const result = await load(
      HEAD +
        row('丰都工业园区', '重庆市', '重庆市', '丰都县') +
        row('云阳工业园区', '重庆', '', '云阳县') +
        row('秀山工业园区', '', '', '', '108.99', '28.45'),
    );
    expect(result.ok ? [] : result.errors.map((e) => formatImportError(e, 'zh'))).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.places.map((p) => p.prefecture)).toEqual(['500100']);
    const districts = result.dataset.places[0]!.zones.map((z) => z.district);
    expect(districts.slice(0, 2)).toEqual(['500230', '500235']);
  });

  it('reads a county-level city written as a county (仙桃市, 石河子市 under 区县) as the city', async () => {
    const result = await load(
      HEAD +
        row('仙桃经济开发区', '湖北省', '', '仙桃市') +
        row('石河子经济技术开发区', '新疆', '', '石河子市') +
        row('天门经济开发区', '', '', '天门市', '113.16', '30.66'),
    );
    expect(result.ok ? [] : result.errors.map((e) => formatImportError(e, 'zh'))).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.places.map((p) => p.prefecture).sort()).toEqual(['429004', '429006', '659001']);
  });

  it('refuses an ambiguous name with the candidates named, never guessing', async () => {
    const result = await load(HEAD + row('某开发区', '', '', '朝阳区') + row('市中区工业园'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.errors.map((e) => formatImportError(e, 'zh'));
    expect(messages[0]).toMatch(/第2行.*“朝阳区”有重名（朝阳区（北京市）、朝阳区（长春市））/);
    expect(messages[1]).toMatch(
      /第3行.*“市中区”有重名（市中区（济南市）、市中区（枣庄市）、市中区（内江市）、市中区（乐山市））/,
    );
  });

  it('says when a zone has neither coordinates nor a place, in both languages', async () => {
    const result = await load(HEAD + row('张江高科技园区'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatImportError(result.errors[0]!, 'en')).toMatch(/^Row 2, column “经度”: No position/);
    expect(formatImportError(result.errors[0]!, 'zh')).toMatch(/没有位置/);
  });

  it('fetches the layer only when a zone needs it, and says so when it cannot be fetched', async () => {
    const before = loads;
    const inQingdao = await load(HEAD + row('青岛蓝谷', '', '', '', '120.67', '36.37'));
    expect(inQingdao.ok).toBe(true);
    expect(loads).toBe(before);
    const offline = await load(HEAD + row('合肥经济技术开发区'), null);
    expect(offline.ok).toBe(false);
    if (offline.ok) return;
    expect(offline.errors.map((e) => e.code)).toEqual(['national-unavailable']);
  });

  it('finds the city and county of a point anywhere in China from the layer', async () => {
    // Hefei Economic and Technological Development Zone, about 117.21, 31.78 (WGS84), in 蜀山区.
    const result = await load(HEAD + row('合肥经开区', '', '', '', '117.21', '31.78'));
    expect(result.ok ? null : result.errors.map((e) => formatImportError(e, 'en'))).toBeNull();
    if (!result.ok) return;
    expect(result.dataset.places[0]!.prefecture).toBe('340100');
  });
});

describe('the national layer', () => {
  it('cut to one province keeps exactly its counties, their outlines unchanged, and a fraction of the bytes', () => {
    const sichuan = nationalSubset(national, new Set(['510000']));
    const counties = sichuan.objects.counties.geometries;
    expect(counties.length).toBeGreaterThan(150);
    expect(counties.every((g) => String(g.id).startsWith('51'))).toBe(true);
    const full = new Map(national.objects.counties.geometries.map((g) => [g.id, g]));
    for (const g of counties.slice(0, 20))
      expect(geoArea(feature(sichuan, g))).toBeCloseTo(geoArea(feature(national, full.get(g.id)!)), 12);
    expect(sichuan.points.every(([code]) => code.startsWith('51'))).toBe(true);
    expect(JSON.stringify(sichuan).length).toBeLessThan(JSON.stringify(national).length / 10);
  });

  it('draws prefecture borders only where the basemap has none, each once', () => {
    const covered = new Set(['140000', '320000', '370000']);
    const lines = nationalPrefectureBorders(national, covered).coordinates;
    expect(lines.length).toBeGreaterThan(300);
    // No border inside Shandong, Jiangsu or Shanxi (the basemap draws those): 35–38°N, 115–122°E is Shandong's core.
    const inShandong = lines.flat().filter(([x, y]) => x! > 116.5 && x! < 121 && y! > 35.5 && y! < 37.5);
    expect(inShandong).toEqual([]);
    // Every county is in one prefecture-level unit of its own province.
    const all = mesh(national, national.objects.counties);
    expect(all.coordinates.length).toBeGreaterThan(lines.length);
  });
});

describe('the national layer’s codes', () => {
  it('gives each outline the 2023 code of the place it outlines (加格达奇区 is not 漠河市)', () => {
    const ids = national.objects.counties.geometries.map((g) => String(g.id));
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    // 蓬莱区 370614 is two outlines: 蓬莱 and the Changdao islands, merged in 2020.
    expect(twice).toEqual(['370614']);
    expect(ids).toContain('232761');
  });
});

describe('mistakes in place names', () => {
  it('a county one character off is refused with the one it is near', async () => {
    const result = await load(HEAD + row('某保税区', '江苏', '苏州', '张家巷市'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatImportError(result.errors[0]!, 'zh')).toMatch(/找不到区县“张家巷市”.*是指“张家港市”吗？/);
  });

  it('a point gives its city, never a district from the layer’s older outlines (苏州工业园区 is no 姑苏区)', async () => {
    const result = await load(HEAD + row('苏州工业园区', '', '', '', '120.74', '31.32'));
    expect(result.ok ? null : result.errors).toBeNull();
    if (!result.ok) return;
    expect(result.dataset.places[0]!.prefecture).toBe('320500');
    expect(result.dataset.places[0]!.zones[0]!.district).toBeUndefined();
  });
});

describe('a national file at scale', () => {
  it('3,000 zones spread over China each get their city, near borders and coasts too, in well under a second a row', async () => {
    const atlas = JSON.parse(syntheticAtlasJson('data/build/atlas.json', 'data/basemap.topo.json', { zones: 3000 }));
    const result = await load(fileCsv(atlas));
    expect(result.ok ? [] : result.errors.map((e) => formatImportError(e, 'en')).slice(0, 3)).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.places.reduce((n, p) => n + p.zones.length, 0)).toBe(3000);
    // Every point lies in (or within the borders' simplification of) the city it was given.
    const byCode = new Map(regions.prefectures.map((f) => [f.properties.adcode, f]));
    let outside = 0;
    for (const p of result.dataset.places)
      for (const z of p.zones) if (!geoContains(byCode.get(p.prefecture)!, z.location.lngLat)) outside++;
    expect(outside).toBeLessThan(3000 * 0.03);
  }, 60_000);
});
