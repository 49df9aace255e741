// Checks data/basemap.topo.json (layers, codes, division fixes, winding, size) and the helpers in src/lib/map/geo/regions.ts.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { geoArea, geoContains } from 'd3-geo';
import { mesh } from 'topojson-client';
import {
  distanceToBorderKm,
  loadBasemapFeatures,
  regionsAt,
  type BasemapTopology,
  type LngLat,
} from '../../src/lib/map/geo/regions';

const file = fileURLToPath(new URL('../../data/basemap.topo.json', import.meta.url));
const text = readFileSync(file, 'utf8');
const topology = JSON.parse(text) as BasemapTopology;
const layers = loadBasemapFeatures(topology);
const namesEn = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../data/basemap-names-en.json', import.meta.url)), 'utf8'),
) as Record<string, string>;

const byCode = <T extends { properties: { adcode: string } }>(fs: T[], code: string): T | undefined =>
  fs.find((f) => f.properties.adcode === code);

describe('basemap topology', () => {
  it('has the five objects in one topology', () => {
    expect(topology.type).toBe('Topology');
    expect(Object.keys(topology.objects).sort()).toEqual([
      'districts',
      'nanhai',
      'neighbours',
      'prefectures',
      'provinces',
    ]);
    expect(topology.transform).toBeDefined();
  });

  it.each(['provinces', 'prefectures', 'districts', 'neighbours'] as const)(
    'every %s feature is wound for d3-geo (0 < geoArea < 2π)',
    (name) => {
      for (const f of layers[name]) {
        const a = geoArea(f);
        expect(a, `${name} ${f.properties.name}`).toBeGreaterThan(0);
        expect(a, `${name} ${f.properties.name}`).toBeLessThan(2 * Math.PI);
      }
    },
  );

  it('has all 34 provincial-level units with unique 6-digit codes and both names', () => {
    const ps = layers.provinces;
    expect(ps).toHaveLength(34);
    const codes = ps.map((f) => f.properties.adcode);
    expect(new Set(codes).size).toBe(34);
    for (const p of ps) {
      expect(p.properties.adcode).toMatch(/^\d{2}0000$/);
      expect(p.properties.name).toMatch(/^\p{Script=Han}+(省|市|自治区|特别行政区)$/u);
      expect(p.properties.nameEn).toMatch(/^[A-Z][A-Za-z' ]+$/);
      expect(p.properties.nameEn).toBe(namesEn[p.properties.adcode]);
    }
    for (const code of ['710000', '810000', '820000', '460000', '370000', '320000', '140000']) {
      expect(codes).toContain(code);
    }
    expect(byCode(ps, '370000')?.properties).toMatchObject({ name: '山东省', nameEn: 'Shandong' });
    expect(byCode(ps, '710000')?.properties.name).toBe('台湾省');
  });

  it.each([
    ['370000', 16],
    ['320000', 13],
    ['140000', 11],
  ])('province %s has %i prefectures with names', (province, n) => {
    const ps = layers.prefectures.filter((f) => f.properties.province === province);
    expect(ps).toHaveLength(n);
    for (const p of ps) {
      expect(p.properties.adcode).toMatch(new RegExp(`^${province.slice(0, 2)}\\d{2}00$`));
      expect(p.properties.name).toMatch(/^\p{Script=Han}+市$/u);
      expect(p.properties.nameEn).toBe(namesEn[p.properties.adcode]);
    }
  });

  it('has exactly the 40 prefectures', () => {
    expect(layers.prefectures).toHaveLength(40);
    expect(new Set(layers.prefectures.map((f) => f.properties.adcode)).size).toBe(40);
  });

  it.each([
    ['370600', '烟台市', 11],
    ['370300', '淄博市', 8],
    ['370200', '青岛市', 10],
    ['320200', '无锡市', 7],
    ['141000', '临汾市', 17],
  ])('prefecture %s %s has its %i current districts', (prefecture, name, n) => {
    expect(byCode(layers.prefectures, prefecture)?.properties.name).toBe(name);
    const ds = layers.districts.filter((f) => f.properties.prefecture === prefecture);
    expect(ds).toHaveLength(n);
    for (const d of ds) {
      expect(d.properties.adcode.slice(0, 4)).toBe(prefecture.slice(0, 4));
      expect(d.properties.name).toMatch(/^\p{Script=Han}+(区|县|市)$/u);
    }
  });

  it('has only the five cities’ districts', () => {
    expect(layers.districts).toHaveLength(53);
  });

  it.each(['371200', '370282', '370684', '370634', '370284'])('no longer has the outdated division %s', (code) => {
    const all = [...layers.provinces, ...layers.prefectures, ...layers.districts];
    expect(all.find((f) => f.properties.adcode === code)).toBeUndefined();
  });

  it.each([
    ['370614', '蓬莱区', '370600'],
    ['370215', '即墨区', '370200'],
    ['370211', '黄岛区', '370200'],
  ])('has the current district %s %s', (code, name, prefecture) => {
    expect(byCode(layers.districts, code)?.properties).toMatchObject({ name, prefecture });
  });

  it('Penglai district includes the Changdao islands, Jinan includes Laiwu', () => {
    const penglai = byCode(layers.districts, '370614')!;
    expect(geoContains(penglai, [120.74, 37.93])).toBe(true); // Nanchangshan island, Changdao
    const jinan = byCode(layers.prefectures, '370100')!;
    expect(geoContains(jinan, [117.68, 36.21])).toBe(true); // Laiwu
    expect(geoContains(jinan, [117.66, 36.43])).toBe(true); // Laiwu, north part
  });

  it('Tianjin has Jizhou (the source has an empty geometry there)', () => {
    expect(regionsAt(layers, [117.41, 40.05]).province?.properties.adcode).toBe('120000');
  });

  it('Hainan has the South China Sea islands; Taiwan has Diaoyu Dao', () => {
    expect(regionsAt(layers, [112.27, 3.97]).province?.properties.adcode).toBe('460000'); // Zengmu Ansha
    expect(regionsAt(layers, [116.5, 10.1]).province).toBeUndefined(); // open sea
    expect(regionsAt(layers, [123.476, 25.744]).province?.properties.adcode).toBe('710000');
  });

  it('has the ten dashes of the South China Sea line as lines', () => {
    expect(layers.nanhai).toHaveLength(10);
    for (const f of layers.nanhai) expect(f.geometry.type).toBe('LineString');
  });

  it('has neighbouring countries with names only', () => {
    const names = layers.neighbours.map((f) => f.properties.name);
    for (const n of ['蒙古', '俄罗斯', '朝鲜', '韩国', '日本', '越南', '印度', '菲律宾']) expect(names).toContain(n);
    expect(names).not.toContain('中国');
    for (const f of layers.neighbours) expect(Object.keys(f.properties)).toEqual(['name']);
  });

  it('province borders inside the mesh are drawn once (shared arcs)', () => {
    const inner = mesh(topology, topology.objects.provinces, (a, b) => a !== b);
    const count = new Map<string, number>();
    for (const line of inner.coordinates) {
      for (let i = 1; i < line.length; i++) {
        const k = [line[i - 1], line[i]]
          .map((p) => p!.join(','))
          .sort()
          .join('|');
        count.set(k, (count.get(k) ?? 0) + 1);
      }
    }
    expect(Math.max(...count.values())).toBe(1);
  });

  it('is at most 130 KiB gzip', () => {
    expect(gzipSync(text, { level: 9 }).length).toBeLessThanOrEqual(130 * 1024);
  });
});

describe('regionsAt', () => {
  const table: [string, LngLat, string | undefined, string | undefined, string | undefined][] = [
    ['Yantai ETDZ', [121.25, 37.56], '370000', '370600', '370611'],
    ['Qingdao Blue Valley', [120.68, 36.37], '370000', '370200', '370215'],
    ['Qingdao West Coast', [120.18, 35.96], '370000', '370200', '370211'],
    ['Zibo', [118.05, 36.81], '370000', '370300', '370303'],
    ['Linfen', [111.52, 36.08], '140000', '141000', '141002'],
    ['Houma', [111.37, 35.62], '140000', '141000', '141081'],
    ['Hongtong', [111.67, 36.25], '140000', '141000', '141024'],
    ['Wuxi Xishan', [120.36, 31.59], '320000', '320200', '320205'],
    ['Laiwu (now Jinan)', [117.68, 36.21], '370000', '370100', undefined],
    ['Taiyuan', [112.55, 37.87], '140000', '140100', undefined],
    ['Beijing', [116.4, 39.9], '110000', undefined, undefined],
    ['Yellow Sea', [123.0, 35.0], undefined, undefined, undefined],
    ['Mongolia', [105.0, 46.0], undefined, undefined, undefined],
  ];
  it.each(table)('%s %j → %s / %s / %s', (_label, point, province, prefecture, district) => {
    const r = regionsAt(layers, point);
    expect(r.province?.properties.adcode).toBe(province);
    expect(r.prefecture?.properties.adcode).toBe(prefecture);
    expect(r.district?.properties.adcode).toBe(district);
  });

  it('names the district', () => {
    expect(regionsAt(layers, [121.25, 37.56]).district?.properties.name).toBe('福山区');
    expect(regionsAt(layers, [120.68, 36.37]).district?.properties.name).toBe('即墨区');
    expect(regionsAt(layers, [118.05, 36.81]).district?.properties.name).toBe('张店区');
  });
});

describe('distanceToBorderKm', () => {
  const square = {
    type: 'Feature' as const,
    properties: {},
    // d3-geo winding: clockwise exterior
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [120, 30],
          [120, 31],
          [121, 31],
          [121, 30],
          [120, 30],
        ],
      ],
    },
  };

  it.each([
    [[120.5, 30.5] as LngLat, 47.9], // centre: half a degree of longitude at 30.5°N to the W/E edges
    [[120.5, 30.1] as LngLat, 11.1], // 0.1° of latitude north of the southern edge
    [[120, 30.5] as LngLat, 0],
    [[119.5, 30.5] as LngLat, 47.9], // west of it: half a degree of longitude at 30.5°N
  ])('%j → %f km', (point, km) => {
    expect(distanceToBorderKm(square, point)).toBeCloseTo(km, 0);
  });

  it('measures real borders: Qingdao Blue Valley is near the coast, Wuxi Xishan near a district border', () => {
    const jimo = byCode(layers.districts, '370215')!;
    expect(distanceToBorderKm(jimo, [120.68, 36.37])).toBeLessThan(5);
    const xishan = byCode(layers.districts, '320205')!;
    expect(distanceToBorderKm(xishan, [120.36, 31.59])).toBeLessThan(5);
    const shandong = byCode(layers.provinces, '370000')!;
    expect(distanceToBorderKm(shandong, [117.0, 36.65])).toBeGreaterThan(50); // Jinan, inland
  });
});
