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

export function matches(z: ZoneView, f: Filters): boolean {
  for (const facet of FACETS) {
    const wanted = f[facet];
    if (!wanted.length) continue;
    const have = facetValues(z, facet);
    const ok =
      facet === 'measure' && f.match === 'all'
        ? wanted.every((v) => have.includes(v))
        : wanted.some((v) => have.includes(v));
    if (!ok) return false;
  }
  if (f.from !== null || f.to !== null) {
    const from = f.from ?? -Infinity;
    const to = f.to ?? Infinity;
    if (!zoneYears(z).some((y) => y >= from && y <= to)) return false;
  }
  return true;
}

/**
 * How many zones each option of a facet would leave, given the other filters, in one pass over the zones: for
 * "match all" measures the option is added to the chosen ones; elsewhere options within a facet are alternatives,
 * so the facet's own choice is replaced. Options no zone has are absent (count 0).
 */
export function facetCounts(zones: readonly ZoneView[], f: Filters, facet: Facet): Map<string, number> {
  const adds = facet === 'measure' && f.match === 'all';
  const base: Filters = adds ? f : { ...f, [facet]: [] };
  const counts = new Map<string, number>();
  for (const z of zones) {
    if (!matches(z, base)) continue;
    for (const v of new Set(facetValues(z, facet))) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
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

/**
 * Whether a zone matches a search text by Chinese name or alias, English name, pinyin (with or without tones) or
 * initials — or by where it is: `placeTerms` are its city, district and province names, folded (see `placeTermsOf`),
 * so "wuxi", "无锡" or "shandong" find every zone there.
 */
export function matchesQuery(
  z: ZoneView,
  query: string,
  entry: SearchEntry | undefined,
  placeTerms: readonly string[] = [],
): boolean {
  const q = fold(query);
  if (!q) return true;
  const names = [z.zone.name.zh, z.zone.short.zh, ...z.zone.aliases, z.zone.name.en, z.zone.short.en].map(fold);
  if (names.some((n) => n.includes(q))) return true;
  // A place name must be typed from its start ("qing" finds Qingdao; "dao" does not find every 岛).
  if (placeTerms.some((t) => t.startsWith(q))) return true;
  if (!entry) return false;
  return entry.pinyin.includes(q) || entry.initials.startsWith(q) || entry.initials.includes(q);
}

/**
 * The folded names of where a zone is, for search: its place's name (zh, en), and the names of its province,
 * prefecture and district by adcode (zh, en — the basemap's English names are pinyin, e.g. "Wuxi"). Chinese names
 * are also given without their suffix (青岛市 → 青岛) so either form matches.
 */
export function placeTermsOf(z: ZoneView, regionNames: ReadonlyMap<string, { zh: string; en: string }>): string[] {
  const codes = [z.place.province, z.zone.prefecture, z.zone.district].filter((c): c is string => !!c);
  const names = [z.place.name.zh, z.place.name.en, ...codes.flatMap((c) => Object.values(regionNames.get(c) ?? {}))];
  return [...new Set(names.map(fold).filter(Boolean))];
}

/** A place the search text names: choosing it filters to its zones (`facet=value`) and frames them. */
export interface PlaceHit {
  facet: 'city' | 'province';
  value: string;
  name: { zh: string; en: string };
  /** Zones there among those given. */
  count: number;
}

/**
 * The cities and provinces whose names start with the search text (folded: "wuxi", "无锡", "Shandong", "青岛市"),
 * among the given zones' places, cities first, each with its number of zones. A city is a dataset place (the `city`
 * facet's values are place ids); its names are the place's and its prefecture's. Empty for an empty query.
 */
export function placeHits(
  query: string,
  zones: readonly ZoneView[],
  regionNames: ReadonlyMap<string, { zh: string; en: string }>,
): PlaceHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits = new Map<string, PlaceHit>();
  const named = (names: string[]) =>
    names.map(fold).some((n) => n && (n.startsWith(q) || n.replace(/[市省区县]$/, '') === q));
  for (const z of zones) {
    const prefecture = regionNames.get(z.zone.prefecture);
    const city = `city:${z.place.id}`;
    if (hits.has(city) || named([z.place.name.zh, z.place.name.en, ...Object.values(prefecture ?? {})]))
      hits.set(city, {
        facet: 'city',
        value: z.place.id,
        name: z.place.name,
        count: (hits.get(city)?.count ?? 0) + 1,
      });
    const province = regionNames.get(z.place.province);
    const key = `province:${z.place.province}`;
    if (province && (hits.has(key) || named([province.zh, province.en])))
      hits.set(key, {
        facet: 'province',
        value: z.place.province,
        name: province,
        count: (hits.get(key)?.count ?? 0) + 1,
      });
  }
  return [...hits.values()].sort((a, b) => (a.facet === b.facet ? 0 : a.facet === 'city' ? -1 : 1));
}
