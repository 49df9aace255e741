// Loading user data: every malformed file gets its error code at its row and column (or JSON path), and never a partial dataset.
import { describe, expect, it } from 'vitest';
import { fixture, gazetteer, taxonomy, utf8 } from './io-kit.test-helpers.ts';
import { buildAtlas } from '../../core/data/atlas.ts';
import { MAX_ISSUES, type ImportIssue, type ImportResult } from './io/errors.ts';
import { importUserData } from './io/import.ts';
import { toAtlasFile } from './io/search.ts';
import { formatImportError } from './io/messages.ts';

const sectorLabel = (id: string) => taxonomy.sectors.find((s) => s.id === id)!.label;
const load = (bytes: Uint8Array, fileName?: string) => importUserData(bytes, { taxonomy, fileName, gazetteer });
const HEADER = 'id,name_zh,name_en,lng,lat,province,city,level,model,measures,industries,source_title,source_url,quote';
const ROW =
  'qingdao-blue-valley,青岛蓝谷,Qingdao Blue Valley,120.67,36.37,370000,370200,other,,,,Title,,青岛蓝谷的体制';

/** The result must be a failure carrying only errors: no dataset, not even part of one. */
function errorsOf(result: ImportResult): ImportIssue[] {
  expect(result.ok).toBe(false);
  expect(Object.keys(result).sort()).toEqual(['errors', 'ok']);
  return result.ok ? [] : result.errors;
}

describe('valid files', async () => {
  it('loads a CSV file: places by city, zones with their evidence, sources with links', async () => {
    const result = await load(fixture('valid.csv'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([]);
    const { places, sources } = result.dataset;
    expect(places.map((p) => [p.id, p.prefecture, p.province, p.zones.map((z) => z.id)])).toEqual([
      ['city-370200', '370200', '370000', ['qingdao-blue-valley', 'qingdao-hi-tech-zone']],
      ['city-320200', '320200', '320000', ['xishan-etdz']],
    ]);
    expect(sources.map((s) => [s.title, s.url])).toEqual([
      ['聚焦关键节点统筹推进开发区体制机制改革创新', 'https://example.org/qingdao'],
      ['开发区第一时间学习贯彻区委务虚会精神', 'https://example.org/xishan'],
    ]);
    const xishan = places[1]!.zones[0]!;
    const quote = [{ source: sources[1]!.id, quote: '锡山经济技术开发区召开党工委扩大会议' }];
    expect(xishan).toMatchObject({
      name: { zh: '锡山经济技术开发区', en: 'Xishan ETDZ' },
      short: { zh: '锡山经济技术开发区', en: 'Xishan ETDZ' },
      location: { lngLat: [120.4, 31.6] },
      level: { value: 'national' },
      nameEvidence: quote,
      model: { id: 'de-administration-market', evidence: quote },
      measures: [
        { id: 'streamlining', evidence: quote },
        { id: 'personnel-pay', evidence: quote },
      ],
      industries: [{ sector: 'manufacturing', label: sectorLabel('manufacturing'), evidence: quote }],
    });
  });

  it('loads a hand-written JSON file with short forms (ids as strings, one name, facts without their own evidence)', async () => {
    const result = await load(fixture('valid.json'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [blueValley, hiTech] = result.dataset.places[0]!.zones;
    expect(blueValley!.model?.id).toBe('statutory-body');
    expect(hiTech!.name).toEqual({ zh: '青岛高新区', en: '青岛高新区' });
    expect(hiTech!.measures[0]!.evidence[0]!.quote).toBe('分别确定1~3个特色鲜明、带动力强的主导产业');
    expect(hiTech!.industries.map((i) => i.label)).toEqual([
      sectorLabel('digital'),
      { zh: '生物医药', en: 'Biomedicine' },
    ]);
    expect(result.dataset.sources[0]!.id).toMatch(/^999_[0-9a-f]{16}$/);
  });

  it('becomes an AtlasFile the app can show, with empty pinyin keys', async () => {
    const result = await load(fixture('valid.csv'));
    if (!result.ok) throw new Error('invalid');
    const file = toAtlasFile(result.dataset);
    expect(file.search['xishan-etdz']).toEqual({ pinyin: '', initials: '' });
    const atlas = buildAtlas(file);
    expect(atlas.zones.map((z) => [z.zone.id, z.model.id, z.color])).toEqual([
      ['qingdao-blue-valley', 'statutory-body', '#0072B2'],
      ['qingdao-hi-tech-zone', 'not-stated', '#5C5C5C'],
      ['xishan-etdz', 'de-administration-market', '#56B4E9'],
    ]);
  });

  it('strips a BOM, so the first column is still "id"', async () => {
    expect((await load(fixture('bom.csv'))).ok).toBe(true);
  });

  it('keeps an HTML payload in a name as inert text, with a warning naming the cell', async () => {
    const result = await load(fixture('html-name.csv'));
    if (!result.ok) throw new Error('invalid');
    expect(result.dataset.places[0]!.zones[0]!.name.en).toBe('<img src=x onerror=alert(1)>');
    expect(result.warnings).toEqual([
      { code: 'html-text', row: 2, column: 'name_en', value: '<img src=x onerror=alert(1)>', params: {} },
    ]);
  });

  it('warns about unknown columns, ignores untitled ones, skips blank rows, accepts any column order and header case', async () => {
    const columns = HEADER.split(',');
    const cells = ROW.split(',');
    const order = columns.map((_, i) => i).reverse();
    const text = [
      [...order.map((i) => columns[i]!.toUpperCase()), 'notes', '', ''].join(','),
      ',,,,,,,,,,,,,,,,',
      [...order.map((i) => cells[i]!), 'ignored', '', ''].join(','),
    ].join('\n');
    const result = await load(utf8(text));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([{ code: 'unknown-columns', row: 1, params: { columns: 'notes' } }]);
    expect(result.dataset.places[0]!.zones[0]!.location.lngLat).toEqual([120.67, 36.37]);
  });
});

describe('mistakes that load, said (issue 35)', async () => {
  const row = (id: string, zh: string, en: string, lng: number, lat: number) =>
    `${id},${zh},${en},${lng},${lat},370000,370200,other,,,,Title,,青岛蓝谷的体制`;
  it('the same zone twice, by name or by point and a like name, is a warning naming both rows', async () => {
    const text = [
      HEADER,
      row('a', '青岛蓝谷', 'Qingdao Blue Valley', 120.67, 36.37),
      row('b', '青岛蓝谷', 'Blue Valley again', 120.5, 36.3),
      row('c', '青岛高新区', 'Qingdao Hi-tech Zone', 120.27, 36.27),
      row('d', '青岛高新技术产业开发区', 'Qingdao High-tech Industrial Development Zone', 120.2705, 36.2702),
      row('e', '青岛邮轮港区', 'Qingdao Cruise Port', 120.2705, 36.2702),
    ].join('\n');
    const result = await load(utf8(text));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toEqual([
      { code: 'duplicate-zone', row: 3, column: 'name_zh', value: '青岛蓝谷', params: { firstRow: 2 } },
      { code: 'duplicate-point', row: 5, column: 'lng', value: '青岛高新技术产业开发区', params: { firstRow: 4 } },
    ]);
    // In the reader's language, naming the first row.
    expect(formatImportError(result.warnings[0]!, 'zh')).toContain('第2行');
    expect(formatImportError(result.warnings[1]!, 'en')).toContain('row 4');
  });
  it('a point at sea that names a city far away is refused, with the distance', async () => {
    const text = [
      HEADER.replace('province,city', 'province,city'),
      `a,南京的区,Nanjing zone,122.5,35,320000,南京,other,,,,Title,,青岛蓝谷的体制`,
    ].join('\n');
    const errors = errorsOf(await load(utf8(text)));
    expect(errors).toMatchObject([{ code: 'place-far', row: 2, column: 'city', value: '南京' }]);
    expect(Number(errors[0]!.params.km)).toBeGreaterThan(200);
    expect(formatImportError(errors[0]!, 'zh')).toContain('离南京约');
  });

  it('a point on no land, far off the coast, is a warning with the distance; one on land is not', async () => {
    // Zhoushan: a city whose border the basemap does not draw (only its province's), so only the coast is measured.
    const text = [HEADER, 'a,舟山某区,Zhoushan zone,123.6,30.0,330000,330900,other,,,,Title,,青岛蓝谷的体制'].join(
      '\n',
    );
    const result = await load(utf8(text));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ code: 'at-sea', row: 2, column: 'lng' });
    const km = Number(result.warnings[0]!.params.km);
    expect(km).toBeGreaterThan(50);
    expect(km).toBeLessThan(250);
    expect(formatImportError(result.warnings[0]!, 'en')).toContain(`about ${km} km from the nearest coast`);
  });
});

describe('malformed files', async () => {
  it.each([
    // CSV structure
    ['empty.csv', { code: 'empty' }],
    ['header-only.csv', { code: 'no-zones' }],
    ['missing-columns.csv', { code: 'missing-columns', row: 1, params: { columns: 'lat|location,quote' } }],
    ['bad-sep-line.csv', { code: 'csv-delimiter', row: 1, params: { found: '|' } }],
    ['unclosed-quote.csv', { code: 'csv-unclosed-quote', row: 3 }],
    ['stray-quote.csv', { code: 'csv-stray-quote', row: 2 }],
    ['column-count.csv', { code: 'column-count', row: 3, params: { expected: 14, found: 13 } }],
    // values
    ['bad-number.csv', { code: 'bad-number', row: 3, column: 'lat', value: 'north' }],
    ['out-of-china.csv', { code: 'out-of-china', row: 2, column: 'lng', value: '2.35', params: { min: 73, max: 136 } }],
    ['swapped-coordinates.csv', { code: 'swapped-coordinates', row: 2, column: 'lng' }],
    ['duplicate-id.csv', { code: 'duplicate-id', row: 4, column: 'id', params: { firstRow: 2 } }],
    ['unknown-model.csv', { code: 'unknown-model', row: 2, column: 'model', value: 'city-state' }],
    ['unknown-measure.csv', { code: 'unknown-measure', row: 3, column: 'measures', value: 'tax-holiday' }],
    ['unknown-sector.csv', { code: 'unknown-sector', row: 3, column: 'industries', value: 'mining' }],
    ['bad-url.csv', { code: 'bad-url', row: 2, column: 'source_url', value: 'javascript:alert(document.cookie)' }],
    ['data-url.csv', { code: 'bad-url', row: 2, column: 'source_url' }],
    ['bad-level.csv', { code: 'bad-level', row: 2, column: 'level', value: 'state' }],
    [
      'bad-province.csv',
      { code: 'unknown-place', row: 2, column: 'province', value: '37', params: { kind: 'province' } },
    ],
    [
      'city-not-in-province.csv',
      { code: 'place-mismatch', row: 2, column: 'city', value: '320200', params: { kind: 'city', foundZh: '青岛市' } },
    ],
    ['bad-district.csv', { code: 'district-not-in-city', row: 2, column: 'district', params: { city: '370200' } }],
    ['control-char.csv', { code: 'control-char', row: 2, column: 'name_en', params: { char: 'U+202E' } }],
    ['quote-too-long.csv', { code: 'too-long', row: 2, column: 'quote', params: { max: 60, length: 64 } }],
    ['missing-quote.csv', { code: 'required', row: 3, column: 'quote' }],
    ['missing-source.csv', { code: 'missing-source', row: 2, column: 'source_title' }],
    ['missing-name.csv', { code: 'required', row: 2, column: 'name_zh' }],
    // JSON
    ['not-json.txt', { code: 'not-json' }],
    ['atlas-shape.json', { code: 'json-format', params: { expected: 'zone-reform-atlas/zones@1' } }],
    ['empty-zones.json', { code: 'no-zones' }],
    ['wrong-type.json', { code: 'wrong-type', path: 'zones[0].lng', params: { expected: 'number' } }],
    ['unknown-field.json', { code: 'unknown-field', path: 'zones[0]', value: 'mesures' }],
    ['missing-field.json', { code: 'missing-field', path: 'zones[0].lat' }],
    ['unknown-source.json', { code: 'unknown-source', path: 'zones[0].evidence[0].source', value: 's9' }],
    ['unknown-measure.json', { code: 'unknown-measure', path: 'zones[0].measures[1].id', value: 'tax-holiday' }],
    ['duplicate-id.json', { code: 'duplicate-id', path: 'zones[1].id', params: { firstPath: 'zones[0].id' } }],
    ['bad-url.json', { code: 'bad-url', path: 'sources[0].url', value: 'javascript:alert(1)' }],
  ])('%s: %o', async (name, expected) => {
    const errors = errorsOf(await load(fixture(name), name));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject(expected);
  });

  // What the Data dialog lists for them (moved here from the browser suite: docs/testing.md): the place, then the
  // message, in the reader's language.
  it.each([
    ['unknown-model.csv', /^Row 2, column “model”: .*city-state/],
    ['out-of-china.csv', /^Row 2, column “lng”: /],
    ['duplicate-id.csv', /^Row 4, column “id”: .*row 2/],
    ['missing-columns.csv', /^Row 1: .*lat/],
  ])('%s is told as the dialog lists it', async (name, text) => {
    const [problem] = errorsOf(await load(fixture(name), name));
    expect(formatImportError(problem!, 'en')).toMatch(text);
    expect(formatImportError(problem!, 'zh')).toMatch(/^第\d+行/);
  });

  it('a 10 MB file is refused for its size', async () => {
    const big = new Uint8Array(10 * 1024 * 1024).fill(0x0a);
    big.set(utf8(`${HEADER}\n${ROW}\n`));
    expect(errorsOf(await load(big))).toEqual([{ code: 'too-large', params: { size: 10, limit: 5 } }]);
  });

  it('reports every error of a file, in row order, and loads none of its good rows', async () => {
    const text = [HEADER, ROW.replace('120.67', 'x'), ROW.replace('qingdao-blue-valley', 'ok-zone'), ROW].join('\n');
    expect(errorsOf(await load(utf8(text))).map((e) => [e.code, e.row, e.column])).toEqual([
      ['bad-number', 2, 'lng'],
      ['duplicate-id', 4, 'id'],
    ]);
  });

  it('a source shared by several rows is reported on each of them', async () => {
    const bad = ROW.replace('Title,', 'Title,ftp://example.org/x');
    const text = [HEADER, bad, bad.replace('qingdao-blue-valley', 'second')].join('\n');
    expect(errorsOf(await load(utf8(text))).map((e) => [e.code, e.row, e.column])).toEqual([
      ['bad-url', 2, 'source_url'],
      ['bad-url', 3, 'source_url'],
    ]);
  });

  it(`lists at most ${MAX_ISSUES} errors, then counts the rest`, async () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      ROW.replace('qingdao-blue-valley', `zone-${i}`).replace('120.67', '1'),
    );
    const errors = errorsOf(await load(utf8([HEADER, ...rows].join('\n'))));
    expect(errors).toHaveLength(MAX_ISSUES + 1);
    expect(errors.at(-1)).toEqual({ code: 'more-errors', params: { count: 100 } });
  });

  it('checks the result with the dataset schema itself (here: a taxonomy the schema refuses)', async () => {
    const result = await importUserData(fixture('valid.csv'), {
      taxonomy: { ...taxonomy, measures: taxonomy.measures.slice(0, 3) },
    });
    expect(errorsOf(result)[0]).toMatchObject({ code: 'schema', path: 'taxonomy.measures' });
  });
});
