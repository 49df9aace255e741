// Import problems in words: each filled, with its place in front (tests/unit/messages.test.ts checks that both
// catalogues have every key with the same placeholders).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gazetteer, taxonomy } from './io-kit.test-helpers.ts';
import { issue } from './io/errors.ts';
import { importUserData } from './io/import.ts';
import { formatImportError } from './io/messages.ts';

describe('formatImportError', () => {
  it.each([
    [
      issue('out-of-china', { row: 3, column: 'lat' }, { min: 3, max: 54 }, '120.3'),
      '第3行“lat”列：坐标 120.3 不在中国范围内（应在 3 到 54 之间）。',
      'Row 3, column “lat”: Coordinate 120.3 is outside China (it must be between 3 and 54).',
    ],
    [
      issue('column-count', { row: 5 }, { expected: 14, found: 13 }),
      '第5行：这一行有 13 个单元格，而表头有 14 列。',
      'Row 5: This row has 13 cells but the header has 14 columns.',
    ],
    [
      issue('duplicate-id', { row: 4, column: 'id' }, { firstRow: 2 }, 'qingdao-blue-valley'),
      '第4行“id”列：编号“qingdao-blue-valley”重复：第2行已经用过。',
      'Row 4, column “id”: Duplicate id “qingdao-blue-valley”: already used at row 2.',
    ],
    [
      issue('duplicate-id', { path: 'zones[1].id' }, { firstPath: 'zones[0].id' }, 'x'),
      'zones[1].id：编号“x”重复：zones[0].id已经用过。',
      'zones[1].id: Duplicate id “x”: already used at zones[0].id.',
    ],
    [
      issue('wrong-type', { path: 'zones[0].lng' }, { expected: 'number' }),
      'zones[0].lng：类型不对：应为数字。',
      'zones[0].lng: Wrong type: expected a number.',
    ],
    [
      issue('too-large', {}, { size: 10, limit: 5 }),
      '文件太大（10 MB），上限是 5 MB。',
      'The file is too large (10 MB); the limit is 5 MB.',
    ],
  ])('%o', (problem, zh, en) => {
    expect(formatImportError(problem, 'zh')).toBe(zh);
    expect(formatImportError(problem, 'en')).toBe(en);
  });

  it('quotes values back shortened, with invisible characters made visible', () => {
    const problem = issue('bad-id', { row: 2, column: 'id' }, {}, `evil\u202Eid${'x'.repeat(100)}`);
    expect(problem.value).toBe(`evil\uFFFDid${'x'.repeat(52)}…`);
    expect(formatImportError(problem, 'en')).not.toContain('\u202E');
  });

  it('fills every placeholder of every problem the fixtures produce', async () => {
    const dir = new URL('./fixtures/', import.meta.url);
    const results = await Promise.all(
      readdirSync(dir).map((name) =>
        importUserData(new Uint8Array(readFileSync(new URL(name, dir))), { taxonomy, fileName: name, gazetteer }),
      ),
    );
    const problems = results.flatMap((result) => (result.ok ? result.warnings : result.errors));
    expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThan(25);
    for (const p of problems)
      for (const lang of ['zh', 'en'] as const) expect(formatImportError(p, lang), p.code).not.toMatch(/\{\w+\}/);
  });
});
