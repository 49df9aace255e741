// The bench's user-data row (issue 35): a data editor's 3,000-row CSV, picked in the Data dialog, until the map shows it.
import type { Page } from 'playwright-core';
import type { AtlasFile } from '../src/lib/core/data/schema.ts';

/** Rows in the timed file (issue 35: "the load of a 3,000-row file timed in npm run bench"). */
export const FILE_ROWS = 3000;

/**
 * A CSV as a data editor writes it (Chinese headers, WGS84 points, one source), from a synthetic atlas of FILE_ROWS
 * zones spread over China: most of its points lie outside the basemap's 40 cities, so the load fetches and uses the
 * national layer, as a national file does.
 */
export function fileCsv(atlas: AtlasFile): string {
  const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = atlas.dataset.places.flatMap((p) =>
    p.zones.map((z) =>
      [
        z.name.zh,
        z.name.en,
        z.location.lngLat[0].toFixed(4),
        z.location.lngLat[1].toFixed(4),
        `${z.name.zh}设立`,
        '基准测试数据',
      ]
        .map(cell)
        .join(','),
    ),
  );
  return ['名称,英文名,经度,纬度,引文,来源标题', ...rows].join('\r\n');
}

/**
 * ms from picking the file (the Data dialog's file input) to the map stage showing all its zones; throws when they do
 * not show within `timeoutMs`.
 */
export async function timeFileLoad(page: Page, csv: string, zones: number, timeoutMs = 120_000): Promise<number> {
  await page.getByTestId('data-button').click();
  const t0 = Date.now();
  await page
    .getByTestId('data-file')
    .setInputFiles({ name: 'zones-3000.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator(`.map-stage[data-zones="${zones}"]`).first().waitFor({ timeout: timeoutMs });
  return Date.now() - t0;
}
