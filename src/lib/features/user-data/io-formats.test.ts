// Files as Chinese Excel, WPS, Amap and Baidu give them: GB18030, sep= lines, semicolons, tabs in UTF-16, full-width commas,
// workbooks, Chinese headers and labels, places by name or from coordinates, GCJ-02/BD-09 points — and the one message for each fault.
import { utils, write } from '@e965/xlsx';
import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { toWgs84 } from './io/coords.ts';
import type { ImportIssue, ImportResult } from './io/errors.ts';
import { importUserData } from './io/import.ts';
import { formatImportError, readInfoText } from './io/messages.ts';
import { fixture, gazetteer, taxonomy, utf8 } from './io-kit.test-helpers.ts';

const load = (bytes: Uint8Array, fileName?: string, crs?: 'wgs84' | 'gcj02' | 'bd09') =>
  importUserData(bytes, { taxonomy, fileName, gazetteer, crs });

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}
function errors(result: ImportResult): ImportIssue[] {
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.errors;
}
const zones = (result: ImportResult) =>
  ok(result).dataset.places.flatMap((p) => p.zones.map((z) => ({ ...z, place: p })));
/** Great-circle distance in metres. */
const metres = (a: readonly [number, number], b: readonly [number, number]) =>
  geoDistance([a[0], a[1]], [b[0], b[1]]) * 6_371_008.8;

describe('encodings and dialects', () => {
  it('reads a GB18030 CSV from Chinese Excel: Chinese headers, labels as values, city by name or from the point', async () => {
    const result = ok(await load(fixture('excel-gbk.csv')));
    expect(result.info).toMatchObject({ format: 'csv', encoding: 'GB18030', delimiter: ',' });
    const [blueValley, xishan] = zones(result);
    expect(blueValley).toMatchObject({
      id: 'qingdao-blue-valley',
      name: { zh: '青岛蓝谷', en: 'Qingdao Blue Valley' },
      prefecture: '370200',
      level: { value: 'other' },
      model: { id: 'statutory-body' },
      measures: [{ id: 'streamlining' }, { id: 'personnel-pay' }],
      industries: [{ sector: 'digital' }],
      place: { province: '370000', name: { zh: '青岛', en: 'Qingdao' } },
    });
    // 财税、债务与土地 is one label although it contains the separator 、
    expect(xishan).toMatchObject({
      prefecture: '320200',
      level: { value: 'national' },
      model: { id: 'de-administration-market' },
      measures: [{ id: 'streamlining' }, { id: 'fiscal-land' }],
      place: { province: '320000', name: { zh: '无锡', en: 'Wuxi' } },
    });
    expect(result.dataset.regions).toMatchObject({ '370200': { zh: '青岛市', en: 'Qingdao' } });
  });

  it('follows Excel’s sep= line and keeps the spreadsheet’s row numbers', async () => {
    expect(errors(await load(fixture('sep-line-bad-number.csv')))).toEqual([
      { code: 'bad-number', row: 3, column: 'lng', value: '120,67', params: {} },
    ]);
  });

  it.each([
    ['semicolons.csv', ';', 'UTF-8'],
    ['fullwidth-commas.csv', '，', 'UTF-8'],
    ['unicode-text.txt', '\t', 'UTF-16LE'],
  ])('sniffs the delimiter of %s from its header', async (name, delimiter, encoding) => {
    const result = ok(await load(fixture(name), name));
    expect(result.info).toMatchObject({ delimiter, encoding });
    expect(zones(result)).toHaveLength(1);
  });

  it('a tab-separated Unicode text from Excel: city by English name, district by its short name', async () => {
    const [zone] = zones(await load(fixture('unicode-text.txt')));
    expect(zone).toMatchObject({ prefecture: '370200', district: '370211', id: 'zone-2' });
  });
});

describe('workbooks', () => {
  const sheet = (rows: unknown[][]) => utils.aoa_to_sheet(rows);
  function workbook(bookType: 'xlsx' | 'xls') {
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet([['说明'], ['这一页不是数据']]), '说明');
    utils.book_append_sheet(
      book,
      sheet([
        [],
        ['名称', '英文名', '经度', '纬度', '城市', '级别', '管理体制', '改革措施', '来源标题', '引文'],
        [
          '青岛蓝谷',
          'Qingdao Blue Valley',
          120.67,
          36.37,
          '青岛市',
          '其他',
          '法定机构',
          '精简机构',
          '聚焦',
          '青岛蓝谷的体制',
        ],
        ['烟台开发区', 'Yantai ETDZ', 121.25, 'x', '烟台', '国家级', '', '', '聚焦', '烟台开发区的体制'],
      ]),
      '开发区',
    );
    return new Uint8Array(write(book, { type: 'array', bookType }) as ArrayBuffer);
  }

  it.each(['xlsx', 'xls'] as const)('reads the 开发区 sheet of an .%s made by the library', async (bookType) => {
    const bytes = workbook(bookType);
    // Row numbers are the sheet's: the header is on row 2, the faulty row is row 4.
    expect(errors(await load(bytes, `zones.${bookType}`))).toEqual([
      { code: 'bad-number', row: 4, column: '纬度', value: 'x', params: {}, sheet: '开发区' },
    ]);
    expect(formatImportError(errors(await load(bytes, `zones.${bookType}`))[0]!, 'zh')).toMatch(
      /^工作表“开发区”第4行“纬度”列：/,
    );
  });

  it('skips a hidden first sheet (a drop-down’s lists) and names the sheet it read', async () => {
    const book = utils.book_new();
    utils.book_append_sheet(book, sheet([['管理体制'], ['法定机构'], ['党工委（管委会）+公司']]), '选项');
    utils.book_append_sheet(
      book,
      sheet([
        ['名称', '经度', '纬度', '管理体制', '来源链接', '引文'],
        ['青岛蓝谷', 120.67, 36.37, '法定机构', 'https://example.org/a', '青岛蓝谷的体制'],
      ]),
      'Sheet2',
    );
    book.Workbook = {
      Sheets: [
        { name: '选项', Hidden: 1 },
        { name: 'Sheet2', Hidden: 0 },
      ],
    };
    const result = ok(await load(new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)));
    expect(result.info).toMatchObject({ format: 'xlsx', sheet: 'Sheet2' });
  });

  it('names an Excel error value as such, in a workbook and in a CSV saved from one', async () => {
    const rows = [
      ['名称', '经度', '纬度', '管理体制', '来源链接', '引文'],
      ['青岛蓝谷', 120.67, '#N/A', '法定机构', 'https://example.org/a', '青岛蓝谷的体制'],
      ['#REF!', 120.6, 36.3, '法定机构', 'https://example.org/a', '青岛蓝谷的体制'],
    ];
    const book = utils.book_new();
    const ws = sheet(rows);
    // As Excel stores them: error cells (t: 'e', with the error's code), not text.
    ws['C2'] = { t: 'e', v: 0x2a, w: '#N/A' };
    ws['A3'] = { t: 'e', v: 0x17, w: '#REF!' };
    utils.book_append_sheet(book, ws, '开发区');
    const fromBook = errors(
      await load(new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)),
    );
    const fromCsv = errors(await load(utf8(rows.map((r) => r.join(',')).join('\n')), 'zones.csv'));
    for (const list of [fromBook, fromCsv])
      expect(list.map((e) => [e.code, e.row, e.column, e.value])).toEqual([
        ['excel-error', 2, '纬度', '#N/A'],
        ['excel-error', 3, '名称', '#REF!'],
      ]);
    expect(formatImportError(fromCsv[0]!, 'en')).toContain('Excel’s error value “#N/A”');
  });

  it('loads a valid workbook and says which sheet it read', async () => {
    const book = utils.book_new();
    utils.book_append_sheet(
      book,
      sheet([
        ['名称', '经度', '纬度', '管理体制', '来源链接', '引文'],
        ['青岛蓝谷', 120.67, 36.37, 'Statutory body', 'https://example.org/a', '青岛蓝谷的体制'],
      ]),
      'Sheet1',
    );
    const result = ok(await load(new Uint8Array(write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer)));
    expect(result.info).toMatchObject({ format: 'xlsx', sheet: 'Sheet1' });
    expect(zones(result)[0]).toMatchObject({ location: { lngLat: [120.67, 36.37] }, model: { id: 'statutory-body' } });
  });

  it('a damaged workbook is refused with one message', async () => {
    const bytes = workbook('xlsx').slice(0, 200);
    expect(errors(await load(bytes))).toMatchObject([{ code: 'workbook-unreadable' }]);
  });
});

describe('coordinate systems', () => {
  // Reference values from two independent implementations of the same published transforms: googollee/eviltransform's
  // tests (WGS84 → GCJ-02) and coordtransform_rs's tests (BD-09 → GCJ-02).
  it.each([
    ['Shanghai', [121.531541859215, 31.17530398364597], [121.5272106, 31.1774276]],
    ['Shenzhen', [113.9171764808363, 22.540796131694766], [113.912316, 22.543847]],
    ['Beijing', [116.38404722455657, 39.91334545536069], [116.377817, 39.911954]],
  ] as const)('GCJ-02 (%s) converts to its known WGS84 position within 1 m', (_name, gcj, wgs84) => {
    expect(metres(toWgs84('gcj02', gcj[0], gcj[1]), wgs84)).toBeLessThan(1);
  });

  it('BD-09 is GCJ-02 after Baidu’s known offset, then converted the same way', () => {
    const gcj = [116.39762729119315, 39.90865673957631] as const; // coordtransform_rs: bd09_to_gcj02(116.404, 39.915)
    expect(metres(toWgs84('bd09', 116.404, 39.915), toWgs84('gcj02', gcj[0], gcj[1]))).toBeLessThan(1);
  });

  it('converts rows by their crs cell (高德, 百度) and "lng,lat" cells, and counts them', async () => {
    const result = ok(await load(fixture('amap-baidu.csv')));
    expect(result.info.converted).toEqual({ gcj02: 1, bd09: 1 });
    const [shanghai, jinhua] = zones(result);
    expect(metres(shanghai!.location.lngLat, [121.5272106, 31.1774276])).toBeLessThan(1);
    expect(shanghai).toMatchObject({ prefecture: '310100', place: { name: { zh: '上海', en: 'Shanghai' } } });
    expect(jinhua!.location.lngLat).toEqual(toWgs84('bd09', 120.019809, 29.199786));
    expect(metres(jinhua!.location.lngLat, [120.019809, 29.199786])).toBeGreaterThan(700); // Baidu's offset is about 1 km
    expect(jinhua).toMatchObject({ prefecture: '330700', place: { name: { zh: '金华', en: 'Jinhua' } } });
  });

  it('the load notice says how points were read: converted, or taken as WGS84 with advice for Amap and Baidu', async () => {
    const gbk = readInfoText(ok(await load(fixture('excel-gbk.csv'))).info);
    expect(gbk.zh).toBe(
      '按 GB18030 编码读取，以逗号分隔。坐标按 WGS84（GPS）读取；如果复制自高德或百度，请加“坐标系”列或在“数据”中选择坐标系后重新加载。' +
        '文件没有注明6项体制和措施的状态或范围（“状态”“范围”两列），这些按“已实施、本区”显示；若是计划或全市改革，请补上这两列。',
    );
    const converted = readInfoText(ok(await load(fixture('amap-baidu.csv'))).info);
    expect(converted.en).toBe(
      'Read as UTF-8, separated by commas. 1 point was converted from GCJ-02 (Amap, Tencent) to WGS84. 1 point was converted from BD-09 (Baidu) to WGS84.',
    );
  });

  it('the dialog’s choice applies to rows without a crs', async () => {
    const csv = '名称,经度,纬度,引文,来源标题\n青岛蓝谷,120.6757,36.3693,青岛蓝谷的体制,Title\n';
    const wgs = zones(await load(utf8(csv)))[0]!.location.lngLat;
    const fromAmap = zones(await load(utf8(csv), undefined, 'gcj02'))[0]!.location.lngLat;
    expect(metres(wgs, fromAmap)).toBeGreaterThan(300);
    expect(metres(wgs, fromAmap)).toBeLessThan(700);
  });

  it.each([
    ['bad-crs.csv', { code: 'bad-crs', row: 2, column: '坐标系', value: '谷歌' }],
    ['swapped-location.csv', { code: 'swapped-coordinates', row: 2, column: '坐标' }],
  ])('%s: one error at its cell', async (name, expected) => {
    const list = errors(await load(fixture(name)));
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject(expected);
  });

  it('a "lng,lat" pasted into the lng cell is read as both coordinates', async () => {
    const csv = 'name_zh,lng,lat,quote,source_title\n青岛蓝谷,"120.67, 36.37",,青岛蓝谷的体制,Title\n';
    expect(zones(await load(utf8(csv)))[0]!.location.lngLat).toEqual([120.67, 36.37]);
  });
});

describe('places without codes', () => {
  it('a city name that disagrees with the coordinates names both', async () => {
    const [problem] = errors(await load(fixture('city-mismatch.csv')));
    expect(problem).toMatchObject({ code: 'place-mismatch', row: 2, column: '城市', value: '烟台' });
    expect(formatImportError(problem!, 'zh')).toBe(
      '第2行“城市”列：城市“烟台”与坐标不符：坐标在青岛市。请检查坐标（及坐标系）或城市。',
    );
    expect(formatImportError(problem!, 'en')).toContain('lie in Qingdao');
  });

  it('where the basemap has no city borders, the city must be named; then it is matched', async () => {
    const [problem] = errors(await load(fixture('city-needed.csv')));
    expect(problem).toMatchObject({ code: 'place-needed', row: 2, column: 'city' });
    expect(formatImportError(problem!, 'zh')).toContain('坐标在黑龙江省');
    const named = '名称,经度,纬度,城市,引文,来源标题\n哈尔滨新区,126.53,45.80,Harbin,哈尔滨的说明,Title\n';
    expect(zones(await load(utf8(named)))[0]).toMatchObject({
      prefecture: '230100',
      place: { province: '230000', name: { zh: '哈尔滨', en: 'Harbin' } },
    });
  });

  it.each([
    ['青岛', '370200'],
    ['青岛市', '370200'],
    ['Qingdao', '370200'],
    ['ＱＩＮＧＤＡＯ', '370200'],
    ['370200', '370200'],
  ])('the city %s is %s', async (city, adcode) => {
    const csv = `名称,经度,纬度,城市,引文,来源标题\n青岛蓝谷,120.67,36.37,${city},青岛蓝谷的体制,Title\n`;
    expect(zones(await load(utf8(csv)))[0]!.prefecture).toBe(adcode);
  });

  it('an unknown place name says what to write', async () => {
    const csv = '名称,经度,纬度,城市,引文,来源标题\n青岛蓝谷,120.67,36.37,青到,青岛蓝谷的体制,Title\n';
    const [problem] = errors(await load(utf8(csv)));
    expect(problem).toMatchObject({ code: 'unknown-place', params: { kind: 'city' }, value: '青到' });
    expect(formatImportError(problem!, 'zh')).toContain('找不到城市“青到”');
  });
});

describe('values and headers as people write them', () => {
  it('unknown labels list the valid ones in the reader’s language', async () => {
    const csv = '名称,经度,纬度,管理体制,引文,来源标题\n青岛蓝谷,120.67,36.37,城市国家,青岛蓝谷的体制,Title\n';
    const [problem] = errors(await load(utf8(csv)));
    expect(problem).toMatchObject({ code: 'unknown-model', column: '管理体制', value: '城市国家' });
    expect(formatImportError(problem!, 'zh')).toContain('可用的有：法定机构、党工委（管委会）+公司');
    expect(formatImportError(problem!, 'en')).toContain('Known models: Statutory body, Committee + company');
  });

  it('a near miss points to the label it resembles', async () => {
    const csv = '名称,经度,纬度,改革措施,引文,来源标题\n青岛蓝谷,120.67,36.37,审批改革,青岛蓝谷的体制,Title\n';
    const [problem] = errors(await load(utf8(csv)));
    expect(formatImportError(problem!, 'zh')).toMatch(/。是指“放权与审批改革”吗？$/);
    expect(formatImportError(problem!, 'en')).toMatch(/ Did you mean “Delegated powers and approvals”\?$/);
  });

  it('a missing column is named in the reader’s language, with its alternatives', async () => {
    const [problem] = errors(await load(utf8('名称,经度,引文,来源标题\n青岛蓝谷,120.67,青岛蓝谷的体制,Title\n')));
    expect(formatImportError(problem!, 'zh')).toBe('第1行：缺少必需的列：纬度（lat）或坐标（location）。');
    expect(formatImportError(problem!, 'en')).toBe('Row 1: Missing required columns: lat or location.');
  });
});

describe('status and scope, as people write them (issue 30)', () => {
  const head = '名称,经度,纬度,管理体制,改革措施,状态,范围,引文,来源标题\n';
  it('a row’s status and scope apply to its model and measures; an item’s own bracket wins; no default notice', async () => {
    const csv = `${head}锡山开发区,120.4,31.6,去行政化+市场化运作,精简机构；人事与薪酬（已实施）,提出,本区,要以“去行政化”引领体制机制改革,T\n`;
    const result = ok(await load(utf8(csv)));
    const [zone] = result.dataset.places[0]!.zones;
    expect(zone!.model).toMatchObject({ id: 'de-administration-market', status: 'proposed', scope: 'zone' });
    expect(zone!.measures.map((m) => [m.id, m.status, m.scope])).toEqual([
      ['streamlining', 'proposed', 'zone'],
      ['personnel-pay', 'in-place', 'zone'],
    ]);
    expect(result.info.defaultedClaims).toBe(0);
    expect(readInfoText(result.info).en).not.toMatch(/no status or scope/);
  });
  it('English ids and labels work too: proposed, city-wide', async () => {
    const csv = `${head.replace('状态,范围', 'status,scope')}青岛蓝谷,120.67,36.37,,streamlining,In place,City-wide reform,青岛蓝谷的体制,T\n`;
    const [zone] = ok(await load(utf8(csv))).dataset.places[0]!.zones;
    expect(zone!.measures[0]).toMatchObject({ status: 'in-place', scope: 'city' });
  });
  it('an unknown status is one error at its cell, naming the known ones in the reader’s language', async () => {
    const csv = `${head}青岛蓝谷,120.67,36.37,,精简机构,差不多,本区,青岛蓝谷的体制,T\n`;
    const [problem, ...rest] = errors(await load(utf8(csv)));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'bad-status', row: 2, column: '状态', value: '差不多' });
    expect(formatImportError(problem!, 'zh')).toContain('可用的有：提出、推进中、已实施');
    expect(formatImportError(problem!, 'en')).toContain('Known statuses: Proposed, In progress, In place');
  });
});
