// `npm run check:data`: validates the dataset and, when the articles are present, that every quote occurs in its article.
import { loadSourceData, formatErrors } from './lib/source-data.ts';
import { collectQuotes, readArticles, missingQuotes, describeMissing, seedsDir } from './lib/evidence.ts';
import { docQuotes, missingDocQuotes } from './lib/doc-quotes.ts';

const { data, errors } = loadSourceData();
if (!data) {
  console.error(`${errors.length} error(s) in the dataset:\n${formatErrors(errors)}`);
  process.exit(1);
}
const zones = data.places.flatMap((p) => p.zones).length;
const sites = collectQuotes(data);
console.log(`schema: ok — ${data.places.length} places, ${zones} zones, ${sites.length} quotes`);
const articles = readArticles(data);
if (!articles) {
  console.log(`quotes: skipped — no article folder at ${seedsDir()} (set ATLAS_SEEDS_DIR to check quotes)`);
} else {
  const missing = missingQuotes(sites, articles);
  if (missing.length) {
    console.error(`${missing.length} quote(s) not found:\n${missing.map(describeMissing).join('\n')}`);
    process.exit(1);
  }
  console.log(`quotes: ok — all ${sites.length} found in their articles`);
  // The second reading's decisions in docs/data.md quote the articles too.
  const decisions = docQuotes(new URL('../docs/data.md', import.meta.url).pathname);
  const lost = missingDocQuotes(decisions, articles);
  if (!decisions.length || lost.length) {
    console.error(
      decisions.length
        ? `${lost.length} quote(s) in docs/data.md not found:\n${lost.map((q) => `  line ${q.line}, ${q.source}: 「${q.quote}」`).join('\n')}`
        : 'docs/data.md: no second-reading quotes found (a heading must name its source)',
    );
    process.exit(1);
  }
  console.log(`decisions: ok — all ${decisions.length} quotes in docs/data.md found in their articles`);
}
