// The quotes in docs/data.md's second reading: every 「quote」 under a heading that names its source article.
import { readFileSync } from 'node:fs';
import { normaliseQuote } from './normalise-article.ts';

export interface DocQuote {
  source: string;
  quote: string;
  line: number;
}

/**
 * The 「…」 quotes from the "Second reading" section of a Markdown file on, each with the source id of the nearest
 * heading above it (`source: 002_0ff76321841cd5ab`). Quotes before any such heading are not collected.
 */
export function docQuotes(file: string): DocQuote[] {
  const out: DocQuote[] = [];
  let source = '';
  let inSection = false;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, i) => {
      if (/^## Second reading/.test(text)) inSection = true;
      else if (/^## /.test(text)) inSection = false;
      if (!inSection) return;
      const heading = /^#{2,4} .*source: (\d{3}_[0-9a-f]+)/.exec(text);
      if (heading) source = heading[1]!;
      if (source) for (const m of text.matchAll(/「([^」]+)」/g)) out.push({ source, quote: m[1]!, line: i + 1 });
    });
  return out;
}

/** The doc quotes that do not occur in their normalised article (or whose article is missing). */
export function missingDocQuotes(quotes: DocQuote[], articles: Map<string, string>): DocQuote[] {
  return quotes.filter((q) => !articles.get(q.source)?.includes(normaliseQuote(q.quote)));
}
