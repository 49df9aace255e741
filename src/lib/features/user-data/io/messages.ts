// The importer's problems and read notes in the reader's language (from its part of the catalogue, io/catalogue.ts);
// formatImportError puts the place in front of the message.
import type { Lang } from '../../../core/i18n/lang';
import { formatMessage } from '../../../core/i18n/format-message';
import { importCatalogues, type ImportKey } from './catalogue';
import { columnLabel, type Column } from './columns';
import type { ImportIssue } from './errors';
import type { ReadInfo } from './read-info';
import type { Bilingual } from '../../../core/data/schema';

/** One line of plain text (never HTML), e.g. "第3行“lat”列：坐标 120.3 不在中国范围内（应在 3 到 54 之间）。" */
export function formatImportError(problem: ImportIssue, lang: Lang): string {
  const t = importCatalogues[lang];
  const fill = (template: string, params: Record<string, string | number>) => formatMessage(lang, template, params);
  const params: Record<string, string | number> = { ...problem.params, value: problem.value ?? '' };
  // Names kept in both languages (fooZh, fooEn) give foo in the reader's.
  for (const [key, value] of Object.entries(problem.params))
    if (key.endsWith(lang === 'zh' ? 'Zh' : 'En')) params[key.slice(0, -2)] = value;
  if (typeof params.kind === 'string') params.kind = t[`import.kind.${params.kind}` as ImportKey] ?? params.kind;
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
  if (typeKey in t) params.expected = t[typeKey as ImportKey];
  if (problem.params.firstRow !== undefined)
    params.first = fill(t['import.first.row'], { row: problem.params.firstRow });
  else if (problem.params.firstPath !== undefined) params.first = problem.params.firstPath;
  let message = fill(t[`import.${problem.code}`], params);
  if (typeof params.suggest === 'string') message += (lang === 'zh' ? '' : ' ') + fill(t['import.suggest'], params);
  const sheet = problem.sheet !== undefined;
  const where =
    problem.row !== undefined
      ? fill(
          t[
            problem.column
              ? sheet
                ? 'import.where.sheetRowColumn'
                : 'import.where.rowColumn'
              : sheet
                ? 'import.where.sheetRow'
                : 'import.where.row'
          ],
          { row: problem.row, column: problem.column ?? '', sheet: problem.sheet ?? '' },
        )
      : (problem.path ?? '');
  return where ? `${where}${t['import.where.separator']}${message}` : message;
}

const DELIMITER_NAME = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '，': 'fullwidth' } as const;

/** How a file was read, in both languages: "Read as GB18030, separated by full-width commas (，). 3 points were converted …" */
export function readInfoText(info: ReadInfo): Bilingual {
  const text = (lang: Lang) => {
    const t = importCatalogues[lang];
    const fill = (key: ImportKey, params: Record<string, string | number> = {}) => formatMessage(lang, t[key], params);
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
    if (!info.converted.gcj02 && !info.converted.bd09 && !info.crsGiven) parts.push(fill('import.read.wgs84'));
    if (info.defaultedClaims) parts.push(fill('import.read.defaultClaims', { count: info.defaultedClaims }));
    return parts.join(lang === 'zh' ? '' : ' ');
  };
  return { zh: text('zh'), en: text('en') };
}
