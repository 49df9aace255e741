// zh/en texts of import problems, to move into the UI catalogue later; formatImportError puts the place in front of the message.
import { formatMessage, type Lang } from '../../../core/i18n/messages';
import { columnLabel, type Column } from './columns';
import type { ImportCode, ImportIssue } from './errors';
import type { ReadInfo } from './import';
import type { Bilingual } from '../../../core/data/schema';

type JsonType = 'string' | 'number' | 'object' | 'array' | 'boolean';
export type ImportMessageKey =
  | `import.${ImportCode}`
  | `import.type.${JsonType}`
  | 'import.where.rowColumn'
  | 'import.where.row'
  | 'import.where.separator'
  | 'import.first.row'
  | `import.kind.${'province' | 'city' | 'district'}`
  | 'import.or'
  | 'import.suggest'
  | 'import.read.csv'
  | 'import.read.json'
  | 'import.read.sheet'
  | 'import.read.converted'
  | 'import.read.wgs84'
  | 'import.read.defaultClaims'
  | `import.delimiter.${'comma' | 'semicolon' | 'tab' | 'fullwidth'}`
  | `import.crs.${'gcj02' | 'bd09'}`;

/** Both languages must have every key (the type enforces it). Placeholders are {name}; values are plain text. */
export const IMPORT_MESSAGES: Record<Lang, Record<ImportMessageKey, string>> = {
  zh: {
    'import.too-large': '文件太大（{size} MB），上限是 {limit} MB。',
    'import.empty': '文件是空的。',
    'import.not-text':
      '无法读取：这既不是 UTF-8、UTF-16 或 GB18030（GBK）编码的文本，也不是 Excel 工作簿。请加载 CSV、JSON、.xlsx 或 .xls 文件。',
    'import.workbook-unreadable':
      '无法打开这个工作簿：文件可能已损坏或设置了密码。请在 Excel 或 WPS 中打开后另存为 .xlsx 再加载。',
    'import.not-json': '不是有效的 JSON：{value}',
    'import.json-format': 'JSON 文件须是本应用的开发区文件（"format": "{expected}"）。',
    'import.no-zones': '文件里没有开发区。',
    'import.bad-data-url': '数据地址“{value}”无效。',
    'import.cross-origin': '只能加载本网站上的数据文件；“{value}”不在本网站。',
    'import.network': '无法下载数据文件“{value}”：网络错误。',
    'import.fetch-failed': '无法下载数据文件“{value}”（HTTP {status}）。',
    'import.csv-unclosed-quote': '引号没有闭合：这一行开始的带引号单元格一直没有结束引号。',
    'import.csv-stray-quote': '结束引号后面还有字符。单元格内的引号要写成两个（""）。',
    'import.csv-delimiter': '第一行的“sep={found}”指定了无法识别的分隔符。可用逗号、分号、Tab 或全角逗号“，”分隔各列。',
    'import.missing-columns': '缺少必需的列：{columns}。',
    'import.duplicate-column': '这个列名出现了不止一次。',
    'import.column-count': '这一行有 {found} 个单元格，而表头有 {expected} 列。',
    'import.missing-field': '缺少必填字段。',
    'import.wrong-type': '类型不对：应为{expected}。',
    'import.unknown-field': '无法识别的字段：{value}。',
    'import.required': '必填，但是空的。',
    'import.bad-id': '编号“{value}”无效：只能用小写字母、数字和连字符，如 qingdao-blue-valley。',
    'import.duplicate-id': '编号“{value}”重复：{first}已经用过。',
    'import.duplicate-source': '来源编号“{value}”重复：{first}已经用过。',
    'import.bad-number': '“{value}”不是数字。',
    'import.out-of-china': '坐标 {value} 不在中国范围内（应在 {min} 到 {max} 之间）。',
    'import.swapped-coordinates':
      '经纬度好像填反了（经度 {lng}，纬度 {lat}）：在中国，经度约为 73–136，纬度约为 3–54。',
    'import.bad-location': '“{value}”不是“经度,纬度”形式的坐标，如 120.38,36.07。',
    'import.bad-crs': '未知的坐标系“{value}”：可用 wgs84（GPS）、gcj02（高德、腾讯）或 bd09（百度）。',
    'import.unknown-place':
      '找不到{kind}“{value}”：请填写名称（如 青岛、青岛市、Qingdao）或 6 位行政区划代码，也可留空，由坐标确定。',
    'import.ambiguous-place': '{kind}“{value}”有重名：请同时填写所属的省份或城市，或改用 6 位行政区划代码。',
    'import.place-needed':
      '无法由坐标确定城市（坐标在{province}，底图在那里没有城市边界）。请在“城市”列填写城市名称，如 哈尔滨。',
    'import.place-mismatch': '{kind}“{value}”与坐标不符：坐标在{found}。请检查坐标（及坐标系）或{kind}。',
    'import.bad-precision': '位置精度“{value}”应为正数（公里）。',
    'import.bad-adcode': '“{value}”不是有效的行政区划代码：6位数字，省级以0000结尾（如370000），地级如370200。',
    'import.city-not-in-province': '城市代码 {value} 不属于省份 {province}。',
    'import.district-not-in-city': '区县代码 {value} 不属于城市 {city}。',
    'import.bad-level': '级别“{value}”无效。可用的有：{known}，也可留空。',
    'import.bad-status': '状态“{value}”无效。可用的有：{known}，也可留空（按“已实施”显示）。',
    'import.bad-scope': '范围“{value}”无效。可用的有：{known}，也可留空（按“本区”显示）。',
    'import.bad-strength': '依据强度“{value}”无效：写 explicit（明确）或 implied（间接），也可留空。',
    'import.unknown-parent': '所属园区“{value}”不是本文件中同一城市的开发区编号。',
    'import.unknown-model': '未知的管理体制“{value}”。可用的有：{known}。',
    'import.unknown-measure': '未知的改革措施“{value}”。可用的有：{known}。',
    'import.unknown-sector': '未知的产业门类“{value}”。可用的有：{known}。',
    'import.unknown-source': '引用了不存在的来源“{value}”（sources 中没有这个编号）。',
    'import.missing-source': '缺少来源：请填写来源标题或链接。',
    'import.bad-url': '链接“{value}”无效：只接受以 http:// 或 https:// 开头的网址。',
    'import.too-long': '太长：{length} 个字符，最多 {max} 个。',
    'import.too-short': '太短：至少要 {min} 个字符。',
    'import.control-char': '含有不可见的控制字符（{char}），它会让文字显示得和实际内容不一样。请删除后重新加载。',
    'import.schema': '数据不符合格式：{message}',
    'import.more-errors': '另有 {count} 个问题没有列出。',
    'import.html-text': '这段文字像 HTML 代码，只会按纯文本显示。',
    'import.unknown-columns': '已忽略无法识别的列：{columns}。',
    'import.type.string': '文本',
    'import.type.number': '数字',
    'import.type.object': '对象',
    'import.type.array': '数组',
    'import.type.boolean': '布尔值',
    'import.where.rowColumn': '第{row}行“{column}”列',
    'import.where.row': '第{row}行',
    'import.where.separator': '：',
    'import.first.row': '第{row}行',
    'import.kind.province': '省份',
    'import.kind.city': '城市',
    'import.kind.district': '区县',
    'import.or': '或',
    'import.suggest': '是指“{suggest}”吗？',
    'import.read.csv': '按 {encoding} 编码读取，以{delimiter}分隔。',
    'import.read.json': '按 {encoding} 编码读取 JSON。',
    'import.read.sheet': '读取了 Excel 工作簿的“{sheet}”工作表。',
    'import.read.converted': '{count} 个坐标由 {crs}转换为 WGS84。',
    'import.read.defaultClaims':
      '文件没有注明{count}项体制和措施的状态或范围（“状态”“范围”两列），这些按“已实施、本区”显示；若是计划或全市改革，请补上这两列。',
    'import.read.wgs84':
      '坐标按 WGS84（GPS）读取；如果复制自高德或百度，请加“坐标系”列或在“数据”中选择坐标系后重新加载。',
    'import.delimiter.comma': '逗号',
    'import.delimiter.semicolon': '分号',
    'import.delimiter.tab': 'Tab',
    'import.delimiter.fullwidth': '全角逗号“，”',
    'import.crs.gcj02': 'GCJ-02（高德、腾讯）',
    'import.crs.bd09': 'BD-09（百度）',
  },
  en: {
    'import.too-large': 'The file is too large ({size} MB); the limit is {limit} MB.',
    'import.empty': 'The file is empty.',
    'import.not-text':
      'The file cannot be read: it is neither text in UTF-8, UTF-16 or GB18030 (GBK) nor an Excel workbook. Load a CSV, JSON, .xlsx or .xls file.',
    'import.workbook-unreadable':
      'This workbook cannot be opened: it may be damaged or password-protected. Open it in Excel or WPS, save it as .xlsx and load it again.',
    'import.not-json': 'Not valid JSON: {value}',
    'import.json-format': 'The JSON file must be a zones file of this app ("format": "{expected}").',
    'import.no-zones': 'The file contains no zones.',
    'import.bad-data-url': 'The data address “{value}” is not valid.',
    'import.cross-origin': 'Only data files on this site can be loaded; “{value}” is elsewhere.',
    'import.network': 'The data file “{value}” could not be downloaded: network error.',
    'import.fetch-failed': 'The data file “{value}” could not be downloaded (HTTP {status}).',
    'import.csv-unclosed-quote': 'Unclosed quote: a quoted cell that starts in this row never ends.',
    'import.csv-stray-quote': 'Text after a closing quote. Write a quote inside a cell as two quotes ("").',
    'import.csv-delimiter':
      'The first line “sep={found}” names a separator that is not supported. Separate columns with commas, semicolons, tabs or full-width commas (，).',
    'import.missing-columns': 'Missing required columns: {columns}.',
    'import.duplicate-column': 'This column name appears more than once.',
    'import.column-count': 'This row has {found} cells but the header has {expected} columns.',
    'import.missing-field': 'A required field is missing.',
    'import.wrong-type': 'Wrong type: expected {expected}.',
    'import.unknown-field': 'Unknown field(s): {value}.',
    'import.required': 'Required, but empty.',
    'import.bad-id': 'Invalid id “{value}”: use lowercase letters, digits and hyphens, e.g. qingdao-blue-valley.',
    'import.duplicate-id': 'Duplicate id “{value}”: already used at {first}.',
    'import.duplicate-source': 'Duplicate source id “{value}”: already used at {first}.',
    'import.bad-number': '“{value}” is not a number.',
    'import.out-of-china': 'Coordinate {value} is outside China (it must be between {min} and {max}).',
    'import.swapped-coordinates':
      'Longitude and latitude look swapped (lng {lng}, lat {lat}): in China lng is about 73–136 and lat about 3–54.',
    'import.bad-location': '“{value}” is not a coordinate pair “lng,lat” such as 120.38,36.07.',
    'import.bad-crs': 'Unknown coordinate system “{value}”: use wgs84 (GPS), gcj02 (Amap, Tencent) or bd09 (Baidu).',
    'import.unknown-place':
      'No {kind} “{value}” found: give its name (e.g. 青岛, 青岛市, Qingdao) or 6-digit adcode, or leave it empty to find it from the coordinates.',
    'import.ambiguous-place':
      'More than one {kind} is called “{value}”: also give its province or city, or use the 6-digit adcode.',
    'import.place-needed':
      'The city cannot be found from the coordinates (they are in {province}, where the basemap has no city borders). Give the city’s name in the “city” column, e.g. Harbin.',
    'import.place-mismatch':
      'The {kind} “{value}” does not match the coordinates, which lie in {found}. Check the coordinates (and their system) or the {kind}.',
    'import.bad-precision': 'Location precision “{value}” must be a positive number of kilometres.',
    'import.bad-adcode':
      '“{value}” is not a valid administrative code: 6 digits; a province ends in 0000 (e.g. 370000), a city looks like 370200.',
    'import.city-not-in-province': 'City code {value} is not in province {province}.',
    'import.district-not-in-city': 'District code {value} is not in city {city}.',
    'import.bad-level': 'Invalid level “{value}”. Known levels: {known}; or leave it empty.',
    'import.bad-status': 'Invalid status “{value}”. Known statuses: {known}; or leave it empty (shown as in place).',
    'import.bad-scope': 'Invalid scope “{value}”. Known scopes: {known}; or leave it empty (shown as the zone’s own).',
    'import.bad-strength': 'Invalid strength “{value}”: write explicit or implied, or leave it empty.',
    'import.unknown-parent': 'Parent “{value}” is not the id of a zone of the same city in this file.',
    'import.unknown-model': 'Unknown management model “{value}”. Known models: {known}.',
    'import.unknown-measure': 'Unknown reform measure “{value}”. Known measures: {known}.',
    'import.unknown-sector': 'Unknown industry sector “{value}”. Known sectors: {known}.',
    'import.unknown-source': 'Refers to source “{value}”, which is not in “sources”.',
    'import.missing-source': 'Missing source: give the source’s title or link.',
    'import.bad-url': 'Invalid link “{value}”: only http:// and https:// addresses are accepted.',
    'import.too-long': 'Too long: {length} characters, at most {max}.',
    'import.too-short': 'Too short: at least {min} characters.',
    'import.control-char':
      'Contains an invisible control character ({char}) that makes text display differently from what it is. Remove it and load again.',
    'import.schema': 'The data does not fit the schema: {message}',
    'import.more-errors': '{count, plural, one {# more problem is} other {# more problems are}} not listed.',
    'import.html-text': 'This text looks like HTML; it is shown as plain text only.',
    'import.unknown-columns': 'Ignored unknown columns: {columns}.',
    'import.type.string': 'text',
    'import.type.number': 'a number',
    'import.type.object': 'an object',
    'import.type.array': 'a list (array)',
    'import.type.boolean': 'true or false',
    'import.where.rowColumn': 'Row {row}, column “{column}”',
    'import.where.row': 'Row {row}',
    'import.where.separator': ': ',
    'import.first.row': 'row {row}',
    'import.kind.province': 'province',
    'import.kind.city': 'city',
    'import.kind.district': 'district',
    'import.or': ' or ',
    'import.suggest': 'Did you mean “{suggest}”?',
    'import.read.csv': 'Read as {encoding}, separated by {delimiter}.',
    'import.read.json': 'Read JSON as {encoding}.',
    'import.read.sheet': 'Read the sheet “{sheet}” of the Excel workbook.',
    'import.read.converted': '{count, plural, one {# point was} other {# points were}} converted from {crs} to WGS84.',
    'import.read.defaultClaims':
      'The file gives no status or scope for {count, plural, one {# model or measure} other {# models and measures}} (the “status” and “scope” columns): they are shown as in place and the zone’s own. If they are plans or a city-wide reform, add the two columns.',
    'import.read.wgs84':
      'Coordinates were read as WGS84 (GPS); if they were copied from Amap or Baidu, add a “crs” column or choose the system in Data, and load again.',
    'import.delimiter.comma': 'commas',
    'import.delimiter.semicolon': 'semicolons',
    'import.delimiter.tab': 'tabs',
    'import.delimiter.fullwidth': 'full-width commas (，)',
    'import.crs.gcj02': 'GCJ-02 (Amap, Tencent)',
    'import.crs.bd09': 'BD-09 (Baidu)',
  },
};

/** One line of plain text (never HTML), e.g. "第3行“lat”列：坐标 120.3 不在中国范围内（应在 3 到 54 之间）。" */
export function formatImportError(problem: ImportIssue, lang: Lang): string {
  const t = IMPORT_MESSAGES[lang];
  const fill = (template: string, params: Record<string, string | number>) => formatMessage(lang, template, params);
  const params: Record<string, string | number> = { ...problem.params, value: problem.value ?? '' };
  // Names kept in both languages (fooZh, fooEn) give foo in the reader's.
  for (const [key, value] of Object.entries(problem.params))
    if (key.endsWith(lang === 'zh' ? 'Zh' : 'En')) params[key.slice(0, -2)] = value;
  if (typeof params.kind === 'string') params.kind = t[`import.kind.${params.kind}` as ImportMessageKey] ?? params.kind;
  if (problem.code === 'missing-columns')
    params.columns = String(problem.params.columns)
      .split(',')
      .map((group) =>
        group
          .split('|')
          .map((c) => columnLabel(c as Column, lang))
          .join(t['import.or']),
      )
      .join(lang === 'zh' ? '；' : '; ');
  const typeKey = `import.type.${params.expected}`;
  if (typeKey in t) params.expected = t[typeKey as ImportMessageKey];
  if (problem.params.firstRow !== undefined)
    params.first = fill(t['import.first.row'], { row: problem.params.firstRow });
  else if (problem.params.firstPath !== undefined) params.first = problem.params.firstPath;
  let message = fill(t[`import.${problem.code}`], params);
  if (typeof params.suggest === 'string') message += (lang === 'zh' ? '' : ' ') + fill(t['import.suggest'], params);
  const where =
    problem.row !== undefined
      ? fill(t[problem.column ? 'import.where.rowColumn' : 'import.where.row'], {
          row: problem.row,
          column: problem.column ?? '',
        })
      : (problem.path ?? '');
  return where ? `${where}${t['import.where.separator']}${message}` : message;
}

const DELIMITER_NAME = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '，': 'fullwidth' } as const;

/** How a file was read, in both languages: "Read as GB18030, separated by full-width commas (，). 3 points were converted …" */
export function readInfoText(info: ReadInfo): Bilingual {
  const text = (lang: Lang) => {
    const t = IMPORT_MESSAGES[lang];
    const fill = (key: ImportMessageKey, params: Record<string, string | number> = {}) =>
      formatMessage(lang, t[key], params);
    const parts = [
      info.sheet !== undefined
        ? fill('import.read.sheet', { sheet: info.sheet })
        : info.format === 'json'
          ? fill('import.read.json', { encoding: info.encoding ?? '' })
          : fill('import.read.csv', {
              encoding: info.encoding ?? '',
              delimiter: t[`import.delimiter.${DELIMITER_NAME[info.delimiter ?? ',']}`],
            }),
      ...(['gcj02', 'bd09'] as const)
        .filter((crs) => info.converted[crs])
        .map((crs) => fill('import.read.converted', { count: info.converted[crs]!, crs: t[`import.crs.${crs}`] })),
    ];
    // An unconverted Amap or Baidu point sits 300–700 m off: when nothing was converted, say how the points were read.
    if (!info.converted.gcj02 && !info.converted.bd09) parts.push(fill('import.read.wgs84'));
    if (info.defaultedClaims) parts.push(fill('import.read.defaultClaims', { count: info.defaultedClaims }));
    return parts.join(lang === 'zh' ? '' : ' ');
  };
  return { zh: text('zh'), en: text('en') };
}
