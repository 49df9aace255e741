// Filtering and search over zones (pure): facet predicates, per-option counts, and name/pinyin matching.
import type { ZoneView } from '../data/atlas';

export type Match = 'any' | 'all';
export type Facet = 'model' | 'measure' | 'industry' | 'province' | 'city' | 'level';
export const FACETS: readonly Facet[] = ['model', 'measure', 'industry', 'province', 'city', 'level'];

export interface Filters {
  model: string[];
  measure: string[];
  match: Match;
  industry: string[];
  province: string[];
  city: string[];
  level: string[];
  from: number | null;
  to: number | null;
}

export const EMPTY_FILTERS: Filters = {
  model: [],
  measure: [],
  match: 'any',
  industry: [],
  province: [],
  city: [],
  level: [],
  from: null,
  to: null,
};

/** The values a zone has for a facet. */
export function facetValues(z: ZoneView, facet: Facet): string[] {
  switch (facet) {
    case 'model':
      return [z.model.id];
    case 'measure':
      return z.measures.map((m) => m.id);
    case 'industry':
      return [...new Set(z.zone.industries.map((i) => i.sector))];
    case 'province':
      return [z.place.province];
    case 'city':
      return [z.place.id];
    case 'level':
      return [z.zone.level.value];
  }
}

/** Years of the zone's own events and its place's events. */
export function zoneYears(z: ZoneView): number[] {
  return [...z.place.events, ...z.zone.events].map((e) => Number(e.date.value.slice(0, 4)));
}

export function isEmpty(f: Filters): boolean {
  return FACETS.every((k) => f[k].length === 0) && f.from === null && f.to === null;
}

/** A zone's values per facet as sets, and its years: computed once per zone (the facet index both filters read). */
interface ZoneFacets {
  sets: Record<Facet, ReadonlySet<string>>;
  years: readonly number[];
}
const facetIndex = new WeakMap<ZoneView, ZoneFacets>();

function indexed(z: ZoneView): ZoneFacets {
  let entry = facetIndex.get(z);
  if (!entry) {
    const sets = {} as Record<Facet, ReadonlySet<string>>;
    for (const facet of FACETS) sets[facet] = new Set(facetValues(z, facet));
    entry = { sets, years: zoneYears(z) };
    facetIndex.set(z, entry);
  }
  return entry;
}

/** Whether the zone passes one facet's choice (none chosen: yes). */
function passesFacet(entry: ZoneFacets, f: Filters, facet: Facet): boolean {
  const wanted = f[facet];
  if (!wanted.length) return true;
  const have = entry.sets[facet];
  return facet === 'measure' && f.match === 'all' ? wanted.every((v) => have.has(v)) : wanted.some((v) => have.has(v));
}

function passesYears(entry: ZoneFacets, f: Filters): boolean {
  if (f.from === null && f.to === null) return true;
  const from = f.from ?? -Infinity;
  const to = f.to ?? Infinity;
  return entry.years.some((y) => y >= from && y <= to);
}

export function matches(z: ZoneView, f: Filters): boolean {
  const entry = indexed(z);
  return FACETS.every((facet) => passesFacet(entry, f, facet)) && passesYears(entry, f);
}

type FacetCounts = Record<Facet, ReadonlyMap<string, number>>;
let lastCounts: { zones: readonly ZoneView[]; key: string; counts: FacetCounts } | null = null;

/**
 * How many zones each option of every facet would leave, given the other filters, in one pass over the zones (issue
 * 20: the drawer's six groups and the legend read one result). A zone that passes every facet counts for every
 * facet's options; one that fails a single facet counts only for that facet's options (choosing one of them would
 * admit it), except "match all" measures, where an option is added to the chosen ones. Options no zone has are
 * absent. Memoised for the last (zones, filters) asked.
 */
export function allFacetCounts(zones: readonly ZoneView[], f: Filters): FacetCounts {
  const key = JSON.stringify(f);
  if (lastCounts?.zones === zones && lastCounts.key === key) return lastCounts.counts;
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<
    Facet,
    Map<string, number>
  >;
  const add = (facet: Facet, values: ReadonlySet<string>) => {
    const c = counts[facet];
    for (const v of values) c.set(v, (c.get(v) ?? 0) + 1);
  };
  for (const z of zones) {
    const entry = indexed(z);
    if (!passesYears(entry, f)) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (const facet of FACETS)
      if (!passesFacet(entry, f, facet)) {
        failed = facet;
        if (++failures > 1) break;
      }
    if (failures === 0) for (const facet of FACETS) add(facet, entry.sets[facet]);
    else if (failures === 1 && failed && !(failed === 'measure' && f.match === 'all')) add(failed, entry.sets[failed]);
  }
  lastCounts = { zones, key, counts };
  return counts;
}

/** How many zones each option of `facet` would leave, given the other filters (see allFacetCounts). */
export function facetCounts(zones: readonly ZoneView[], f: Filters, facet: Facet): ReadonlyMap<string, number> {
  return allFacetCounts(zones, f)[facet];
}

/** Lower-case, without tone marks, spaces or separators: "Qīngdǎo Lán Gǔ" → "qingdaolangu". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\-–—·'’()（）]/g, '');
}

export interface SearchEntry {
  /** Toneless pinyin of the Chinese names, folded. */
  pinyin: string;
  /** First letters of each syllable, e.g. "qdlg". */
  initials: string;
}

/** A place the search text names: choosing it filters to its zones (`facet=value`) and frames them. */
export interface PlaceHit {
  facet: 'city' | 'province';
  value: string;
  name: { zh: string; en: string };
  /** Zones there among those given. */
  count: number;
}

type RegionNames = ReadonlyMap<string, { zh: string; en: string }>;

/** Separates the folded terms of one zone: `fold` removes whitespace, so no query can span two terms. */
const SEP = '\n';

/**
 * Search over one dataset's zones, built once per dataset (issue 35: a keystroke over 3,000 zones within a frame).
 * Each zone's folded names, aliases, pinyin and initials become one string, and the names of where it is another, so a
 * keystroke folds the query once and asks two `includes` per zone; place names are folded once per place.
 */
export class SearchIndex {
  /** Per zone: SEP + every name, alias (both languages), pinyin and initials, folded, each followed by SEP. */
  readonly #text = new Map<ZoneView, string>();
  /** Per zone: SEP + the folded names of its place, province, prefecture and district (placeTermsOf), each + SEP. */
  readonly #where = new Map<ZoneView, string>();
  /** Per city (place id) and province (adcode): whether a query names it; reset for each new query. */
  readonly #named = new Map<string, boolean>();
  #namedFor = '';
  readonly #regionNames: RegionNames;

  /**
   * @param zones the dataset's zones
   * @param search each zone's pinyin and initials by zone id (`Atlas.search`)
   * @param regionNames province, prefecture and district names by adcode (zh, en)
   */
  constructor(zones: readonly ZoneView[], search: ReadonlyMap<string, SearchEntry>, regionNames: RegionNames) {
    this.#regionNames = regionNames;
    for (const z of zones) {
      const entry = search.get(z.zone.id);
      const names = [z.zone.name.zh, z.zone.short.zh, ...z.zone.aliases, z.zone.name.en, z.zone.short.en].map(fold);
      if (entry) names.push(entry.pinyin, entry.initials);
      this.#text.set(z, SEP + names.join(SEP) + SEP);
      this.#where.set(z, SEP + placeTermsOf(z, regionNames).join(SEP) + SEP);
    }
  }

  /**
   * Whether a zone matches a search text by Chinese name or alias, English name, pinyin (with or without tones) or
   * initials — or by where it is: its city, district or province name typed from its start, so "wuxi", "无锡" or
   * "shandong" find every zone there ("dao" does not find every 岛). An empty query matches every zone. A zone the
   * index was not built with matches nothing but the empty query.
   */
  matches(z: ZoneView, query: string): boolean {
    return this.matchesFolded(z, fold(query));
  }

  /** `matches` for a query already folded (`fold`): the form a scan over thousands of zones uses. */
  matchesFolded(z: ZoneView, q: string): boolean {
    if (!q) return true;
    return !!this.#text.get(z)?.includes(q) || !!this.#where.get(z)?.includes(SEP + q);
  }

  /**
   * The cities and provinces whose names start with the search text (folded: "wuxi", "无锡", "Shandong", "青岛市"),
   * among the given zones' places, cities first, each with its number of those zones. A city is a dataset place (the
   * `city` facet's values are place ids); its names are the place's and its prefecture's. Empty for an empty query.
   */
  placeHits(query: string, zones: readonly ZoneView[]): PlaceHit[] {
    const q = fold(query);
    if (!q) return [];
    if (q !== this.#namedFor) {
      this.#named.clear();
      this.#namedFor = q;
    }
    const named = (key: string, names: () => string[]) => {
      let hit = this.#named.get(key);
      if (hit === undefined) {
        hit = names()
          .map(fold)
          .some((n) => n && (n.startsWith(q) || n.replace(/[市省区县]$/, '') === q));
        this.#named.set(key, hit);
      }
      return hit;
    };
    const hits = new Map<string, PlaceHit>();
    const count = (key: string, hit: Omit<PlaceHit, 'count'>) => {
      const seen = hits.get(key);
      if (seen) seen.count += 1;
      else hits.set(key, { ...hit, count: 1 });
    };
    for (const z of zones) {
      const city = `city:${z.place.id}`;
      if (
        named(city, () => [
          z.place.name.zh,
          z.place.name.en,
          ...Object.values(this.#regionNames.get(z.zone.prefecture) ?? {}),
        ])
      )
        count(city, { facet: 'city', value: z.place.id, name: z.place.name });
      const province = this.#regionNames.get(z.place.province);
      const key = `province:${z.place.province}`;
      if (province && named(key, () => [province.zh, province.en]))
        count(key, { facet: 'province', value: z.place.province, name: province });
    }
    return [...hits.values()].sort((a, b) => (a.facet === b.facet ? 0 : a.facet === 'city' ? -1 : 1));
  }
}

/**
 * The folded names of where a zone is, for search: its place's name (zh, en), and the names of its province,
 * prefecture and district by adcode (zh, en — the basemap's English names are pinyin, e.g. "Wuxi"). Chinese names
 * are also given without their suffix (青岛市 → 青岛) so either form matches.
 */
export function placeTermsOf(z: ZoneView, regionNames: RegionNames): string[] {
  const codes = [z.place.province, z.zone.prefecture, z.zone.district].filter((c): c is string => !!c);
  const names = [z.place.name.zh, z.place.name.en, ...codes.flatMap((c) => Object.values(regionNames.get(c) ?? {}))];
  return [...new Set(names.map(fold).filter(Boolean))];
}
