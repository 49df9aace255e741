// Finds every quote in the dataset and checks it against the normalised text of its article in ../shared/seeds.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset, Evidence } from '../../src/lib/core/data/schema.ts';
import { normaliseArticle, normaliseQuote } from './normalise-article.ts';

export interface QuoteSite {
  /** e.g. "zone qingdao-blue-valley" or "place qingdao" */
  owner: string;
  /** e.g. "measures[2] (fiscal-land)" */
  field: string;
  evidence: Evidence;
}

export const DEFAULT_SEEDS_DIR = new URL('../../../shared/seeds', import.meta.url).pathname;

/** The seed folder: $ATLAS_SEEDS_DIR when set, else ../shared/seeds beside the checkout. */
export function seedsDir(): string {
  return process.env.ATLAS_SEEDS_DIR ?? DEFAULT_SEEDS_DIR;
}

export function collectQuotes(data: Dataset): QuoteSite[] {
  const out: QuoteSite[] = [];
  const push = (owner: string, field: string, list: Evidence[]) =>
    list.forEach((evidence) => out.push({ owner, field, evidence }));
  for (const place of data.places) {
    const owner = `place ${place.id}`;
    if (place.model) push(owner, `model (${place.model.id})`, place.model.evidence);
    place.people.forEach((p, i) => push(owner, `people[${i}] (${p.name.zh})`, p.evidence));
    place.measures.forEach((m, i) => push(owner, `measures[${i}] (${m.id})`, m.evidence));
    place.figures.forEach((f, i) => push(owner, `figures[${i}] (${f.id})`, f.evidence));
    place.events.forEach((e, i) => push(owner, `events[${i}] (${e.id})`, e.evidence));
    for (const zone of place.zones) {
      const zOwner = `zone ${zone.id}`;
      push(zOwner, 'nameEvidence', zone.nameEvidence);
      if (zone.model) push(zOwner, `model (${zone.model.id})`, zone.model.evidence);
      zone.measures.forEach((m, i) => push(zOwner, `measures[${i}] (${m.id})`, m.evidence));
      zone.industries.forEach((m, i) => push(zOwner, `industries[${i}] (${m.label.en})`, m.evidence));
      zone.figures.forEach((f, i) => push(zOwner, `figures[${i}] (${f.id})`, f.evidence));
      zone.events.forEach((e, i) => push(zOwner, `events[${i}] (${e.id})`, e.evidence));
    }
  }
  data.tour?.forEach((step, i) =>
    push('tour', `steps[${i}] (${step.zone ?? step.place ?? 'overview'})`, step.evidence),
  );
  return out;
}

/** Normalised article text by source id, or null when the seed folder is absent. */
export function readArticles(data: Dataset, dir = seedsDir()): Map<string, string> | null {
  if (!existsSync(dir)) return null;
  const map = new Map<string, string>();
  for (const s of data.sources) {
    const file = join(dir, `${s.id}.txt`);
    if (existsSync(file)) map.set(s.id, normaliseArticle(readFileSync(file, 'utf8')));
  }
  return map;
}

export function missingQuotes(sites: QuoteSite[], articles: Map<string, string>): QuoteSite[] {
  return sites.filter(({ evidence }) => {
    const text = articles.get(evidence.source);
    return text === undefined || !text.includes(normaliseQuote(evidence.quote));
  });
}

export function describeMissing(site: QuoteSite): string {
  return `${site.owner} › ${site.field}: quote not found in ${site.evidence.source}: “${site.evidence.quote}”`;
}
