// A zones file of hundreds of zones, as a data editor loads a national catalogue (scale tests, both renderers).
import { expect, type Page } from '@playwright/test';

const CITIES = [
  { province: '山东', city: '烟台', at: [121.4, 37.5] },
  { province: '山东', city: '淄博', at: [118.05, 36.8] },
  { province: '江苏', city: '无锡', at: [120.3, 31.55] },
  { province: '山西', city: '临汾', at: [111.5, 36.1] },
  { province: '山东', city: '青岛', at: [120.4, 36.3] },
] as const;

/** A CSV of `n` zones spread over the five cities, numbered so that the last one is known. */
export function catalogue(n: number): string {
  const header =
    'id,name_zh,name_en,lng,lat,province,city,level,model,measures,industries,source_title,source_url,quote';
  const lines = [header];
  for (let i = 0; i < n; i++) {
    const c = CITIES[i % CITIES.length]!;
    const id = `zone-${String(i + 1).padStart(4, '0')}`;
    // A small spiral around the city's centre, inside its prefecture.
    const a = i * 2.39996;
    const r = 0.02 + (i / n) * 0.12;
    const lng = (c.at[0] + r * Math.cos(a)).toFixed(4);
    const lat = (c.at[1] + r * Math.sin(a)).toFixed(4);
    const name = `测试开发区${String(i + 1).padStart(4, '0')}`;
    lines.push(
      `${id},${name},Test Zone ${i + 1},${lng},${lat},${c.province},${c.city},other,,,,示例,https://example.org/a,${name}`,
    );
  }
  return lines.join('\n');
}

export async function loadCatalogue(page: Page, n: number) {
  await page.goto('./?lang=en');
  await page.getByTestId('data-button').click();
  await page
    .getByTestId('data-file')
    .setInputFiles({ name: 'catalogue.csv', mimeType: 'text/csv', buffer: Buffer.from(catalogue(n)) });
  await expect(page.locator('.map-stage')).toHaveAttribute('data-zones', String(n));
}
