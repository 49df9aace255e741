// The second reading in docs/data.md: every decision's quote is found in the article its heading names.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../scripts/lib/source-data';
import { readArticles } from '../../scripts/lib/evidence';
import { docQuotes, missingDocQuotes } from '../../scripts/lib/doc-quotes';

const articles = readArticles(loadSourceData().data!);
const doc = new URL('../../docs/data.md', import.meta.url).pathname;

describe('docs/data.md second reading', () => {
  it('records decisions for all five articles', () => {
    const sources = new Set(docQuotes(doc).map((q) => q.source));
    expect(sources.size).toBe(5);
  });

  it.skipIf(!articles)('quotes only what the articles say', () => {
    expect(missingDocQuotes(docQuotes(doc), articles!)).toEqual([]);
  });

  it.skipIf(!articles)('reports a quote the article does not contain, with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'doc-quotes-'));
    const file = join(dir, 'data.md');
    writeFileSync(
      file,
      '## Second reading\n\n### Qingdao (source: 004_772b24d4fb950dc7)\n\n| a | 「实行“开发区吹哨、部门报到”」 |\n| b | 「开发区一律实行企业化运作并上市」 |\n',
    );
    expect(missingDocQuotes(docQuotes(file), articles!)).toEqual([
      { source: '004_772b24d4fb950dc7', quote: '开发区一律实行企业化运作并上市', line: 6 },
    ]);
  });
});
