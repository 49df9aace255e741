// `npm run check:data`: validates the dataset and, when the articles are present, that every quote occurs in its article.
import { loadSourceData, formatErrors } from './lib/source-data.ts';
import { collectQuotes, readArticles, missingQuotes, describeMissing, seedsDir } from './lib/evidence.ts';

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
}
