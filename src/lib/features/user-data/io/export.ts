// Downloads of the visible zones — CSV (one quote per zone) and JSON (every fact's evidence), each with its sources — and the CSV template.
import type { Atlas, ZoneView } from '../../../core/data/atlas';
import { NOT_STATED } from '../../../core/data/resolve';
import type { Source } from '../../../core/data/schema';
import { CSV_COLUMNS, entryToRow, type RowSource } from './columns';
import { writeCsv } from './csv';
import { sourceUrl } from './text';
import { FORMAT, type SourceEntry, type ZoneEntry, type ZonesFile } from './zones-file';

/** A visible zone as a file entry, with its resolved model and measures (inherited ones too, with their evidence). */
function zoneEntry({ zone, place, model, measures }: ZoneView): ZoneEntry {
  const [lng, lat] = zone.location.lngLat;
  return {
    id: zone.id,
    name: zone.name,
    short: zone.short,
    aliases: zone.aliases,
    lng,
    lat,
    precisionKm: zone.location.precisionKm,
    province: place.province,
    city: zone.prefecture,
    cityName: place.name,
    ...(zone.district ? { district: zone.district } : {}),
    level: zone.level.value,
    evidence: zone.nameEvidence,
    ...(model.id === NOT_STATED ? {} : { model: { id: model.id, evidence: model.evidence } }),
    measures: measures.map((m) => ({ id: m.id, evidence: m.evidence })),
    industries: zone.industries.map(({ sector, label, evidence }) => ({ sector, label, evidence })),
  };
}

function sourceEntry(source: Source): SourceEntry {
  const url = sourceUrl(source);
  const { id, title, description, publisher, script } = source;
  return { id, title, description, publisher, ...(url ? { url } : {}), script };
}

/** The zones file (format zone-reform-atlas/zones@1) of these zones and the sources they cite. */
export function zonesToJson(zones: readonly ZoneView[], atlas: Pick<Atlas, 'data'>): string {
  const entries = zones.map(zoneEntry);
  const cited = new Set(
    entries
      .flatMap((z) => [
        z.evidence,
        z.model?.evidence,
        ...z.measures.map((m) => m.evidence),
        ...z.industries.map((i) => i.evidence),
      ])
      .flatMap((list) => list ?? [])
      .map((e) => e.source),
  );
  const file: ZonesFile = {
    format: FORMAT,
    sources: atlas.data.sources.filter((s) => cited.has(s.id)).map(sourceEntry),
    zones: entries,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A source in CSV cells; one with neither a printed title nor a link is written with its (Chinese) description. */
function rowSource(source: Source | undefined): RowSource {
  const url = source ? (sourceUrl(source) ?? '') : '';
  return {
    title: source ? (source.title ?? (url ? '' : source.description.zh)) : '',
    publisher: source?.publisher ?? '',
    url,
  };
}

/** These zones as CSV: one row each, with the quote that names the zone and its source. */
export function zonesToCsv(zones: readonly ZoneView[], atlas: Pick<Atlas, 'sources'>): string {
  const rows = zones.map((view) => {
    const entry = zoneEntry(view);
    return entryToRow(entry, rowSource(atlas.sources.get(entry.evidence[0]?.source ?? '')));
  });
  return writeCsv([CSV_COLUMNS, ...rows]);
}

/** A real zone of the built-in data, Qingdao's SCO zone, as the template's example row (as zonesToCsv writes it). */
const EXAMPLE: ZoneEntry = {
  id: 'qingdao-sco-demonstration-zone',
  name: {
    zh: '中国—上合组织地方经贸合作示范区',
    en: 'China–SCO Local Economic and Trade Cooperation Demonstration Zone',
  },
  short: { zh: '上合示范区', en: 'SCO Zone' },
  aliases: ['上合示范区'],
  lng: 120.05,
  lat: 36.33,
  precisionKm: 8,
  province: '370000',
  city: '370200',
  cityName: { zh: '青岛', en: 'Qingdao' },
  district: '370281',
  level: 'national',
  evidence: [{ source: '004_772b24d4fb950dc7', quote: '上合示范区以高端装备制造、现代物流为主导产业' }],
  model: { id: 'committee-plus-company' },
  measures: [
    'streamlining',
    'personnel-pay',
    'social-functions',
    'devolved-powers',
    'market-operation',
    'fiscal-land',
    'performance-exit',
    'host-cooperation',
    'coordination',
    'opening-ftz',
    'industry-focus',
  ].map((id) => ({ id })),
  industries: ['manufacturing', 'trade-logistics', 'services'].map((sector) => ({ sector })),
};
const EXAMPLE_SOURCE: RowSource = {
  title: '聚焦关键节点统筹推进开发区体制机制改革创新',
  publisher: '青岛市委编办（中国机构编制 2022年3期）',
  url: '',
};

/** The header and one example row. */
export function csvTemplate(): string {
  return writeCsv([CSV_COLUMNS, entryToRow(EXAMPLE, EXAMPLE_SOURCE)]);
}
