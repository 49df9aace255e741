// Downloads of the visible zones — CSV (one quote per zone) and JSON (every fact's evidence), each with its sources — and the CSV template.
import type { Atlas, ZoneView } from '../../../core/data/atlas';
import { NOT_STATED, type ResolvedFact } from '../../../core/data/resolve';
import type { Bilingual, ClaimScope, ClaimStatus, Source, Taxonomy } from '../../../core/data/schema';
import { translate } from '../../../core/i18n/messages';
import { type Lang } from '../../../core/i18n/lang';
import { formatDateMarked, formatFigure } from '../../../core/i18n/format';
import { claimWords } from '../../../core/data/claims';
import gcoord from 'gcoord';
import { COLUMN_NAMES, CSV_COLUMNS, entryToRow, type RowSource } from './columns';
import type { Crs } from './crs';
import { writeCsv } from './csv';
import { sourceUrl } from './text';
import { FORMAT, type SourceEntry, type ZoneEntry, type ZonesFile } from './zones-file';

/**
 * A fact as a file entry: its id, what the article says of it (status, scope; strength and reason when implied) and
 * its evidence. A city's reform is written on each of its zones as scope `city` (a file has no place level).
 */
const claimEntry = (f: ResolvedFact) => ({
  id: f.id,
  status: f.status,
  scope: f.scope,
  ...(f.strength === 'implied' ? { strength: f.strength, ...(f.reason ? { reason: f.reason } : {}) } : {}),
  evidence: f.evidence,
});

/**
 * Degrees to six decimals (about 0.1 m), as a spreadsheet should show them: a converted point (GCJ-02 to WGS84)
 * otherwise comes out as 120.72260000769595 (a data editor's trial, issue 35).
 */
const sixDecimals = (degrees: number) => Math.round(degrees * 1e6) / 1e6;

/**
 * A visible zone as a file entry, with its resolved model and measures and what is said of each: its own, and its
 * city's reform as scope city. What a sub-area inherits from its parent zone stays with the parent (`parent`).
 */
function zoneEntry({ zone, place, model, measures }: ZoneView): ZoneEntry {
  const [lng, lat] = zone.location.lngLat;
  return {
    id: zone.id,
    name: zone.name,
    short: zone.short,
    aliases: zone.aliases,
    lng: sixDecimals(lng),
    lat: sixDecimals(lat),
    precisionKm: zone.location.precisionKm,
    province: place.province,
    city: zone.prefecture,
    cityName: place.name,
    ...(zone.district ? { district: zone.district } : {}),
    ...(zone.parent ? { parent: zone.parent } : {}),
    level: zone.level.value,
    evidence: zone.nameEvidence,
    ...(model.id === NOT_STATED || model.origin === 'parent' ? {} : { model: claimEntry(model) }),
    measures: measures.filter((m) => m.origin !== 'parent').map(claimEntry),
    industries: zone.industries.map(({ sector, label, evidence }) => ({ sector, label, evidence })),
  };
}

function sourceEntry(source: Source): SourceEntry {
  const url = sourceUrl(source);
  const { id, title, description, publisher, script } = source;
  return { id, title, description, publisher, ...(url ? { url } : {}), script };
}

/**
 * The zones with, before each sub-area, its parent zone when the set lacks it: what a sub-area inherits is written on
 * its parent (`parent`), so a download without the parent would lose it or credit it to the sub-area.
 */
function withParents(zones: readonly ZoneView[], atlas: Pick<Atlas, 'byId'>): ZoneView[] {
  const ids = new Set(zones.map((z) => z.zone.id));
  return zones.flatMap((z) => {
    const parent = z.zone.parent ? atlas.byId.get(z.zone.parent) : undefined;
    if (!parent || ids.has(parent.zone.id)) return [z];
    ids.add(parent.zone.id);
    return [parent, z];
  });
}

/** The zones file (format zone-reform-atlas/zones@1) of these zones (and their parents) and the sources they cite. */
export function zonesToJson(zones: readonly ZoneView[], atlas: Pick<Atlas, 'data' | 'byId'>): string {
  const entries = withParents(zones, atlas).map(zoneEntry);
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

/**
 * These zones as CSV: one row each, with the quote that names the zone and its source. The header is in `lang`: the
 * column ids for 'en', the Chinese column names for 'zh' (the templates' words; both read back, io/columns.ts).
 */
export function zonesToCsv(
  zones: readonly ZoneView[],
  atlas: Pick<Atlas, 'sources' | 'byId'>,
  lang: 'zh' | 'en' = 'en',
): string {
  const rows = withParents(zones, atlas).map((view) => {
    const entry = zoneEntry(view);
    return entryToRow(entry, rowSource(atlas.sources.get(entry.evidence[0]?.source ?? '')));
  });
  const header = CSV_COLUMNS.map((c) => (lang === 'zh' ? COLUMN_NAMES[c].zh[0]! : c));
  return writeCsv([header, ...rows]);
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
  // Qingdao's city-wide reform, reported in place, applies to the zone: the row says so.
  status: 'in-place',
  scope: 'city',
  model: { id: 'committee-plus-company' },
  measures: [
    ...[
      'streamlining',
      'personnel-pay',
      'social-functions',
      'devolved-powers',
      'market-operation',
      'fiscal-land',
      'performance-exit',
      'host-cooperation',
      'investment-attraction',
      'coordination',
    ].map((id) => ({ id })),
    // The account states these two for the SCO zone itself.
    { id: 'opening-ftz', scope: 'zone' },
    { id: 'industry-focus', scope: 'zone' },
  ],
  industries: ['manufacturing', 'trade-logistics', 'services'].map((sector) => ({ sector })),
};
const EXAMPLE_SOURCE: RowSource = {
  title: '聚焦关键节点统筹推进开发区体制机制改革创新',
  publisher: '青岛市委编办（中国机构编制 2022年3期）',
  url: '',
};

/** How the template writes an example row's coordinates: as given, or converted to what Amap or Baidu would show. */
type Example = {
  entry: ZoneEntry;
  source: RowSource;
  crs: Crs;
  location?: boolean;
  names?: Record<'city' | 'district', Bilingual>;
};

const QINGDAO_SOURCE = EXAMPLE_SOURCE;
const XISHAN_SOURCE: RowSource = { title: '开发区第一时间学习贯彻区委务虚会精神', publisher: '', url: '' };

/**
 * Three real zones of the built-in data, each showing other columns: adcodes in WGS84 (the SCO zone); city and district
 * by name with the point as Amap (GCJ-02) shows it (Blue Valley); one "lng,lat" location cell as Baidu (BD-09) copies it,
 * with no place at all, found from the point (Xishan). Quotes are the articles' own.
 */
const EXAMPLES: Example[] = [
  { entry: EXAMPLE, source: EXAMPLE_SOURCE, crs: 'wgs84' },
  {
    entry: {
      id: 'qingdao-blue-valley',
      name: { zh: '青岛蓝谷', en: 'Qingdao Blue Valley' },
      short: { zh: '蓝谷', en: 'Blue Valley' },
      aliases: [],
      lng: 120.67,
      lat: 36.37,
      precisionKm: 5,
      province: '',
      city: '',
      level: 'other',
      evidence: [{ source: 's1', quote: '青岛蓝谷、青岛邮轮港区实行“法定机构”体制' }],
      status: 'in-place',
      scope: 'zone',
      model: { id: 'statutory-body' },
      measures: [],
      industries: [],
    },
    source: QINGDAO_SOURCE,
    crs: 'gcj02',
    names: { city: { zh: '青岛', en: 'Qingdao' }, district: { zh: '即墨区', en: '即墨区' } },
  },
  {
    entry: {
      id: 'xishan-etdz',
      name: { zh: '锡山经济技术开发区', en: 'Xishan ETDZ' },
      aliases: [],
      lng: 120.4,
      lat: 31.6,
      precisionKm: 6,
      province: '',
      city: '',
      level: 'national',
      evidence: [{ source: 's2', quote: '锡山经济技术开发区召开党工委扩大会议' }],
      // A meeting's call: proposed, and the zone's own.
      status: 'proposed',
      scope: 'zone',
      model: { id: 'de-administration-market' },
      measures: [{ id: 'streamlining' }],
      industries: [{ sector: 'manufacturing' }],
    },
    source: XISHAN_SOURCE,
    crs: 'bd09',
    location: true,
  },
];

/** WGS84 → the system an example row shows, to 6 decimals (about 0.1 m), as the map apps display them. */
function shown(crs: Crs, lng: number, lat: number): [number, number] {
  if (crs === 'wgs84') return [lng, lat];
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, crs === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09);
  return [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6];
}

/** How a value is written in a template: the id (English template) or the app's Chinese label (Chinese template). */
function labelled(taxonomy: Taxonomy | null, kind: 'models' | 'measures' | 'sectors', id: string): string {
  return taxonomy?.[kind].find((c) => c.id === id)?.label.zh ?? id;
}

const CRS_NAMES: Record<Crs, { zh: string; en: string }> = {
  wgs84: { zh: 'WGS84', en: 'wgs84' },
  gcj02: { zh: '高德', en: 'gcj02' },
  bd09: { zh: '百度', en: 'bd09' },
};
const LEVEL_ZH: Record<string, string> = { national: '国家级', provincial: '省级', other: '其他', unknown: '不详' };

/**
 * The template: the header (ids, or the Chinese column names for `lang` 'zh') with a `location` column, and the example
 * rows. The Chinese one writes labels (法定机构, 国家级, 精简机构；人事与薪酬) where the English one writes ids; both load
 * as the same three zones. `taxonomy` gives the labels (the built-in one).
 */
export function csvTemplate(lang: 'zh' | 'en' = 'en', taxonomy: Taxonomy | null = null): string {
  const columns = [...CSV_COLUMNS, 'location'] as const;
  const header = columns.map((c) => (lang === 'zh' ? COLUMN_NAMES[c].zh[0]! : c));
  const zh = lang === 'zh' ? taxonomy : null;
  const rows = EXAMPLES.map(({ entry, source, crs, location, names }) => {
    const [lng, lat] = shown(crs, entry.lng, entry.lat);
    const cells = entryToRow({ ...entry, lng, lat }, source);
    const set = (column: (typeof columns)[number], value: string) => (cells[columns.indexOf(column)] = value);
    cells.push('');
    set('crs', CRS_NAMES[crs][lang]);
    if (names) {
      set('city', names.city[lang]);
      set('district', names.district[lang]);
    }
    if (location) {
      set('lng', '');
      set('lat', '');
      set('location', `${lng},${lat}`);
    }
    if (lang === 'zh') {
      set('level', LEVEL_ZH[entry.level] ?? entry.level);
      if (entry.model) set('model', labelled(zh, 'models', entry.model.id));
      set('measures', entry.measures.map((m) => labelled(zh, 'measures', m.id)).join('；'));
      set('industries', entry.industries.map((i) => labelled(zh, 'sectors', i.sector)).join('；'));
      if (entry.status) set('status', translate('zh', `claim.status.${entry.status as ClaimStatus}`));
      if (entry.scope) set('scope', translate('zh', `claim.scope.${entry.scope as ClaimScope}`, { parent: '' }));
    }
    return cells;
  });
  return writeCsv([header, ...rows]);
}

/** The columns of the claims download: ids beside labels in the reader's language (issue 30, "downloads that keep the evidence"). */
export const CLAIM_COLUMNS = [
  'zone_id',
  'zone',
  'place',
  'kind',
  'claim_id',
  'claim',
  'value',
  'status',
  'status_label',
  'scope',
  'scope_label',
  'strength',
  'strength_label',
  'provenance',
  'from',
  'reason',
  'date',
  'quote',
  'source_id',
  'source',
] as const;

/**
 * These zones' claims as CSV, one row per claim: the zone's model, its measures (its own, then inherited, saying from
 * where: its city's reform or its parent zone by name), its own figures and events, then its city's figures and
 * events marked as the city's; each with status, scope and strength (ids and labels in `lang`), the quotes joined by
 * “ | ”, and the articles they come from.
 */
export function claimsToCsv(
  zones: readonly ZoneView[],
  atlas: Pick<Atlas, 'sources' | 'models' | 'measures' | 'byId'>,
  lang: Lang,
): string {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
  const join = (list: string[]) => [...new Set(list)].join(' | ');
  const cite = (evidence: { source: string; quote: string }[]) => ({
    quote: join(evidence.map((e) => e.quote)),
    source_id: join(evidence.map((e) => e.source)),
    source: join(
      evidence.map((e) => {
        const s = atlas.sources.get(e.source);
        return s ? [s.title ?? s.description[lang], s.publisher].filter(Boolean).join(' · ') : e.source;
      }),
    ),
  });
  const rows: string[][] = [[...CLAIM_COLUMNS]];
  for (const view of zones) {
    const { zone, place } = view;
    const parent = zone.parent ? atlas.byId.get(zone.parent)?.zone.short[lang] : undefined;
    const base = { zone_id: zone.id, zone: zone.name[lang], place: place.name[lang] };
    const push = (row: Partial<Record<(typeof CLAIM_COLUMNS)[number], string>>) =>
      rows.push(CLAIM_COLUMNS.map((c) => ({ ...base, ...row })[c] ?? ''));
    const fact = (kind: string, f: ResolvedFact, label: string) => {
      const words = claimWords(f, lang, t, parent);
      push({
        kind,
        claim_id: f.id,
        claim: label,
        status: f.status,
        status_label: words.status,
        scope: f.scope,
        scope_label: words.scope,
        strength: f.strength,
        strength_label: f.strength === 'implied' ? t('claim.implied') : '',
        provenance: f.provenance,
        from: f.origin === 'parent' ? (parent ?? '') : f.origin === 'place' ? place.name[lang] : zone.name[lang],
        reason: f.reason?.[lang] ?? '',
        ...cite(f.evidence),
      });
    };
    if (view.model.id !== NOT_STATED)
      fact('model', view.model, atlas.models.get(view.model.id)?.label[lang] ?? view.model.id);
    for (const m of view.measures) fact('measure', m, atlas.measures.get(m.id)?.label[lang] ?? m.id);
    const figures = [
      ...zone.figures.map((f) => ({ f, city: false })),
      ...place.figures.map((f) => ({ f, city: true })),
    ];
    for (const { f, city } of figures) {
      const shown = formatFigure(f, lang);
      push({
        kind: 'figure',
        claim_id: f.id,
        claim: f.label[lang],
        value: `${shown.value}${shown.unit ? ` ${shown.unit}` : ''}`,
        status: f.status,
        status_label: t(`claim.status.${f.status}`),
        scope: city ? 'city' : 'zone',
        scope_label: city ? t('figures.cityTag', { place: place.name[lang] }) : t('claim.scope.zone'),
        provenance: city ? 'inherited' : 'stated',
        from: city ? place.name[lang] : zone.name[lang],
        ...cite(f.evidence),
      });
    }
    for (const e of [...zone.events, ...place.events]) {
      const city = !zone.events.includes(e);
      push({
        kind: 'event',
        claim_id: e.id,
        claim: e.label[lang],
        status: e.status,
        status_label: t(`claim.status.${e.status}`),
        scope: city ? 'city' : 'zone',
        scope_label: city ? t('figures.cityTag', { place: place.name[lang] }) : t('claim.scope.zone'),
        provenance: city ? 'inherited' : 'stated',
        from: city ? place.name[lang] : zone.name[lang],
        date: formatDateMarked(e.date, lang),
        ...cite(e.evidence),
      });
    }
  }
  return writeCsv(rows);
}
