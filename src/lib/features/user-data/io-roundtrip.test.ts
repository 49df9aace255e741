// Download → load gives the same zones: CSV and JSON of the built-in data and of filtered subsets, the template, formula cells.
import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../../../scripts/lib/source-data.ts';
import { atlasFile } from '../../../../scripts/lib/search-index.ts';
import { buildAtlas, type Atlas, type ZoneView } from '../../core/data/atlas.ts';
import { parseCsv } from './io/csv.ts';
import { csvTemplate, zonesToCsv, zonesToJson } from './io/export.ts';
import { importUserData } from './io/import.ts';
import { toAtlasFile } from './io/search.ts';
import type { Evidence } from '../../core/data/schema.ts';
import { gazetteer, utf8 } from './io-kit.test-helpers.ts';

// The same dataset data/build/atlas.json is built from.
const { data } = loadSourceData();
const builtIn = buildAtlas(atlasFile(data!));
const taxonomy = builtIn.data.taxonomy;

async function reload(text: string): Promise<Atlas> {
  const result = await importUserData(utf8(text), { taxonomy, gazetteer });
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 5)));
  expect(result.warnings).toEqual([]);
  return buildAtlas(toAtlasFile(result.dataset));
}

/** Evidence as what a reader sees: the quote and its source's title and publisher. */
const cited = (atlas: Atlas, list: Evidence[]) =>
  list.map((e) => {
    const s = atlas.sources.get(e.source)!;
    return { quote: e.quote, title: s.title ?? s.description.zh, publisher: s.publisher };
  });

/** What a download promises to keep. */
function essentials(atlas: Atlas, v: ZoneView, { allEvidence }: { allEvidence: boolean }) {
  const { zone } = v;
  const facts = {
    id: zone.id,
    name: zone.name,
    short: zone.short,
    aliases: zone.aliases,
    lngLat: zone.location.lngLat,
    precisionKm: zone.location.precisionKm,
    prefecture: zone.prefecture,
    district: zone.district,
    province: v.place.province,
    level: zone.level.value,
    model: v.model.id,
    measures: v.measures.map((m) => m.id),
    sectors: [...new Set(zone.industries.map((i) => i.sector))],
    nameEvidence: cited(atlas, zone.nameEvidence.slice(0, allEvidence ? undefined : 1)),
  };
  if (!allEvidence) return facts;
  return {
    ...facts,
    modelEvidence: cited(atlas, v.model.evidence),
    measureEvidence: v.measures.map((m) => cited(atlas, m.evidence)),
    industries: zone.industries.map((i) => ({ sector: i.sector, label: i.label, evidence: cited(atlas, i.evidence) })),
  };
}

describe.each([
  ['JSON', zonesToJson, true],
  ['CSV', zonesToCsv, false],
] as const)('%s download → load', (_format, download, allEvidence) => {
  it.each([
    ['all built-in zones', () => builtIn.zones],
    ['a filtered subset', () => builtIn.zones.filter((z) => z.zone.industries.length > 0)],
    [
      'one zone that inherits from its parent (written with its parent)',
      () => [builtIn.byId.get('wanshan-lake-science-city')!],
      () => [builtIn.byId.get('xishan-etdz')!, builtIn.byId.get('wanshan-lake-science-city')!],
    ],
  ])('keeps %s', async (_name, pick, expected = pick) => {
    const zones = expected();
    const text = download(pick(), builtIn);
    const loaded = await reload(text);
    expect(loaded.zones.map((v) => essentials(loaded, v, { allEvidence }))).toEqual(
      zones.map((v) => essentials(builtIn, v, { allEvidence })),
    );
    expect(download(loaded.zones, loaded)).toBe(text);
  });
});

describe('the downloads', () => {
  it('JSON lists only the sources its zones cite, with title and publisher', async () => {
    const zibo = builtIn.zones.filter((z) => z.place.id === 'zibo');
    const file = JSON.parse(zonesToJson(zibo, builtIn)) as { format: string; sources: { id: string }[] };
    expect(file.format).toBe('zone-reform-atlas/zones@1');
    expect(file.sources.map((s) => s.id)).toEqual(['001_cf7db271ff3df155']);
    expect(file.sources[0]).toMatchObject({
      title: builtIn.sources.get('001_cf7db271ff3df155')!.title,
      publisher: '掌握鲁中',
    });
  });

  it('CSV opens in Excel as UTF-8 (BOM) and has the header and one row per zone', async () => {
    const text = zonesToCsv(builtIn.zones, builtIn);
    expect(text.startsWith('\uFEFFid,name_zh,name_en,')).toBe(true);
    const parsed = parseCsv(text);
    expect(parsed.ok && parsed.rows.length).toBe(builtIn.zones.length + 1);
  });

  it('keeps user links and sources on a second round', async () => {
    const csv = [
      'id,name_zh,name_en,lng,lat,province,city,level,model,measures,industries,source_title,source_url,quote',
      'my-zone,我的园区,My Zone,116.4,39.9,110000,110100,,,,,,https://example.org/report?id=1&x=2,我的园区的说明',
    ].join('\r\n');
    const once = await reload(csv);
    expect([...once.sources.values()].map((s) => ({ title: s.title, url: (s as { url?: string }).url }))).toEqual([
      { title: null, url: 'https://example.org/report?id=1&x=2' },
    ]);
    const again = await reload(zonesToCsv(once.zones, once));
    expect(zonesToJson(again.zones, again)).toBe(zonesToJson(once.zones, once));
  });

  it('a download from the Chinese page has Chinese headers and reads back the same', async () => {
    const text = zonesToCsv(builtIn.zones, builtIn, 'zh');
    expect(text.startsWith('\uFEFF编号,名称,英文名,')).toBe(true);
    // The city column and the column for how the city is shown are told apart.
    expect(text.split('\r\n')[0]).toMatch(/,城市,城市显示名,城市显示英文名,/);
    const zh = await reload(text);
    const en = await reload(zonesToCsv(builtIn.zones, builtIn, 'en'));
    expect(zonesToJson(zh.zones, zh)).toBe(zonesToJson(en.zones, en));
  });
});

describe('the CSV templates', () => {
  it('the first row is the SCO zone as a download writes it (plus an empty location cell)', () => {
    const rows = (parseCsv(csvTemplate()) as { rows: string[][] }).rows;
    const sco = builtIn.byId.get('qingdao-sco-demonstration-zone')!;
    const download = (parseCsv(zonesToCsv([sco], builtIn)) as { rows: string[][] }).rows;
    expect(rows[0]).toEqual([...download[0]!, 'location']);
    expect(rows[1]).toEqual([...download[1]!, '']);
  });

  it.each(['en', 'zh'] as const)(
    'the %s template loads as the same three zones at their true positions',
    async (lang) => {
      const template = csvTemplate(lang, taxonomy);
      if (lang === 'zh') expect(template).toContain('名称,英文名');
      const loaded = await reload(template);
      const at = (id: string) => loaded.byId.get(id)!.zone;
      expect(loaded.zones.map((z) => z.zone.id)).toEqual([
        'qingdao-sco-demonstration-zone',
        'qingdao-blue-valley',
        'xishan-etdz',
      ]);
      for (const id of ['qingdao-blue-valley', 'xishan-etdz']) {
        const [lng, lat] = at(id).location.lngLat;
        const [lng0, lat0] = builtIn.byId.get(id)!.zone.location.lngLat;
        expect(geoDistance([lng, lat], [lng0, lat0]) * 6_371_008.8).toBeLessThan(1);
      }
      expect(at('qingdao-blue-valley')).toMatchObject({
        prefecture: '370200',
        district: '370215',
        model: { id: 'statutory-body' },
      });
      expect(at('xishan-etdz')).toMatchObject({ prefecture: '320200', level: { value: 'national' } });
      expect(loaded.byId.get('xishan-etdz')!.place.name).toEqual({ zh: '无锡', en: 'Wuxi' });
    },
  );
});

describe('untrusted text in downloads', () => {
  const header =
    'id,name_zh,name_en,lng,lat,province,city,level,model,measures,industries,source_title,source_url,quote';

  it('neutralises formulas in CSV cells and restores them on load', async () => {
    const csv = `${header}\nformula-zone,=1+2,"=HYPERLINK(""http://evil.example"",""x"")",120.5,36.1,370000,370200,,,,,@SUM(A1),,-引文内容\n`;
    const loaded = await reload(csv);
    const zone = loaded.zones[0]!.zone;
    expect(zone.name).toEqual({ zh: '=1+2', en: '=HYPERLINK("http://evil.example","x")' });
    const out = zonesToCsv(loaded.zones, loaded);
    const row = (parseCsv(out) as { rows: string[][] }).rows[1]!;
    expect(row.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    expect(row).toContain("'=1+2");
    expect(row).toContain("'@SUM(A1)");
    expect(row).toContain("'-引文内容");
    expect((await reload(out)).zones[0]!.zone).toEqual(zone);
  });

  it('keeps an HTML payload as the same inert text through both downloads', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const csv = `${header}\nhtml-zone,青岛,"${payload}",120.5,36.1,370000,370200,,,,,Title,,青岛的说明\n`;
    const result = await importUserData(utf8(csv), { taxonomy, gazetteer });
    if (!result.ok) throw new Error('invalid');
    const atlas = buildAtlas(toAtlasFile(result.dataset));
    expect(atlas.zones[0]!.zone.name.en).toBe(payload);
    expect(JSON.parse(zonesToJson(atlas.zones, atlas)).zones[0].name.en).toBe(payload);
    expect(zonesToCsv(atlas.zones, atlas)).toContain(payload);
  });
});

describe('coordinates in a download', () => {
  it('are written to six decimals (about 0.1 m), never a converted point’s float noise', async () => {
    // Amap (GCJ-02) points come back converted to WGS84 with many decimals.
    const header =
      'id,name_zh,name_en,lng,lat,crs,province,city,level,model,measures,industries,source_title,source_url,quote';
    const text = `${header}\nqingdao-blue-valley,青岛蓝谷,Qingdao Blue Valley,120.677722,36.369912,gcj02,370000,370200,other,,,,Title,,青岛蓝谷的体制`;
    const atlas = await reload(text);
    const [lng] = atlas.zones[0]!.zone.location.lngLat;
    expect(String(lng).split('.')[1]!.length).toBeGreaterThan(6);
    const parsed = parseCsv(zonesToCsv(atlas.zones, atlas));
    if (!parsed.ok) throw new Error(parsed.problem);
    const rows = parsed.rows;
    const at = (name: string) => rows[0]!.indexOf(name);
    for (const cell of [rows[1]![at('lng')]!, rows[1]![at('lat')]!]) expect(cell).toMatch(/^\d+\.\d{1,6}$/);
    expect(Number(rows[1]![at('lng')])).toBeCloseTo(lng, 6);
  });
});
