// Places without codes: a zone's province, city and district given as adcodes or names (青岛, 青岛市, Qingdao), or left
// out and found from its coordinates in the basemap; a name that disagrees with the coordinates is an error naming both.
import { cityOfDistrict, MUNICIPALITIES } from '../../../core/data/rules';
import type { Bilingual } from '../../../core/data/schema';
import type { NationalTopology } from '../../../core/data/national';
import { basemapCoverage, nationalRegions, type DivisionPoint } from '../../../map/geo/national';
import {
  distanceToBorderKm,
  regionAt,
  regionsAt,
  type BasemapFeatures,
  type RegionFeature,
} from '../../../map/geo/regions';
import type { Topology } from 'topojson-specification';
import { inChina, type Locator, type UserFile } from './check';
import type { Report } from './errors';
import { valueKey } from './values';

/** data/divisions.json (scripts/build-divisions.mjs): the statistics bureau's 2023 division codes with short and English names. */
export interface DivisionsFile {
  source: string;
  provinces: [adcode: string, name: string, short: string, en: string][];
  cities: [adcode: string, name: string, short: string, en: string][];
  districts: [adcode: string, name: string][];
}

/** One division: its adcode, full Chinese name (青岛市), the short name the atlas shows (青岛) and an English name. */
export interface Division {
  adcode: string;
  name: string;
  short: string;
  en: string;
}

/**
 * How far (km) a point may lie outside the region its file names before that is a disagreement: the basemap's borders are
 * simplified (0.4 km in the detailed provinces, 5 km elsewhere: scripts/build-basemap.mjs), and a zone's own position
 * is approximate by its precision.
 */
const TOLERANCE_KM = { province: 6, city: 2, district: 2 } as const;

/**
 * How far (km) a point on no land may lie from the city it names before that is an error: a coastal zone's point a
 * few km offshore is an imprecise point (said as at sea, a warning), one tens of km out is the wrong place.
 */
const FAR_KM = 30;

/**
 * How far (km) a point inside a province may lie from the national layer's nearest city of it and still be that city's:
 * the basemap's coarse province outlines lie up to 12.4 km from the true borders (docs/basemap.md), the layer's about
 * 3 km.
 */
const NATIONAL_GAP_KM = 15;

type Kind = 'province' | 'city' | 'district';

type Regions = Pick<BasemapFeatures, 'provinces' | 'prefectures' | 'districts'>;

/** Names → adcodes, and the basemap's regions for points. Built once per import session. */
export class Gazetteer {
  /** Every division's representative point and size, once the national layer is in (`withNational`). */
  readonly points: ReadonlyMap<string, DivisionPoint> | null;
  readonly #divisions: DivisionsFile;
  readonly #byCode = new Map<string, Division>();
  readonly #kind = new Map<string, Kind>();
  readonly #byName: Record<Kind, Map<string, Division[]>> = {
    province: new Map(),
    city: new Map(),
    district: new Map(),
  };

  constructor(
    divisions: DivisionsFile,
    readonly regions: Regions,
    points: ReadonlyMap<string, DivisionPoint> | null = null,
  ) {
    this.#divisions = divisions;
    this.points = points;
    const add = (kind: Kind, d: Division, names: string[]) => {
      this.#byCode.set(d.adcode, d);
      this.#kind.set(d.adcode, kind);
      for (const name of new Set(names.map(valueKey)))
        this.#byName[kind].set(name, [...(this.#byName[kind].get(name) ?? []), d]);
    };
    for (const [adcode, name, short, en] of divisions.provinces)
      add('province', { adcode, name, short, en }, [adcode, name, short, en]);
    for (const [adcode, name, short, en] of divisions.cities)
      add('city', { adcode, name, short, en }, [adcode, name, short, en, `${en} city`]);
    for (const [adcode, name] of divisions.districts) {
      // A city with no districts (不设区的地级市: 东莞 441900, 中山, 儋州, 嘉峪关's 620201 aside) is listed as its own
      // district too: it stays a city, so no zone gets its city's code as a district code.
      if (this.#byCode.has(adcode)) continue;
      const short = name.length > 2 ? name.replace(/(区|县|市|旗)$/, '') : name;
      add('district', { adcode, name, short: name, en: name }, [adcode, name, short]);
    }
  }

  /**
   * The same names over the basemap and the national layer (map/geo/national.ts): every prefecture and county of China
   * for points, and every division's point for places named without coordinates. `basemap` is the topology `regions`
   * came from (its coverage decides which of the layer's outlines are needed).
   */
  withNational(basemap: Topology, national: NationalTopology): Gazetteer {
    const layer = nationalRegions(national, basemapCoverage(basemap));
    return new Gazetteer(
      this.#divisions,
      {
        provinces: this.regions.provinces,
        prefectures: [...this.regions.prefectures, ...layer.prefectures],
        // Not the layer's counties: their outlines are about 2016's, so a point in a newer district (钱塘区) or a zone
        // with a code of its own (苏州工业园区) would be given, or checked against, the wrong one. Say less: a point
        // gives its city; a district is taken from the file, or from the basemap's five current cities.
        districts: this.regions.districts,
      },
      layer.points,
    );
  }

  /** Whether a point lies in a prefecture these regions draw (else the national layer is needed to place it). */
  hasPrefectureAt(point: readonly [number, number]): boolean {
    return regionsAt(this.regions, point).prefecture !== undefined;
  }

  /**
   * The one division of this kind, within `within` (an adcode prefix), whose name is one edit from `value` (a typo:
   * 张家巷市 → 张家港市), for "did you mean"; null for none or several.
   */
  nearName(kind: Kind, value: string, within = ''): Division | null {
    const key = valueKey(value);
    if ([...key].length < 2) return null;
    const near = new Set<Division>();
    for (const [name, all] of this.#byName[kind])
      if (oneEditApart(name, key)) for (const d of all) if (d.adcode.startsWith(within)) near.add(d);
    return near.size === 1 ? [...near][0]! : null;
  }

  /** Whether an adcode is a province, a prefecture-level city (429004 仙桃 is one) or a district/county. */
  kindOf(adcode: string): Kind | undefined {
    return this.#kind.get(adcode);
  }

  /** The names of ambiguous divisions for a message, with the city (or province) each is in: 朝阳区（北京市）. */
  candidates(all: readonly Division[]): { candidatesZh: string; candidatesEn: string } {
    const parent = (d: Division) =>
      this.get(this.kindOf(d.adcode) === 'district' ? cityOfDistrict(d.adcode) : `${d.adcode.slice(0, 2)}0000`);
    const list = all.slice(0, 6);
    return {
      candidatesZh: list.map((d) => `${d.name}（${parent(d)?.name ?? d.adcode}）`).join('、'),
      candidatesEn: list.map((d) => `${d.en} (${parent(d)?.en ?? d.adcode})`).join(', '),
    };
  }

  /** A division by adcode. */
  get(adcode: string): Division | undefined {
    return this.#byCode.get(adcode);
  }

  /** The divisions of this kind a value names (an adcode or a name), inside `within` (an adcode prefix) when given. */
  find(kind: Kind, value: string, within = ''): Division[] {
    const all = this.#byName[kind].get(valueKey(value)) ?? [];
    return within ? all.filter((d) => d.adcode.startsWith(within)) : all;
  }
}

/** The feature whose border is nearest the point, if within `km`. */
function nearest<P extends { adcode: string }>(
  features: readonly RegionFeature<P>[],
  point: readonly [number, number],
  km: number,
): RegionFeature<P> | undefined {
  let best: RegionFeature<P> | undefined;
  let bestKm = km;
  for (const f of features) {
    const d = distanceToBorderKm(f, point);
    if (d <= bestKm) [best, bestKm] = [f, d];
  }
  return best;
}

const names = (d: Division | undefined, feature?: RegionFeature<{ name: string; nameEn?: string }>): Bilingual =>
  d ? { zh: d.name, en: d.en } : { zh: feature?.properties.name ?? '', en: feature?.properties.nameEn ?? '' };

/**
 * Replaces each zone's province, city and district (codes, names or empty) by adcodes, derived from its WGS84 point where
 * empty; fills the city's names where the file gives none; reports what cannot be matched or disagrees with the point,
 * and adds that zone's index to `unplaced` (the code checks then skip it). Returns the names of every adcode used, for
 * the dataset's `regions`.
 */
export function resolvePlaces(
  file: UserFile,
  gazetteer: Gazetteer,
  at: Locator,
  report: Report,
  unplaced: Set<number>,
  placed: Map<number, PlacedByName> = new Map(),
): Map<string, Bilingual> {
  const used = new Map<string, Bilingual>();
  const name = (adcode: string) => {
    const d = gazetteer.get(adcode);
    if (d) used.set(adcode, { zh: d.name, en: d.en });
  };
  /**
   * A county-level city the divisions file as a prefecture (仙桃 429004, 石河子 659001, 东莞 441900 …), written under
   * 区县 with no 城市: read as the city, where no county of that name lies in the province named (a stranger's file).
   */
  const countyCityAsCity = (zone: UserFile['zones'][number]) => {
    if (!zone.district || zone.city) return;
    const within = zone.province ? (gazetteer.find('province', zone.province)[0]?.adcode.slice(0, 2) ?? '') : '';
    if (gazetteer.find('district', zone.district, within).length) return;
    if (gazetteer.find('city', zone.district, within).length !== 1) return;
    zone.city = zone.district;
    zone.district = undefined;
  };
  file.zones.forEach((zone, i) => {
    const where = (field: Kind) => at.zone(i, [field]);
    const errors = report.errors.length;
    countyCityAsCity(zone);
    if (file.unpositioned?.has(i)) placeByName(zone, i, where);
    // Coordinates that could not be read (bad-number, bad-location): said already.
    else if (!hasPosition(zone)) unplaced.add(i);
    // A point outside China is the check's error (out-of-china, swapped-coordinates): no place can be found for it.
    else if (!inChina(zone.lng, zone.lat)) unplaced.add(i);
    else place(zone, i, where);
    if (report.errors.length > errors) unplaced.add(i);
  });
  return used;

  /**
   * A zone without coordinates, at the representative point of the smallest division it names: its district, else
   * its city, else its province — or, where it names no district, one its own Chinese name begins with, after any
   * province and city (江苏昆山经济技术开发区 → 江苏省 昆山市). Its precision is that division's equal-area radius.
   */
  function placeByName(
    zone: UserFile['zones'][number],
    i: number,
    where: (field: Kind) => ReturnType<Locator['zone']>,
  ): void {
    // A code must be a division here: nothing else places the zone.
    const match = (kind: Kind, value: string, within = '') => matchDivision(where, kind, value, within, 'known');
    const province = zone.province ? match('province', zone.province) : null;
    const city = zone.city ? match('city', zone.city, province?.slice(0, 2)) : null;
    if ((zone.province && !province) || (zone.city && !city)) return;
    const scope = city ? cityScope(city) : (province?.slice(0, 2) ?? '');
    const district = zone.district ? match('district', zone.district, scope) : null;
    if (zone.district && !district) return;
    let fromName: Division | undefined;
    if (!district) {
      const found = divisionInName(zone.name.zh ?? '', province, city);
      if (Array.isArray(found)) {
        const { text, all } = found[0]!;
        report.error(
          'ambiguous-place',
          at.zone(i, ['name', 'zh']),
          { kind: 'district', ...gazetteer.candidates(all) },
          text,
        );
        return;
      }
      fromName = found;
    }
    const code = district ?? fromName?.adcode ?? city ?? province;
    if (!code) {
      report.error('no-position', at.zone(i, ['lng']));
      return;
    }
    if (!gazetteer.points) {
      report.error('national-unavailable', at.zone(i, ['lng']));
      return;
    }
    // A district newer than the layer's outlines (a county become a district since 2016): its city's point.
    const pointCode = [code, cityOfDistrict(code), `${code.slice(0, 2)}0000`].find((c) => gazetteer.points!.has(c));
    const point = pointCode ? gazetteer.points.get(pointCode)! : undefined;
    if (!point) {
      report.error('no-position', at.zone(i, ['lng']));
      return;
    }
    const division = gazetteer.get(pointCode!)!;
    [zone.lng, zone.lat] = point.lngLat;
    zone.precisionKm ??= Math.max(1, Math.ceil(point.km));
    placed.set(i, { adcode: pointCode!, name: { zh: division.name, en: division.en }, km: zone.precisionKm });
    // The district named keeps its code even where its point is its city's (苏州工业园区 320576 has no outline here).
    const districtCode = gazetteer.kindOf(code) === 'district' ? code : undefined;
    const cityCode = districtCode
      ? cityOfDistrict(districtCode)
      : gazetteer.kindOf(pointCode!) === 'city'
        ? pointCode!
        : undefined;
    if (!cityCode) {
      // A province alone: its point, and the city the point lies in (the layer's prefectures), if any.
      const found = regionsAt(gazetteer.regions, point.lngLat).prefecture?.properties.adcode;
      if (!found) {
        report.error('place-needed', where('city'), names2(gazetteer.get(pointCode!)));
        return;
      }
      zone.city = found;
    } else zone.city = cityCode;
    zone.province = `${zone.city.slice(0, 2)}0000`;
    zone.district = districtCode;
    const cityDivision = gazetteer.get(zone.city);
    if (cityDivision && !zone.cityName?.zh && !zone.cityName?.en)
      zone.cityName = { zh: cityDivision.short, en: cityDivision.en };
    [zone.province, zone.city, zone.district].forEach((c) => c && name(c));
  }

  /** The division a zone's name begins with (after its province and city, if the name repeats them). */
  /**
   * One division of this kind for a value (a name, or a 6-digit code: passed through for the code checks, or one that
   * must be a known division), within `within` (an adcode prefix); else null, and the error: ambiguous with its
   * candidates, or unknown with a near name.
   */
  function matchDivision(
    where: (field: Kind) => ReturnType<Locator['zone']>,
    kind: Kind,
    value: string,
    within: string,
    codes: 'pass' | 'known',
  ): string | null {
    const code = /^\d{6}$/.test(value);
    if (code && codes === 'pass') return value;
    const all = code ? [gazetteer.get(value)].filter((d) => d !== undefined) : gazetteer.find(kind, value, within);
    if (all.length === 1) return all[0]!.adcode;
    if (all.length) report.error('ambiguous-place', where(kind), { kind, ...gazetteer.candidates(all) }, value);
    else report.error('unknown-place', where(kind), { kind, ...suggestion(kind, value, within) }, value);
    return null;
  }

  /** "Did you mean" for a name one edit from a division's, in the reader's language (messages: suggestZh/En). */
  function suggestion(kind: Kind, value: string, within: string): Record<string, string> {
    const near = gazetteer.nearName(kind, value, within);
    return near ? { suggestZh: near.name, suggestEn: kind === 'district' ? near.name : near.en } : {};
  }

  function divisionInName(
    text: string,
    province: string | null,
    city: string | null,
  ): Division | undefined | [{ text: string; all: Division[] }] {
    let rest = text.trim();
    // The whole name may be a division itself (苏州工业园区 has its own statistical code, 320576).
    const whole = gazetteer.find('district', rest, city ? cityScope(city) : (province?.slice(0, 2) ?? ''));
    if (whole.length === 1) return whole[0];
    const strip = (kind: Kind, within: string): Division | undefined => {
      for (let n = Math.min(rest.length - 1, 12); n >= 2; n--) {
        const hits = gazetteer.find(kind, rest.slice(0, n), within);
        if (hits.length === 1) {
          rest = rest.slice(n);
          return hits[0];
        }
      }
      return undefined;
    };
    const p = strip('province', '') ?? (province ? gazetteer.get(province) : undefined);
    if (p && province && p.adcode !== province) return undefined;
    const c = strip('city', (province ?? p?.adcode ?? '').slice(0, 2)) ?? (city ? gazetteer.get(city) : undefined);
    if (c && city && c.adcode !== city) return undefined;
    const scope = c ? cityScope(c.adcode) : (p?.adcode.slice(0, 2) ?? '');
    for (let n = Math.min(rest.length - 1, 12); n >= 2; n--) {
      const hits = gazetteer.find('district', rest.slice(0, n), scope);
      if (hits.length === 1) return hits[0];
      if (hits.length > 1) return [{ text: rest.slice(0, n), all: hits }];
    }
    // Else the city, or the province, the name begins with (where the file names none).
    return (c && !city ? c : undefined) ?? (p && !province && !city ? p : undefined);
  }

  function place(
    zone: UserFile['zones'][number],
    i: number,
    where: (field: Kind) => ReturnType<Locator['zone']>,
  ): void {
    const point = [zone.lng, zone.lat] as const;
    const tolerance = (kind: Kind) => TOLERANCE_KM[kind] + (zone.precisionKm ?? 0);
    const found = regionsAt(gazetteer.regions, point);
    // With the national layer, a point the coarse basemap puts in one province but no city of it may lie in a city of
    // the next province (its outlines are finer): the city decides, and its province with it.
    if (gazetteer.points && !found.prefecture) {
      const city = regionAt(gazetteer.regions.prefectures, point);
      if (city) {
        found.prefecture = city;
        found.province =
          gazetteer.regions.provinces.find((f) => f.properties.adcode === city.properties.province) ?? found.province;
      }
    }
    // A point just off the coast (or off a simplified border) belongs to the nearest region within the tolerance.
    found.province ??= nearest(gazetteer.regions.provinces, point, tolerance('province'));
    // On no land the basemap draws, nor within the tolerance of it: at sea (or a coordinate typed wrong). Said, with
    // how far the nearest coast is; the zone still loads (a small island may be left out of the simplified basemap).
    if (!found.province) {
      const coast = Math.min(...gazetteer.regions.provinces.map((f) => distanceToBorderKm(f, point)));
      report.warn('at-sea', at.zone(i, ['lng']), { km: Math.round(coast) }, `${zone.lng}, ${zone.lat}`);
    }
    const province0 = found.province?.properties.adcode;
    if (province0 && !found.prefecture)
      found.prefecture = nearest(
        gazetteer.regions.prefectures.filter((f) => f.properties.province === province0),
        point,
        // The national layer's outlines (3 km) and the basemap's coarse provinces (5 km, dropped points up to 12.4 km
        // off: docs/basemap.md) leave gaps along borders and coasts: a point in one belongs to the nearest city.
        gazetteer.points ? Math.max(tolerance('city'), NATIONAL_GAP_KM) : tolerance('city'),
      );
    /** The point is in another region than the one named, and not within the tolerance of that region's border. */
    const disagrees = (kind: Kind, named: string, region: RegionFeature<{ adcode: string }> | undefined) =>
      region !== undefined && region.properties.adcode !== named && distanceToBorderKm(region, point) > tolerance(kind);
    const mismatch = (kind: Kind, value: string, region: RegionFeature<{ adcode: string; name: string }>) => {
      const n = names(gazetteer.get(region.properties.adcode), region);
      report.error('place-mismatch', where(kind), { kind, foundZh: n.zh, foundEn: n.en }, value);
    };
    // 6-digit codes pass through for the code checks (bad-adcode, city-not-in-province …).
    const match = (kind: Kind, value: string, within = '') => matchDivision(where, kind, value, within, 'pass');

    const province = zone.province ? match('province', zone.province) : null;
    const city = zone.city ? match('city', zone.city, province?.slice(0, 2)) : null;
    if ((zone.province && !province) || (zone.city && !city)) return;

    let cityCode = city;
    if (!cityCode) {
      const prov = province ?? found.province?.properties.adcode;
      if (found.prefecture) cityCode = found.prefecture.properties.adcode;
      else if (prov && MUNICIPALITIES.has(prov.slice(0, 2))) cityCode = `${prov.slice(0, 2)}0100`;
      else {
        const p = names(prov ? gazetteer.get(prov) : undefined, found.province);
        // A point on no province's land (at sea, said as a warning already) is "in the sea", not in a blank.
        report.error('place-needed', where('city'), {
          provinceZh: p.zh || '海上',
          provinceEn: p.en || 'the sea',
        });
        return;
      }
    } else if (disagrees('city', cityCode, found.prefecture)) return mismatch('city', zone.city, found.prefecture!);
    else if (!found.prefecture) {
      // The point is in no city the basemap draws (at sea, say): far from the city it names is a disagreement too,
      // where the basemap has that city's border to measure from.
      const named = gazetteer.regions.prefectures.find((f) => f.properties.adcode === cityCode);
      const km = named ? distanceToBorderKm(named, point) : 0;
      if (km > Math.max(tolerance('city'), FAR_KM)) {
        report.error('place-far', where('city'), { km: Math.round(km) }, zone.city);
        return;
      }
    }
    const provinceCode = province ?? `${cityCode.slice(0, 2)}0000`;
    if (disagrees('province', provinceCode, found.province))
      return mismatch(zone.province ? 'province' : 'city', zone.province || zone.city, found.province!);

    let district: string | undefined;
    if (zone.district) {
      district =
        match('district', zone.district, cityCode.slice(0, MUNICIPALITIES.has(cityCode.slice(0, 2)) ? 2 : 4)) ??
        undefined;
      if (!district) return;
      // A district of another city is the code check's error (district-not-in-city), which names the city.
      if (cityOfDistrict(district) === cityCode && disagrees('district', district, found.district))
        return mismatch('district', zone.district, found.district!);
    } else if (
      // Only where the point is surely inside: an approximate position (precision_km) near a border names no district.
      found.district &&
      gazetteer.kindOf(found.district.properties.adcode) === 'district' &&
      cityOfDistrict(found.district.properties.adcode) === cityCode &&
      distanceToBorderKm(found.district, point) > (zone.precisionKm ?? 1)
    )
      district = found.district.properties.adcode;

    zone.province = provinceCode;
    zone.city = cityCode;
    zone.district = district;
    const cityDivision = gazetteer.get(cityCode);
    if (cityDivision && !zone.cityName?.zh && !zone.cityName?.en)
      zone.cityName = { zh: cityDivision.short, en: cityDivision.en };
    [provinceCode, cityCode, district].forEach((code) => code && name(code));
  }
}

/** Where a zone named without coordinates was placed: the division whose point it took, and the precision (km). */
export interface PlacedByName {
  adcode: string;
  name: Bilingual;
  km: number;
}

/** Whether a zone has coordinates (both numbers); without, it is placed by name. */
export const hasPosition = (zone: { lng: number; lat: number }): boolean =>
  Number.isFinite(zone.lng) && Number.isFinite(zone.lat);

/**
 * The adcode prefix of a city's districts: a municipality's are xx…, a city's xxxx…; a county-level city governed by
 * its province (429004 仙桃, coded like a district) has none but itself.
 */
const cityScope = (city: string): string =>
  MUNICIPALITIES.has(city.slice(0, 2)) ? city.slice(0, 2) : city.endsWith('00') ? city.slice(0, 4) : city;

const names2 = (d: Division | undefined) => ({ provinceZh: d?.name ?? '', provinceEn: d?.en ?? '' });

/** Whether two strings are one insertion, deletion or substitution apart (Levenshtein distance 1), by code point. */
function oneEditApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1 || a === b) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (p: number, q: number) => x.slice(p).join('') === y.slice(q).join('');
  return rest(i + 1, i + 1) || rest(i + 1, i) || rest(i, i + 1);
}
