// Checks a zones file (read from CSV or JSON) against the built-in taxonomy and the text, code and coordinate rules.
import { geoDistance } from 'd3-geo';
import { cityOfDistrict, LEVELS } from '../../../core/data/rules';
import { EARTH_RADIUS_KM } from '../../../map/geo/regions';
import { NOT_STATED } from '../../../core/data/resolve';
import type { Taxonomy } from '../../../core/data/schema';
import type { Position, Report } from './errors';
import { forbiddenChar, LIMITS, looksLikeHtml, safeHttpUrl } from './text';
import { vocabulary, type VocabularyKind } from './values';
import type { EvidenceEntry, SourceEntry, ZoneEntry } from './zones-file';

export type Path = (string | number)[];

/** Where a zone's or a source's field is in the loaded file; a CSV source is on every row that cites it. */
export interface Locator {
  zone(index: number, path: Path): Position;
  source(index: number, path: Path): Position[];
}

export interface UserFile {
  /** The coordinate system of zones that name none (JSON only). */
  crs?: string;
  sources: SourceEntry[];
  zones: ZoneEntry[];
  /** The zones written with no coordinates at all (no cell, no field): placed by the place they name (places.ts). */
  unpositioned?: ReadonlySet<number>;
}

/** China's bounding box, as the dataset's Location schema has it. */
const CHINA = { lng: [73, 136], lat: [3, 54] } as const;

/** Inside China's bounding box (degrees). */
export const inChina = (lng: number, lat: number) => inRange(lng, CHINA.lng) && inRange(lat, CHINA.lat);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LEVEL_VALUES = new Set<string>(['', ...LEVELS]);
function inRange(v: number, [min, max]: readonly [number, number]): boolean {
  return v >= min && v <= max;
}
/** Names the first use of a duplicated id: its row (CSV) or path (JSON). */
const firstAt = (pos: Position): Record<string, string | number> =>
  pos.row === undefined ? { firstPath: pos.path ?? '' } : { firstRow: pos.row };

/**
 * Adds every problem of the file to the report; the file is usable only if none was added. Zones in `unplaced` already
 * have a place error (places.ts), so their codes are not checked again.
 */
export function checkFile(
  file: UserFile,
  taxonomy: Taxonomy,
  at: Locator,
  report: Report,
  unplaced: ReadonlySet<number> = new Set(),
): void {
  /** `where` is called only when there is something to report. */
  const text = (value: string | null | undefined, max: number, where: () => Position[]) => {
    if (!value) return;
    const char = forbiddenChar(value);
    const html = looksLikeHtml(value);
    if (!char && !html && value.length <= max) return;
    for (const pos of where()) {
      if (char) report.error('control-char', pos, { char }, value);
      else if (value.length > max) report.error('too-long', pos, { max, length: value.length }, value);
      if (html) report.warn('html-text', pos, {}, value);
    }
  };

  const sourceIds = new Map<string, Position>();
  file.sources.forEach((source, k) => {
    const where = (path: Path) => at.source(k, path);
    const first = sourceIds.get(source.id);
    if (!source.id) where(['id']).forEach((pos) => report.error('required', pos));
    else if (first) where(['id']).forEach((pos) => report.error('duplicate-source', pos, firstAt(first), source.id));
    else sourceIds.set(source.id, where(['id'])[0] ?? {});
    if (!source.title && !source.url && !source.description)
      where([]).forEach((pos) => report.error('missing-source', pos));
    text(source.title, LIMITS.title, () => where(['title']));
    text(source.publisher, LIMITS.publisher, () => where(['publisher']));
    text(source.description?.zh, LIMITS.title, () => where(['description', 'zh']));
    text(source.description?.en, LIMITS.title, () => where(['description', 'en']));
    const url = source.url;
    if (url && forbiddenChar(url)) text(url, LIMITS.url, () => where(['url']));
    else if (url && !safeHttpUrl(url)) where(['url']).forEach((pos) => report.error('bad-url', pos, {}, url));
  });

  const evidence = (list: EvidenceEntry[], where: (path: Path) => Position) => {
    if (list.length === 0) report.error('required', where([]));
    list.forEach((e, j) => {
      if (!sourceIds.has(e.source)) report.error('unknown-source', where([j, 'source']), {}, e.source);
      if (!e.quote) report.error('required', where([j, 'quote']));
      else if (e.quote.length < LIMITS.quoteMin && !forbiddenChar(e.quote))
        report.error('too-short', where([j, 'quote']), { min: LIMITS.quoteMin }, e.quote);
      else text(e.quote, LIMITS.quoteMax, () => [where([j, 'quote'])]);
    });
  };

  const v = vocabulary(taxonomy);
  const models = new Set(taxonomy.models.map((m) => m.id).filter((id) => id !== NOT_STATED));
  const measures = new Set(taxonomy.measures.map((m) => m.id));
  const sectors = new Set(taxonomy.sectors.map((s) => s.id));
  /** The valid labels, in both languages; the message shows the reader's. */
  const known = (kind: VocabularyKind, value = '') => {
    const near = v[kind].suggest(value);
    return {
      knownZh: v[kind].labels.zh,
      knownEn: v[kind].labels.en,
      ...(near ? { suggestZh: near.zh, suggestEn: near.en } : {}),
    };
  };
  const zoneIds = new Map<string, number>();

  file.zones.forEach((zone, i) => {
    const where = (path: Path) => at.zone(i, path);

    const first = zoneIds.get(zone.id);
    if (!zone.id) report.error('required', where(['id']));
    else if (zone.id.length > LIMITS.id) text(zone.id, LIMITS.id, () => [where(['id'])]);
    else if (!SLUG.test(zone.id)) report.error('bad-id', where(['id']), {}, zone.id);
    else if (first !== undefined) report.error('duplicate-id', where(['id']), firstAt(at.zone(first, ['id'])), zone.id);
    else zoneIds.set(zone.id, i);

    if (!zone.name.zh && !zone.name.en) report.error('required', where(['name', 'zh']));
    for (const lang of ['zh', 'en'] as const) {
      text(zone.name[lang], LIMITS.name, () => [where(['name', lang])]);
      text(zone.short?.[lang], LIMITS.short, () => [where(['short', lang])]);
      text(zone.cityName?.[lang], LIMITS.cityName, () => [where(['cityName', lang])]);
    }
    zone.aliases.forEach((alias, j) => text(alias, LIMITS.alias, () => [where(['aliases', j])]));

    const { lng, lat } = zone;
    // No coordinates and never placed by name (no gazetteer): nothing can put the zone on the map.
    if (file.unpositioned?.has(i) && !Number.isFinite(lng) && !unplaced.has(i))
      report.error('no-position', where(['lng']));
    else if (!inRange(lng, CHINA.lng) && !inRange(lat, CHINA.lat) && inRange(lat, CHINA.lng) && inRange(lng, CHINA.lat))
      report.error('swapped-coordinates', where(['lng']), { lng, lat });
    else
      for (const axis of ['lng', 'lat'] as const) {
        const [min, max] = CHINA[axis];
        if (Number.isFinite(zone[axis]) && !inRange(zone[axis], CHINA[axis]))
          report.error('out-of-china', where([axis]), { min, max }, String(zone[axis]));
      }
    if (zone.precisionKm !== undefined && zone.precisionKm <= 0)
      report.error('bad-precision', where(['precisionKm']), {}, String(zone.precisionKm));

    if (!unplaced.has(i)) checkCodes(zone, where, report);

    if (!LEVEL_VALUES.has(zone.level))
      report.error('bad-level', where(['level']), known('level', zone.level), zone.level);

    evidence(zone.evidence, (path) => where(['evidence', ...path]));
    const claimWords = (path: Path, f: { status?: string; scope?: string; strength?: string }) => {
      if (f.status && !v.status.id(f.status))
        report.error('bad-status', where([...path, 'status']), known('status', f.status), f.status);
      if (f.scope && !v.scope.id(f.scope))
        report.error('bad-scope', where([...path, 'scope']), known('scope', f.scope), f.scope);
      if (f.strength && f.strength !== 'explicit' && f.strength !== 'implied')
        report.error('bad-strength', where([...path, 'strength']), {}, f.strength);
    };
    claimWords([], zone);
    if (zone.parent) {
      const p = file.zones.find((other) => other.id === zone.parent && other !== zone);
      if (!p || p.city !== zone.city) report.error('unknown-parent', where(['parent']), {}, zone.parent);
    }
    if (zone.model) claimWords(['model'], zone.model);
    zone.measures.forEach((m, j) => claimWords(['measures', j], m));
    const model = zone.model;
    if (model?.id && model.id !== NOT_STATED) {
      if (!models.has(model.id))
        report.error('unknown-model', where(['model', 'id']), known('model', model.id), model.id);
      if (model.evidence) evidence(model.evidence, (path) => where(['model', 'evidence', ...path]));
    }
    zone.measures.forEach((m, j) => {
      if (!measures.has(m.id))
        report.error('unknown-measure', where(['measures', j, 'id']), known('measure', m.id), m.id);
      if (m.evidence) evidence(m.evidence, (path) => where(['measures', j, 'evidence', ...path]));
    });
    zone.industries.forEach((ind, j) => {
      if (!sectors.has(ind.sector))
        report.error('unknown-sector', where(['industries', j, 'sector']), known('sector', ind.sector), ind.sector);
      for (const lang of ['zh', 'en'] as const)
        text(ind.label?.[lang], LIMITS.label, () => [where(['industries', j, 'label', lang])]);
      if (ind.evidence) evidence(ind.evidence, (path) => where(['industries', j, 'evidence', ...path]));
    });
  });
  duplicates(file, at, report);
}

/** Adcodes: a province XX0000, a city in it, a district in the city (GB/T 2260's hierarchy; municipalities: rules.ts). */
/** Generic endings of a zone's name, left out when two names are compared (昆山经济技术开发区 ~ 昆山开发区). */
const GENERIC =
  /(经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|开发区|工业园区|产业园区|园区|新区|管委会|economic and technological development zone|development zone|industrial park|high-tech zone|zone|park|\s)+$/giu;
/** How close two points are to count as the same place, km (a zone's point is rarely given finer). */
const SAME_POINT_KM = 0.3;

/** A name as two rows are compared: lower case, no spaces or generic ending. */
const nameKey = (name: string | undefined) =>
  (name ?? '').toLowerCase().replace(/\s+/g, ' ').trim().replace(GENERIC, '').trim();

/**
 * The same zone twice (issue 35), as warnings that name both rows: the same name (in either language), or points within
 * SAME_POINT_KM whose names are alike: the same less their generic endings, or one (three characters or more) within
 * the other — a city's name alone (青岛) is not enough to call two zones alike.
 */
function duplicates(file: UserFile, at: Locator, report: Report): void {
  const byName = new Map<string, number>();
  // Points in a grid of SAME_POINT_KM cells, so each zone is compared with its neighbours only (3,000 zones: 9 cells
  // each, not 4.5 million pairs). A cell is SAME_POINT_KM of latitude high, and wide enough in longitude up to 60°N.
  const cellLat = SAME_POINT_KM / 110.57;
  const cellLng = cellLat / Math.cos((60 * Math.PI) / 180);
  const grid = new Map<string, number[]>();
  const cellOf = (z: { lng: number; lat: number }) => [Math.floor(z.lng / cellLng), Math.floor(z.lat / cellLat)];
  const near = (z: { lng: number; lat: number }): number[] => {
    if (!Number.isFinite(z.lng) || !Number.isFinite(z.lat)) return [];
    const [x, y] = cellOf(z);
    const out: number[] = [];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++) out.push(...(grid.get(`${x! + dx},${y! + dy}`) ?? []));
    return out.sort((a, b) => a - b);
  };
  const place = (z: { lng: number; lat: number }, i: number) => {
    if (!Number.isFinite(z.lng) || !Number.isFinite(z.lat)) return;
    const key = cellOf(z).join(',');
    grid.set(key, [...(grid.get(key) ?? []), i]);
  };
  file.zones.forEach((zone, i) => {
    // Every zone goes in the grid, whatever it is found to repeat (as the loop over all earlier rows compared it).
    const candidates = near(zone);
    place(zone, i);
    for (const lang of ['zh', 'en'] as const) {
      const name = zone.name[lang];
      if (!name) continue;
      const key = `${lang}:${name.replace(/\s+/g, ' ').trim().toLowerCase()}`;
      const first = byName.get(key);
      if (first === undefined) byName.set(key, i);
      else {
        report.warn('duplicate-zone', at.zone(i, ['name', lang]), firstAt(at.zone(first, ['name', lang])), name);
        return;
      }
    }
    for (const j of candidates) {
      const other = file.zones[j]!;
      if (km(zone, other) > SAME_POINT_KM) continue;
      const a = nameKey(zone.name.zh || zone.name.en);
      const b = nameKey(other.name.zh || other.name.en);
      if (a && b && (a === b || (Math.min(a.length, b.length) >= 3 && (a.includes(b) || b.includes(a))))) {
        report.warn('duplicate-point', at.zone(i, ['lng']), firstAt(at.zone(j, ['lng'])), zone.name.zh || zone.name.en);
        return;
      }
    }
  });
}

/** Great-circle distance between two zones' points, km. */
function km(a: { lng: number; lat: number }, b: { lng: number; lat: number }): number {
  return geoDistance([a.lng, a.lat], [b.lng, b.lat]) * EARTH_RADIUS_KM;
}

function checkCodes(zone: ZoneEntry, where: (path: Path) => Position, report: Report): void {
  const { province, city, district } = zone;
  const provinceOk = /^\d{2}0000$/.test(province);
  const cityOk = /^\d{6}$/.test(city) && !city.endsWith('0000');
  if (!province) report.error('required', where(['province']));
  else if (!provinceOk) report.error('bad-adcode', where(['province']), {}, province);
  if (!city) report.error('required', where(['city']));
  else if (!cityOk) report.error('bad-adcode', where(['city']), {}, city);
  else if (provinceOk && city.slice(0, 2) !== province.slice(0, 2))
    report.error('city-not-in-province', where(['city']), { province }, city);
  if (district && (!/^\d{6}$/.test(district) || district.endsWith('00')))
    report.error('bad-adcode', where(['district']), {}, district);
  else if (district && cityOk && cityOfDistrict(district) !== city)
    report.error('district-not-in-city', where(['district']), { city }, district);
}
