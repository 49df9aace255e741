// Deterministic synthetic atlas of 2,543 zones (the size of China's 2018 catalogue of development zones) for the benchmark.
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import { geoBounds, geoContains } from 'd3-geo';
import { pinyin } from 'pinyin-pro';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { AtlasFile, Dataset, type Evidence } from '../src/lib/core/data/schema.ts';
import type * as z from 'zod/mini';

/** A place and a zone as written, before the schema fills its defaults (status, scope, …). */
type Place = z.input<typeof Dataset>['places'][number];
type Zone = Place['zones'][number];
import { atlasFile } from '../scripts/lib/search-index.ts';

/** Zones in the 2018 catalogue 中国开发区审核公告目录 (552 national, 1,991 provincial). */
export const CATALOGUE_ZONES = 2543;
const NATIONAL_SHARE = 552 / 2543;

/**
 * Approximate zones per provincial unit in the 2018 catalogue (rounded; normalised to 2,543 below). Only the spread
 * matters here: dense in the east, sparse in the west. Taiwan, Hong Kong and Macao are not in the catalogue.
 */
// prettier-ignore
const PROVINCE_WEIGHTS: Record<string, number> = {
  '110000': 19, '120000': 27, '130000': 155, '140000': 46, '150000': 71, '210000': 87, '220000': 58,
  '230000': 82, '310000': 47, '320000': 161, '330000': 128, '340000': 117, '350000': 98, '360000': 104,
  '370000': 173, '410000': 157, '420000': 105, '430000': 138, '440000': 130, '450000': 69, '460000': 9,
  '500000': 48, '510000': 124, '520000': 64, '530000': 75, '540000': 9, '610000': 54, '620000': 71,
  '630000': 14, '640000': 16, '650000': 96,
};

/** Syllables for made-up place names; their pinyin comes from pinyin-pro like the real search index. */
const NAME_CHARS = [
  ...'东南西北新安平阳山河湖江海宁丰华昌兴盛永泰和清源台临滨金龙凤云石林桥港川洲沙远嘉文武德明光长广荣福寿乐康',
];
const ZONE_KINDS = [
  { zh: '经济技术开发区', short: '经开区', en: 'Economic and Technological Development Zone', enShort: 'ETDZ' },
  { zh: '高新技术产业开发区', short: '高新区', en: 'High-tech Industrial Development Zone', enShort: 'HIDZ' },
  { zh: '经济开发区', short: '开发区', en: 'Economic Development Zone', enShort: 'EDZ' },
  { zh: '工业园区', short: '工业园', en: 'Industrial Park', enShort: 'Ind. Park' },
  { zh: '综合保税区', short: '综保区', en: 'Comprehensive Bonded Zone', enShort: 'CBZ' },
  { zh: '化工产业园区', short: '化工园', en: 'Chemical Industry Park', enShort: 'Chem. Park' },
] as const;

type ProvinceFeature = Feature<Polygon | MultiPolygon, { adcode: string; name: string; nameEn: string }>;
type PrefectureFeature = Feature<
  Polygon | MultiPolygon,
  { adcode: string; name: string; nameEn: string; province: string }
>;

/** mulberry32: a small seeded PRNG, so every run builds the same dataset. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  sample<T>(list: readonly T[], k: number): T[] {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, k);
  }
}

/** Splits `total` over the weights by largest remainder, so the counts sum exactly. */
function apportion(weights: Record<string, number>, total: number): Map<string, number> {
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  const raw = Object.entries(weights).map(([k, w]) => ({ k, exact: (w * total) / sum }));
  const out = new Map(raw.map(({ k, exact }) => [k, Math.floor(exact)]));
  let left = total - [...out.values()].reduce((a, b) => a + b, 0);
  for (const { k } of [...raw].sort((a, b) => (b.exact % 1) - (a.exact % 1) || a.k.localeCompare(b.k))) {
    if (left-- <= 0) break;
    out.set(k, out.get(k)! + 1);
  }
  return out;
}

/** The largest polygon of a feature: points are drawn there, so islands far out at sea do not dominate. */
function mainPolygon(f: ProvinceFeature): Feature<Polygon> {
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let best = polys[0]!;
  let bestSize = -1;
  for (const p of polys) {
    const [[x0, y0], [x1, y1]] = geoBounds({ type: 'Polygon', coordinates: p });
    const size = (x1 - x0) * (y1 - y0);
    if (size > bestSize) [best, bestSize] = [p, size];
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: best } };
}

/** A uniformly random point (in degrees) inside a polygon, by rejection sampling in its bounding box. */
function pointIn(poly: Feature<Polygon>, rng: Rng): [number, number] {
  const [[x0, y0], [x1, y1]] = geoBounds(poly);
  for (let i = 0; i < 100_000; i++) {
    const p: [number, number] = [x0 + rng.next() * (x1 - x0), y0 + rng.next() * (y1 - y0)];
    if (geoContains(poly, p)) return [Math.round(p[0] * 1e4) / 1e4, Math.round(p[1] * 1e4) / 1e4];
  }
  throw new Error('could not place a point inside a province');
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const romanise = (zh: string) => cap(pinyin(zh, { toneType: 'none', type: 'array' }).join(''));

export interface SyntheticOptions {
  zones?: number;
  seed?: number;
}

/**
 * Builds an AtlasFile with `zones` zones (default 2,543) from the real taxonomy and sources: points inside the
 * basemap's provinces (real prefectures where the basemap has them, made-up ones elsewhere), one place per
 * prefecture, models, measures and industries drawn from the taxonomy, evidence quoted from the real articles.
 */
export function syntheticAtlas(real: AtlasFile, topology: Topology, options: SyntheticOptions = {}): AtlasFile {
  const total = options.zones ?? CATALOGUE_ZONES;
  const rng = new Rng(prng(options.seed ?? 2018));
  const tx = real.dataset.taxonomy;
  const evidencePool: Evidence[] = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.source === 'string' && typeof o.quote === 'string')
        evidencePool.push({ source: o.source, quote: o.quote });
      else Object.values(o).forEach(collect);
    }
  };
  collect(real.dataset.places);
  const evidence = (n = 1): Evidence[] => rng.sample(evidencePool, n);

  const objects = topology.objects as Record<string, GeometryCollection>;
  const provinces = feature(topology, objects.provinces!).features as unknown as ProvinceFeature[];
  const prefectures = feature(topology, objects.prefectures!).features as unknown as PrefectureFeature[];
  const counts = apportion(PROVINCE_WEIGHTS, total);
  const models = tx.models.map((m) => m.id).filter((id) => id !== 'not-stated');
  const measures = tx.measures.map((m) => m.id);

  interface Draft {
    lngLat: [number, number];
    prefecture: string;
  }
  const byPrefecture = new Map<string, { province: string; name: { zh: string; en: string }; zones: Draft[] }>();
  for (const province of provinces) {
    const code = province.properties.adcode;
    const n = counts.get(code) ?? 0;
    if (!n) continue;
    const poly = mainPolygon(province);
    const points = Array.from({ length: n }, () => pointIn(poly, rng));
    const real = prefectures.filter((p) => p.properties.province === code);
    // Made-up prefectures: about 8 zones each, a point's prefecture is the nearest seed.
    const seeds = real.length ? [] : points.slice(0, Math.max(1, Math.round(n / 8)));
    const seedNames = seeds.map(() => rng.sample(NAME_CHARS, 2).join(''));
    for (const p of points) {
      let adcode: string;
      let name: { zh: string; en: string };
      if (real.length) {
        const found = real.find((f) => geoContains(f, p)) ?? real[0]!;
        adcode = found.properties.adcode;
        name = { zh: found.properties.name.replace(/市$/u, ''), en: found.properties.nameEn };
      } else {
        let best = 0;
        seeds.forEach((s, i) => {
          const d = (s[0] - p[0]) ** 2 + (s[1] - p[1]) ** 2;
          const b = seeds[best]!;
          if (d < (b[0] - p[0]) ** 2 + (b[1] - p[1]) ** 2) best = i;
        });
        adcode = `${code.slice(0, 2)}${String(best + 1).padStart(2, '0')}00`;
        name = { zh: seedNames[best]!, en: romanise(seedNames[best]!) };
      }
      const entry = byPrefecture.get(adcode) ?? { province: code, name, zones: [] };
      entry.zones.push({ lngLat: p, prefecture: adcode });
      byPrefecture.set(adcode, entry);
    }
  }

  const sources = real.dataset.sources;
  const measureRefs = (k: number) => rng.sample(measures, k).map((id) => ({ id, evidence: evidence(1 + rng.int(2)) }));
  let zoneNo = 0;
  const places: Place[] = [...byPrefecture.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([adcode, group], pi) => {
      const id = `p${adcode}`;
      const cityWide = rng.chance(0.3);
      const year = 2016 + rng.int(6);
      const month = String(1 + rng.int(12)).padStart(2, '0');
      const zones: Zone[] = group.zones.map((d, zi) => {
        zoneNo += 1;
        const kind = rng.pick(ZONE_KINDS);
        const stem = rng.sample(NAME_CHARS, 2).join('');
        const zid = `z${String(zoneNo).padStart(4, '0')}`;
        const parent = zi > 0 && rng.chance(0.05) ? `z${String(zoneNo - zi).padStart(4, '0')}` : undefined;
        const sectors = rng.sample(tx.sectors, 1 + rng.int(3));
        return {
          id: zid,
          name: { zh: `${group.name.zh}${stem}${kind.zh}`, en: `${group.name.en} ${romanise(stem)} ${kind.en}` },
          short: { zh: `${stem}${kind.short}`, en: `${romanise(stem)} ${kind.enShort}` },
          aliases: [],
          ...(parent ? { parent } : {}),
          nameEvidence: evidence(),
          prefecture: d.prefecture,
          level: {
            value: rng.chance(NATIONAL_SHARE) ? 'national' : 'provincial',
            from: 'author',
            sourceNote: 'Synthetic benchmark zone: level drawn at random in the 2018 catalogue proportions.',
          },
          location: {
            lngLat: d.lngLat,
            precisionKm: 5,
            sourceNote: 'Synthetic benchmark zone: a seeded random point inside its province.',
          },
          ...(!cityWide && rng.chance(0.8) ? { model: { id: rng.pick(models), evidence: evidence() } } : {}),
          measures: cityWide ? measureRefs(rng.int(2)) : measureRefs(rng.int(7)),
          industries: sectors.map((s) => ({ sector: s.id, label: s.label, evidence: evidence() })),
          figures: rng.chance(0.2)
            ? [
                {
                  id: `${zid}-area`,
                  value: 5 + rng.int(300),
                  qualifier: 'about',
                  unit: { zh: '平方公里', en: 'km²' },
                  label: { zh: '规划面积', en: 'Planned area' },
                  evidence: evidence(),
                },
              ]
            : [],
          events: rng.chance(0.4)
            ? [
                {
                  id: `${zid}-reform`,
                  kind: 'reform',
                  date: { value: String(2014 + rng.int(8)), precision: 'year' },
                  label: { zh: '体制机制改革', en: 'Institutional reform' },
                  evidence: evidence(),
                },
              ]
            : [],
        };
      });
      return {
        id,
        source: sources[pi % sources.length]!.id,
        name: group.name,
        province: group.province,
        prefecture: adcode,
        scope: cityWide ? 'city-wide' : 'zone',
        title: { zh: `${group.name.zh}开发区体制改革`, en: `${group.name.en} reforms its development zones` },
        summary: {
          zh: `${group.name.zh}的开发区体制机制改革（基准测试用的合成数据）。`,
          en: `How ${group.name.en} reformed its development zones (synthetic benchmark data).`,
        },
        people: [],
        zonePassages: [],
        ...(cityWide ? { model: { id: rng.pick(models), evidence: evidence() } } : {}),
        measures: cityWide ? measureRefs(2 + rng.int(6)) : [],
        figures: [],
        events: [
          {
            id: `${id}-meeting`,
            kind: 'meeting',
            date: { value: `${year}-${month}`, precision: 'month' },
            label: { zh: '改革动员会', en: 'Reform launch meeting' },
            evidence: evidence(),
          },
        ],
        zones,
      };
    });

  const dataset = Dataset.parse({ taxonomy: tx, sources, places });
  const file = atlasFile(dataset);
  const parsed = AtlasFile.safeParse(file);
  if (!parsed.success)
    throw new Error(
      `synthetic atlas is invalid: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  // As the schema parses it, defaults filled in: the app validates only at build time (scripts/build-data.ts), so the
  // file it loads must be the parsed one.
  return parsed.data;
}

/** Reads the real atlas and the basemap from disk and returns the synthetic atlas as JSON text. */
export function syntheticAtlasJson(atlasPath: string, basemapPath: string, options?: SyntheticOptions): string {
  const real = AtlasFile.parse(JSON.parse(readFileSync(atlasPath, 'utf8')));
  const topology = JSON.parse(readFileSync(basemapPath, 'utf8')) as Topology;
  return JSON.stringify(syntheticAtlas(real, topology, options));
}
