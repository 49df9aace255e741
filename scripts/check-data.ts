// `npm run check:data`: validates the dataset, that every quote occurs in its article, and the claim rules of docs/data.md.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { loadSourceData, formatErrors } from './lib/source-data.ts';
import { collectQuotes, readArticles, missingQuotes, describeMissing, seedsDir } from './lib/evidence.ts';
import { docQuotes, missingDocQuotes } from './lib/doc-quotes.ts';
import {
  cityClaimsOutsidePassages,
  completedWordsForProposed,
  chineseInEnglish,
  glossaryProblems,
  missingClaimFields,
  parseGlossary,
  readingDisagreements,
  unmarkedInferredYears,
  type ReadingArticle,
  type RuleProblem,
} from './lib/claim-rules.ts';
import { normaliseQuote } from './lib/normalise-article.ts';

const root = (path: string) => new URL(`../${path}`, import.meta.url).pathname;
const { data, errors, rawPlaces = [] } = loadSourceData();
if (!data) {
  console.error(`${errors.length} error(s) in the dataset:\n${formatErrors(errors)}`);
  process.exit(1);
}
let failed = false;
const report = (name: string, problems: RuleProblem[], ok: string) => {
  if (!problems.length) return console.log(`${name}: ok — ${ok}`);
  failed = true;
  console.error(
    `${name}: ${problems.length} problem(s)\n${problems.map((p) => `  ${p.where}: ${p.message}`).join('\n')}`,
  );
};

const zones = data.places.flatMap((p) => p.zones).length;
const sites = collectQuotes(data);
console.log(`schema: ok — ${data.places.length} places, ${zones} zones, ${sites.length} quotes`);
report(
  'claims',
  missingClaimFields(
    rawPlaces.map((p) => p.value),
    rawPlaces.map((p) => p.name),
  ),
  'every claim has its status, scope and strength',
);
report('tour dates', unmarkedInferredYears(data), 'every inferred year in the tour is marked');
report('plans', completedWordsForProposed(data), 'no proposed claim is told as done');
report(
  'glossary',
  glossaryProblems(data, parseGlossary(readFileSync(root('docs/glossary.md'), 'utf8'))),
  'one English term each',
);
report('languages', chineseInEnglish(data), 'no Chinese inside English text');
const reading = parse(readFileSync(root('data/readings/third-reading.yaml'), 'utf8')) as ReadingArticle[];
report('third reading', readingDisagreements(data, reading), 'the dataset agrees with every decision');

const articles = readArticles(data);
if (!articles) {
  console.log(`quotes: skipped — no article folder at ${seedsDir()} (set ATLAS_SEEDS_DIR to check quotes)`);
} else {
  const missing = missingQuotes(sites, articles);
  if (missing.length) {
    failed = true;
    console.error(`${missing.length} quote(s) not found:\n${missing.map(describeMissing).join('\n')}`);
  } else console.log(`quotes: ok — all ${sites.length} found in their articles`);
  report('city claims', cityClaimsOutsidePassages(data, articles), 'every city claim quotes a passage about zones');
  const lostReading = reading.flatMap((a) =>
    a.claims
      .filter((c) => !articles.get(a.source)?.includes(normaliseQuote(c.quote)))
      .map((c) => ({
        where: `third reading › ${c.subject} | ${c.kind} | ${c.item}`,
        message: `「${c.quote}」 not in ${a.source}`,
      })),
  );
  report('reading quotes', lostReading, 'every quote of the third reading is in its article');
  // The second reading's decisions in docs/data.md quote the articles too.
  const decisions = docQuotes(root('docs/data.md'));
  const lost = missingDocQuotes(decisions, articles);
  if (!decisions.length || lost.length) {
    failed = true;
    console.error(
      decisions.length
        ? `${lost.length} quote(s) in docs/data.md not found:\n${lost.map((q) => `  line ${q.line}, ${q.source}: 「${q.quote}」`).join('\n')}`
        : 'docs/data.md: no second-reading quotes found (a heading must name its source)',
    );
  } else console.log(`decisions: ok — all ${decisions.length} quotes in docs/data.md found in their articles`);
}
if (failed) process.exit(1);
