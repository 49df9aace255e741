// Turns a checked zones file into the app's dataset: one place per city, every fact with its evidence, user sources with links.
import { NOT_STATED } from '../../../core/data/resolve';
import {
  SOURCE_ID,
  type Bilingual,
  type Evidence,
  type Place,
  type Taxonomy,
  type UserDataset,
  type Zone,
} from '../../../core/data/schema';
import { formatMessage } from '../../../core/i18n/format-message';
import type { UserFile } from './check';
import type { EvidenceEntry, SourceEntry, ZoneEntry } from './zones-file';
import type { PlacedByName } from './places';

/** Where the level and location of a user's zone come from. */
const FILE_NOTE = { zh: '按载入的文件所给。', en: 'As given in the loaded file.' };
/**
 * Where a zone named without coordinates was put (places.ts placeByName): the division's representative point from the
 * national layer: the zone may lie anywhere in that division (the precision, its equal-area radius, is a size, not a
 * bound) — said as the location's source.
 */
const placedNote = ({ name }: PlacedByName): Bilingual => ({
  zh: `文件未给坐标：按地名放在${name.zh}境内的一个代表点（全国行政区划图层），开发区可能位于${name.zh}境内任何位置。`,
  en: `The file gives no coordinates: placed by name at a representative point inside ${name.en} (national divisions layer); the zone may lie anywhere in ${name.en}.`,
});

/** Location precision (km) of a zone whose file gives none. */
const DEFAULT_PRECISION_KM = 1;

const both = (names: { zh?: string; en?: string } | undefined, fallback: string): Bilingual => ({
  zh: names?.zh || names?.en || fallback,
  en: names?.en || names?.zh || fallback,
});

/**
 * The dataset's ids for the file's sources: an id already in the seed-file form (as in a download of the built-in data) is
 * kept; any other ("s1", "who-report") gets the next free 999_<16 hex digits>, so the dataset's source-id rule holds.
 */
function sourceIds(sources: SourceEntry[]): Map<string, string> {
  const taken = new Set(sources.map((s) => s.id).filter((id) => SOURCE_ID.test(id)));
  let n = 0;
  const next = () => {
    let id: string;
    do id = `999_${(n++).toString(16).padStart(16, '0')}`;
    while (taken.has(id));
    return id;
  };
  return new Map(sources.map((s) => [s.id, SOURCE_ID.test(s.id) ? s.id : next()]));
}

/** A place's summary (its tour step's caption): how many of the file's zones lie there. */
const placeSummary = (name: Bilingual, count: number): Bilingual => ({
  zh: `${name.zh}：加载的文件中有${count}个开发区。`,
  en: formatMessage(
    'en',
    '{count, plural, one {# zone of the loaded file lies} other {# zones of the loaded file lie}} in {name}.',
    {
      count,
      name: name.en,
    },
  ),
});

/** The dataset, not yet validated (import.ts parses it with UserDataset); `regions` names the adcodes used (places.ts). */
export function buildDataset(
  file: UserFile,
  taxonomy: Taxonomy,
  regions: ReadonlyMap<string, Bilingual> = new Map(),
  placed: ReadonlyMap<number, PlacedByName> = new Map(),
): UserDataset {
  const ids = sourceIds(file.sources);
  const cite = (list: EvidenceEntry[]): Evidence[] => list.map((e) => ({ source: ids.get(e.source)!, quote: e.quote }));
  const sectorLabels = new Map(taxonomy.sectors.map((s) => [s.id, s.label]));

  const zone = (entry: ZoneEntry, index: number): Zone => {
    const byName = placed.get(index);
    const evidence = cite(entry.evidence);
    const own = (list: EvidenceEntry[] | undefined) => (list ? cite(list) : evidence);
    const name = both(entry.name, entry.id);
    const model = entry.model?.id && entry.model.id !== NOT_STATED ? entry.model : undefined;
    // A fact's own status and scope, else the zone's, else in place and the zone's own (the load notice says so).
    const claim = (f: { id: string; status?: string; scope?: string }) => ({
      id: f.id,
      status: (f.status ?? entry.status ?? 'in-place') as Zone['measures'][number]['status'],
      scope: (f.scope ?? entry.scope ?? 'zone') as Zone['measures'][number]['scope'],
    });
    return {
      id: entry.id,
      name,
      short: { zh: entry.short?.zh || name.zh, en: entry.short?.en || name.en },
      aliases: entry.aliases,
      ...(entry.district ? { district: entry.district } : {}),
      ...(entry.parent ? { parent: entry.parent } : {}),
      nameEvidence: evidence,
      prefecture: entry.city,
      level: { value: (entry.level || 'unknown') as Zone['level']['value'], from: 'author', sourceNote: FILE_NOTE },
      location: {
        lngLat: [entry.lng, entry.lat],
        precisionKm: entry.precisionKm ?? DEFAULT_PRECISION_KM,
        sourceNote: byName ? placedNote(byName) : FILE_NOTE,
      },
      ...(model ? { model: { ...claim(model), evidence: own(model.evidence) } } : {}),
      measures: entry.measures.map((m) => ({
        ...claim(m),
        strength: m.strength === 'implied' ? ('implied' as const) : ('explicit' as const),
        ...(m.strength === 'implied' ? { reason: both(m.reason, m.id) } : {}),
        evidence: own(m.evidence),
      })),
      industries: entry.industries.map((i) => ({
        sector: i.sector,
        label: both(i.label ?? sectorLabels.get(i.sector), i.sector),
        evidence: own(i.evidence),
      })),
      figures: [],
      events: [],
    };
  };

  const cityNames = new Map<string, ZoneEntry['cityName']>();
  for (const { city, cityName } of file.zones)
    if (!cityNames.has(city) && (cityName?.zh || cityName?.en)) cityNames.set(city, cityName);

  const places = new Map<string, Place>();
  for (const [index, entry] of file.zones.entries()) {
    let place = places.get(entry.city);
    if (!place) {
      const name = both(cityNames.get(entry.city), entry.city);
      place = {
        id: `city-${entry.city}`,
        source: ids.get(entry.evidence[0]!.source)!,
        name,
        province: entry.province,
        prefecture: entry.city,
        scope: 'zone',
        title: name,
        summary: { zh: '', en: '' }, // set below, once the place's zones are counted
        people: [],
        measures: [],
        figures: [],
        events: [],
        zonePassages: [],
        zones: [],
      };
      places.set(entry.city, place);
    }
    place.zones.push(zone(entry, index));
  }
  for (const place of places.values()) place.summary = placeSummary(place.name, place.zones.length);

  return {
    taxonomy,
    sources: file.sources.map((s) => ({
      id: ids.get(s.id)!,
      title: s.title || null,
      description: s.description ?? { zh: s.title || s.url || '', en: s.title || s.url || '' },
      publisher: s.publisher || null,
      datesPrinted: [],
      published: null,
      script: s.script ?? 'simplified',
      ...(s.url ? { url: s.url } : {}),
    })),
    places: [...places.values()],
    ...(regions.size ? { regions: Object.fromEntries(regions) } : {}),
  };
}
