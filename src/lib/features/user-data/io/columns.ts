// The CSV columns of a zones file (docs/user-data.md) and how a zone entry is written as one row.
import type { ZoneEntry } from './zones-file';

/**
 * Columns a table (CSV or sheet) must have. Each entry is a set of alternatives: one name column, a position as lng + lat,
 * one location cell or a place (province, city or district: placed by name, places.ts), a source as a title or a link.
 * Everything else may be left out (docs/user-data.md).
 */
export const REQUIRED_COLUMNS: readonly (readonly Column[])[] = [
  ['name_zh', 'name_en'],
  ['lng', 'location', 'province', 'city', 'district'],
  ['lat', 'location', 'province', 'city', 'district'],
  ['quote'],
  ['source_title', 'source_url'],
];

/** All columns, in the order downloads and the template use. */
export const CSV_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'short_zh',
  'short_en',
  'aliases',
  'lng',
  'lat',
  'crs',
  'precision_km',
  'province',
  'city',
  'city_name_zh',
  'city_name_en',
  'district',
  'parent',
  'level',
  'model',
  'measures',
  'status',
  'scope',
  'industries',
  'source_title',
  'source_publisher',
  'source_url',
  'quote',
] as const;

/** Columns a file may have besides CSV_COLUMNS: `location` holds "lng,lat" as Amap and Baidu copy it. */
export type Column = (typeof CSV_COLUMNS)[number] | 'location';

/**
 * How each column is named in Chinese and English: the first name is the label the template and messages use, the rest
 * are aliases a header may use. Headers match after NFKC (full-width → half-width), lower case, and with spaces, hyphens
 * and a trailing bracket such as “（WGS84）” ignored.
 */
export const COLUMN_NAMES: Record<Column, { zh: readonly string[]; en: readonly string[] }> = {
  id: { zh: ['编号', 'id', '代码'], en: ['id', 'slug'] },
  name_zh: {
    zh: ['名称', '中文名', '中文名称', '开发区', '开发区名称', '园区名称'],
    en: ['name_zh', 'name', 'chinese_name'],
  },
  name_en: { zh: ['英文名', '英文名称'], en: ['name_en', 'english_name'] },
  short_zh: { zh: ['简称', '中文简称'], en: ['short_zh', 'short_name'] },
  short_en: { zh: ['英文简称'], en: ['short_en'] },
  aliases: { zh: ['别名', '又名'], en: ['aliases', 'alias'] },
  lng: { zh: ['经度'], en: ['lng', 'lon', 'long', 'longitude', 'x'] },
  lat: { zh: ['纬度'], en: ['lat', 'latitude', 'y'] },
  location: { zh: ['坐标', '经纬度', '位置'], en: ['location', 'lnglat', 'lng_lat', 'coordinates'] },
  crs: { zh: ['坐标系'], en: ['crs', 'coordinate_system', 'datum'] },
  precision_km: { zh: ['精度', '位置精度', '精度公里'], en: ['precision_km', 'precision'] },
  province: { zh: ['省份', '省', '省级'], en: ['province'] },
  city: { zh: ['城市', '市', '地级市', '所在城市'], en: ['city', 'prefecture'] },
  // Not the city itself (城市, a name or code) but how the map shows it: the templates say so (issue 35 trial).
  city_name_zh: { zh: ['城市显示名', '城市名', '城市中文名'], en: ['city_name_zh'] },
  city_name_en: { zh: ['城市显示英文名', '城市英文名'], en: ['city_name_en'] },
  district: { zh: ['区县', '区', '县', '所在区县'], en: ['district', 'county'] },
  level: { zh: ['级别', '等级'], en: ['level'] },
  parent: { zh: ['所属园区', '上级园区'], en: ['parent', 'parent_id'] },
  model: { zh: ['管理体制', '管理模式', '体制', '模式'], en: ['model', 'management_model'] },
  measures: { zh: ['改革措施', '措施'], en: ['measures', 'reform_measures'] },
  status: { zh: ['状态', '进展'], en: ['status'] },
  scope: { zh: ['范围', '适用范围'], en: ['scope'] },
  industries: { zh: ['产业', '主导产业', '行业'], en: ['industries', 'sectors', 'industry'] },
  source_title: { zh: ['来源标题', '来源', '文章标题', '出处'], en: ['source_title', 'source', 'title'] },
  source_publisher: { zh: ['发布者', '来源发布者', '发布单位', '刊物'], en: ['source_publisher', 'publisher'] },
  source_url: { zh: ['来源链接', '链接', '网址'], en: ['source_url', 'url', 'link'] },
  quote: { zh: ['引文', '原文', '引语', '依据'], en: ['quote', 'evidence'] },
};

/** A header cell as compared with the names above. */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_]+/g, '_')
    .replace(/^_|_$/g, '');
}

const BY_KEY = new Map<string, Column>(
  (Object.entries(COLUMN_NAMES) as [Column, { zh: readonly string[]; en: readonly string[] }][]).flatMap(
    ([column, names]) => [...names.zh, ...names.en].map((name) => [headerKey(name), column] as const),
  ),
);

/** The column a header names (its own name, a Chinese or English alias, with or without a unit in brackets), or null. */
export function columnOfHeader(header: string): Column | null {
  const key = headerKey(header);
  return BY_KEY.get(key) ?? BY_KEY.get(key.replace(/_?\(.*\)$/, '')) ?? null;
}

/** A column's name for a message in this language: 经度（lng） / lng. */
export function columnLabel(column: Column, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? `${COLUMN_NAMES[column].zh[0]}（${column}）` : column;
}

/** Separates the ids in measures and industries, and the names in aliases (a full-width ； is accepted too). */
export const LIST_SEPARATOR = ';';

/** The items of a list cell: trimmed, without empties or repeats. */
export function splitList(cell: string): string[] {
  return [...new Set(cell.split(/[;；\n]/).map((s) => s.trim()))].filter(Boolean);
}

export interface RowSource {
  title: string;
  publisher: string;
  url: string;
}

type Claim = { id: string; status?: string; scope?: string };

/**
 * The row's status and scope (those most of the zone's model and measures share) and each item as written in its
 * cell: its id, with its own status and scope in brackets where they differ from the row's ("streamlining (proposed,
 * city)"), so a CSV keeps what the JSON keeps (splitClaims reads it back).
 */
export function claimCells(zone: Pick<ZoneEntry, 'model' | 'measures' | 'status' | 'scope'>): {
  status: string;
  scope: string;
  item: (c: Claim) => string;
} {
  const claims: Claim[] = [...(zone.model ? [zone.model] : []), ...zone.measures];
  const common = (key: 'status' | 'scope') => {
    const counts = new Map<string, number>();
    for (const c of claims) {
      const value = c[key] ?? zone[key];
      if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? zone[key] ?? '';
  };
  const status = common('status');
  const scope = common('scope');
  const item = (c: Claim) => {
    const own = [c.status && c.status !== status ? c.status : '', c.scope && c.scope !== scope ? c.scope : ''].filter(
      Boolean,
    );
    return own.length ? `${c.id} (${own.join(', ')})` : c.id;
  };
  return { status, scope, item };
}

/** One CSV row (in CSV_COLUMNS order): the zone's first naming quote as the row's quote, industries as their sector ids. */
export function entryToRow(zone: ZoneEntry, source: RowSource): string[] {
  const claims = claimCells(zone);
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    id: zone.id,
    name_zh: zone.name.zh ?? '',
    name_en: zone.name.en ?? '',
    short_zh: zone.short?.zh ?? '',
    short_en: zone.short?.en ?? '',
    aliases: zone.aliases.join(LIST_SEPARATOR),
    lng: String(zone.lng),
    lat: String(zone.lat),
    crs: 'wgs84',
    precision_km: zone.precisionKm === undefined ? '' : String(zone.precisionKm),
    province: zone.province,
    city: zone.city,
    city_name_zh: zone.cityName?.zh ?? '',
    city_name_en: zone.cityName?.en ?? '',
    district: zone.district ?? '',
    parent: zone.parent ?? '',
    level: zone.level,
    model: zone.model ? claims.item(zone.model) : '',
    measures: zone.measures.map(claims.item).join(LIST_SEPARATOR),
    status: claims.status,
    scope: claims.scope,
    industries: [...new Set(zone.industries.map((i) => i.sector))].join(LIST_SEPARATOR),
    source_title: source.title,
    source_publisher: source.publisher,
    source_url: source.url,
    quote: zone.evidence[0]?.quote ?? '',
  };
  return CSV_COLUMNS.map((c) => cells[c]);
}
