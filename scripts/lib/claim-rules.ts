// The claim rules of docs/data.md ("Claims"), as checks `npm run check:data` runs: each returns the problems it finds.
import type { Dataset, Place, TourStep } from '../../src/lib/core/data/schema.ts';
import { normaliseQuote } from './normalise-article.ts';

export interface RuleProblem {
  /** Where: a file and path, e.g. "places/zibo › measures[4]" or "tour › steps[3].caption.en". */
  where: string;
  message: string;
}

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter(isObj) : []);

/**
 * Claims written without `status`, `scope` or `strength` in the YAML as authored (before the schema's defaults,
 * which exist for users' files): every model and measure needs status and scope, every measure strength, every
 * figure and event status, and every zone's level `from`. `places` are the parsed place files, `names` their names.
 */
export function missingClaimFields(places: readonly unknown[], names: readonly string[]): RuleProblem[] {
  const out: RuleProblem[] = [];
  const need = (obj: Raw, keys: string[], where: string) => {
    const absent = keys.filter((k) => obj[k] === undefined);
    if (absent.length) out.push({ where, message: `claim without ${absent.join(', ')}` });
  };
  const owner = (o: Raw, at: string) => {
    if (isObj(o.model)) need(o.model, ['status', 'scope'], `${at} › model`);
    list(o.measures).forEach((m, i) => need(m, ['status', 'scope', 'strength'], `${at} › measures[${i}] (${m.id})`));
    list(o.figures).forEach((f, i) => need(f, ['status'], `${at} › figures[${i}] (${f.id})`));
    list(o.events).forEach((e, i) => need(e, ['status'], `${at} › events[${i}] (${e.id})`));
  };
  places.forEach((p, i) => {
    if (!isObj(p)) return;
    const at = names[i] ?? `places[${i}]`;
    owner(p, at);
    list(p.zones).forEach((z, k) => {
      const zat = `${at} › zones[${k}] (${z.id})`;
      owner(z, zat);
      if (isObj(z.level)) need(z.level, ['from'], `${zat} › level`);
    });
  });
  return out;
}

/** The text of each of a place's zonePassages in its (normalised) article, or the phrases that could not be found. */
export function passageTexts(place: Place, article: string): { texts: string[]; problems: RuleProblem[] } {
  const texts: string[] = [];
  const problems: RuleProblem[] = [];
  place.zonePassages.forEach((p, i) => {
    const from = normaliseQuote(p.from);
    const to = normaliseQuote(p.to);
    const start = article.indexOf(from);
    const end = start === -1 ? -1 : article.indexOf(to, start);
    const where = `places/${place.id} › zonePassages[${i}]`;
    if (start === -1) problems.push({ where, message: `“${p.from}” is not in the article` });
    else if (article.indexOf(from, start + 1) !== -1)
      problems.push({ where, message: `“${p.from}” occurs more than once: take a longer phrase` });
    else if (end === -1) problems.push({ where, message: `“${p.to}” is not in the article after “${p.from}”` });
    else texts.push(article.slice(start, end + to.length));
  });
  return { texts, problems };
}

/**
 * `city` claims (inherited by the place's zones) that quote no passage where the article speaks of its zones, and
 * `city` claims on a place with no such passage or whose article is about one zone (`scope: zone`).
 * `articles`: normalised article text by source id.
 */
export function cityClaimsOutsidePassages(data: Dataset, articles: ReadonlyMap<string, string>): RuleProblem[] {
  const out: RuleProblem[] = [];
  for (const place of data.places) {
    const article = articles.get(place.source);
    if (article === undefined) continue;
    const { texts, problems } = passageTexts(place, article);
    out.push(...problems);
    const claims = [
      ...(place.model ? [{ field: `model (${place.model.id})`, c: place.model }] : []),
      ...place.measures.map((m, i) => ({ field: `measures[${i}] (${m.id})`, c: m })),
    ].filter(({ c }) => c.scope === 'city');
    for (const zone of place.zones)
      for (const c of [...(zone.model ? [zone.model] : []), ...zone.measures])
        if (c.scope === 'city')
          out.push({
            where: `places/${place.id} › zones (${zone.id}) › ${c.id}`,
            message: 'a city claim written on a zone: write it on the place, with the passage it quotes',
          });
    for (const { field, c } of claims) {
      const where = `places/${place.id} › ${field}`;
      if (place.scope === 'zone')
        out.push({ where, message: 'a city claim on a place whose article is about one zone: write it on the zone' });
      else if (!texts.length)
        out.push({ where, message: 'a city claim, but the place lists no zonePassages: is it context?' });
      else if (!c.evidence.some((e) => texts.some((t) => t.includes(normaliseQuote(e.quote)))))
        out.push({
          where,
          message:
            'a city claim whose quotes lie outside every zonePassage: the article does not apply it to zones (context?)',
        });
    }
  }
  return out;
}

/** How captions and notes mark a year the article does not print (docs/data.md, "Levels and dates"). */
export const INFERRED_MARK = { zh: '（年份推断）', en: '(year inferred)' } as const;
/** How far (characters) after a year its mark may stand: "2018年5月（年份推断）", "May 2018 (year inferred)". */
const MARK_REACH = 8;

/** The places a tour step speaks of: its place, its zone's place, the compared zones' places, or all (overview). */
function stepPlaces(step: TourStep, data: Dataset): Place[] {
  const ofZone = (id: string) => data.places.find((p) => p.zones.some((z) => z.id === id));
  if (step.place) return data.places.filter((p) => p.id === step.place);
  if (step.zone) return [ofZone(step.zone)].filter((p): p is Place => !!p);
  if (step.compare) return [...new Set(step.compare.map(ofZone).filter((p): p is Place => !!p))];
  return data.places;
}

/** Years given only by inferred dates of these places (no dated event of theirs prints that year). */
function inferredOnlyYears(places: readonly Place[]): Set<string> {
  const inferred = new Set<string>();
  const printed = new Set<string>();
  for (const p of places)
    for (const e of [...p.events, ...p.zones.flatMap((z) => z.events)])
      (e.date.inferred ? inferred : printed).add(e.date.value.slice(0, 4));
  return new Set([...inferred].filter((y) => !printed.has(y)));
}

/** Tour captions and notes that print a year only an inferred date gives, without INFERRED_MARK within reach. */
export function unmarkedInferredYears(data: Dataset): RuleProblem[] {
  const out: RuleProblem[] = [];
  data.tour?.forEach((step, i) => {
    const years = inferredOnlyYears(stepPlaces(step, data));
    for (const field of ['caption', 'notes', 'title'] as const)
      for (const lang of ['zh', 'en'] as const) {
        const text = step[field]?.[lang];
        if (!text) continue;
        for (const m of text.matchAll(/(?<!\d)(\d{4})(?!\d)/g)) {
          if (!years.has(m[1]!)) continue;
          const after = text.slice(m.index + 4, m.index + 4 + MARK_REACH + INFERRED_MARK[lang].length);
          if (!after.includes(INFERRED_MARK[lang]))
            out.push({
              where: `tour › steps[${i}].${field}.${lang}`,
              message: `${m[1]} is an inferred year: write “${INFERRED_MARK[lang]}” after it`,
            });
        }
      }
  });
  return out;
}

/**
 * Words that report something as done. Our own English and Chinese about a `proposed` claim must not use them
 * (issue 30: "a plan is not a result"). A start, not a grammar: extend it when a fault slips through.
 */
export const COMPLETED_WORDS = {
  en: [
    'abolished',
    'adopted',
    'completed',
    'created',
    'cut',
    'devolved',
    'established',
    'gained',
    'handed',
    'implemented',
    'introduced',
    'merged',
    'redrawn',
    'reformed',
    'set up',
    'shed',
    'transferred',
  ],
  zh: ['已经', '已', '完成', '建成', '新设立', '实现了'],
} as const;

/**
 * The completed words in `text`: English on word boundaries, case-insensitive, except after "to", "to be", "will"
 * or "is to be" (a plan: "to set up", "to be redrawn"); Chinese as substrings.
 */
export function completedWords(text: string, lang: 'zh' | 'en'): string[] {
  if (lang === 'zh') return COMPLETED_WORDS.zh.filter((w) => text.includes(w));
  return COMPLETED_WORDS.en.filter((w) =>
    [...text.matchAll(new RegExp(`\\b${w}\\b`, 'gi'))].some(
      (m) => !/\b(?:to|to be|will|will be|is to be|are to be)\s+$/i.test(text.slice(0, m.index)),
    ),
  );
}

/**
 * What each quote is evidence of: "plan" for a proposed claim or a target, "result" for a model or measure in place or
 * in progress (events and counts that took place are neither: a meeting held says nothing of its tasks).
 */
function kindsByQuote(data: Dataset): Map<string, Set<'plan' | 'result'>> {
  const out = new Map<string, Set<'plan' | 'result'>>();
  const add = (kind: 'plan' | 'result' | null, evidence: { quote: string }[]) =>
    kind &&
    evidence.forEach((e) => {
      const q = normaliseQuote(e.quote);
      out.set(q, (out.get(q) ?? new Set()).add(kind));
    });
  const plan = (status: string) => (status === 'proposed' || status === 'target' ? 'plan' : null);
  for (const p of data.places)
    for (const owner of [p, ...p.zones])
      for (const c of [...(owner.model ? [owner.model] : []), ...owner.measures])
        add(plan(c.status) ?? 'result', c.evidence);
  for (const p of data.places)
    for (const owner of [p, ...p.zones])
      for (const c of [...owner.figures, ...owner.events]) add(plan(c.status), c.evidence);
  return out;
}

/**
 * Our English and Chinese that report a proposed claim as done: tour captions and notes of a step whose quotes are of
 * plans (and of no model or measure in place or in progress), notes and labels of proposed measures and figures, and the summary of a place whose article is a meeting
 * report or a task list (its claims are plans).
 */
export function completedWordsForProposed(data: Dataset): RuleProblem[] {
  const out: RuleProblem[] = [];
  const check = (where: string, text: { zh: string; en: string } | undefined) => {
    if (!text) return;
    for (const lang of ['zh', 'en'] as const) {
      const words = completedWords(text[lang], lang);
      if (words.length)
        out.push({
          where: `${where}.${lang}`,
          message: `about a proposed claim, but says ${words.map((w) => `“${w}”`).join(', ')}`,
        });
    }
  };
  const byQuote = kindsByQuote(data);
  const genre = new Map(data.sources.map((s) => [s.id, s.genre]));
  data.tour?.forEach((step, i) => {
    // A step about plans only; one that sets plans beside results (a closing comparison) says which is which itself.
    const kinds = new Set(step.evidence.flatMap((e) => [...(byQuote.get(normaliseQuote(e.quote)) ?? [])]));
    if (!kinds.has('plan') || kinds.has('result')) return;
    check(`tour › steps[${i}].caption`, step.caption);
    check(`tour › steps[${i}].notes`, step.notes);
  });
  for (const p of data.places) {
    const g = genre.get(p.source);
    if (g === 'meeting-report' || g === 'task-list') check(`places/${p.id} › summary`, p.summary);
    for (const owner of [p, ...p.zones]) {
      const at = owner === p ? `places/${p.id}` : `places/${p.id} › zones (${owner.id})`;
      owner.measures.forEach((m, i) => {
        if (m.status === 'proposed') check(`${at} › measures[${i}].note`, m.note);
      });
      owner.figures.forEach((f, i) => {
        if (f.status === 'proposed' || f.status === 'target') check(`${at} › figures[${i}].label`, f.label);
      });
    }
  }
  return out;
}

/** One row of docs/glossary.md: the Chinese term, its English form, and forms not to use. */
export interface GlossaryEntry {
  zh: string;
  en: string;
  not: string[];
}

/** The rows of every table in docs/glossary.md whose header starts "| Chinese | English | not |". */
export function parseGlossary(markdown: string): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  let inTable = false;
  for (const line of markdown.split('\n')) {
    if (/^\|\s*Chinese\s*\|\s*English\s*\|\s*not\s*\|/.test(line)) {
      inTable = true;
      continue;
    }
    if (!line.startsWith('|')) {
      inTable = false;
      continue;
    }
    if (!inTable || /^\|\s*-/.test(line)) continue;
    const [zh, en, not] = line
      .split('|')
      .slice(1, 4)
      .map((c) => c.trim());
    if (!zh || !en) continue;
    out.push({
      zh,
      en,
      not: (not ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
    });
  }
  return out;
}

/** All English text we wrote in the dataset (not quotes), with where it is. */
function englishTexts(data: Dataset): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, t: { en: string } | undefined) => t && out.push({ where, text: t.en });
  for (const kind of ['models', 'measures', 'sectors'] as const)
    data.taxonomy[kind].forEach((c) => {
      add(`taxonomy › ${kind} (${c.id}).label`, c.label);
      add(`taxonomy › ${kind} (${c.id}).definition`, c.definition);
    });
  for (const p of data.places) {
    add(`places/${p.id} › title`, p.title);
    add(`places/${p.id} › summary`, p.summary);
    for (const owner of [p, ...p.zones]) {
      const at = owner === p ? `places/${p.id}` : `places/${p.id} › zones (${owner.id})`;
      owner.measures.forEach((m, i) => {
        add(`${at} › measures[${i}].note`, m.note);
        add(`${at} › measures[${i}].reason`, m.reason);
      });
      owner.figures.forEach((f, i) => add(`${at} › figures[${i}].label`, f.label));
      owner.events.forEach((e, i) => add(`${at} › events[${i}].label`, e.label));
    }
  }
  data.tour?.forEach((s, i) => {
    add(`tour › steps[${i}].title`, s.title);
    add(`tour › steps[${i}].caption`, s.caption);
    add(`tour › steps[${i}].notes`, s.notes);
  });
  return out;
}

/**
 * The glossary's rules: each model's and measure's English label is the glossary's form of its Chinese label, and no
 * English text we wrote uses a form the glossary rules out ("not" column; word boundaries, case-insensitive).
 */
export function glossaryProblems(data: Dataset, glossary: readonly GlossaryEntry[]): RuleProblem[] {
  const out: RuleProblem[] = [];
  const byZh = new Map(glossary.map((g) => [g.zh, g]));
  for (const kind of ['models', 'measures'] as const)
    for (const c of data.taxonomy[kind]) {
      const g = byZh.get(c.label.zh);
      const where = `taxonomy › ${kind} (${c.id}).label.en`;
      if (!g) out.push({ where, message: `${c.label.zh} is not in docs/glossary.md` });
      else if (g.en !== c.label.en) out.push({ where, message: `“${c.label.en}”: the glossary's term is “${g.en}”` });
    }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const { where, text } of englishTexts(data))
    for (const g of glossary)
      for (const bad of g.not)
        // The form and its plural, on word boundaries ("appraisal", "appraisals"; not "reappraisal").
        if (new RegExp(`(?<![\\w-])${escape(bad)}(?:s|es)?(?![\\w-])`, 'i').test(text))
          out.push({ where, message: `“${bad}” for ${g.zh}: the glossary's term is “${g.en}”` });
  return out;
}

/**
 * English texts we wrote that hold Chinese characters ("each language speaks its own"): a reader of the English UI
 * meets Chinese only in quotes and names marked as Chinese, never inside our English sentences.
 */
export function chineseInEnglish(data: Dataset): RuleProblem[] {
  return englishTexts(data)
    .filter(({ text }) => /[\u3400-\u9fff]/.test(text))
    .map(({ where, text }) => ({ where, message: `Chinese inside English text: “${text.slice(0, 60)}”` }));
}

/** One decision of the third reading (data/readings/third-reading.yaml). */
export interface ReadingClaim {
  subject: string;
  kind: 'model' | 'measure' | 'figure' | 'event';
  item: string;
  verdict: 'keep' | 'drop' | 'doubtful';
  status: string;
  scope?: string;
  strength?: string;
  quote: string;
  /** The editor's decision not to carry a kept claim into the atlas, with `why`. */
  atlas?: 'omitted';
  why?: string;
  /** The editor's more cautious value after the fact-check (status or strength), with `why`; it replaces the reader's. */
  editor?: { status?: string; strength?: string; why: string };
}
export interface ReadingArticle {
  source: string;
  genre: string;
  zonePassages: { from: string; to: string }[];
  claims: ReadingClaim[];
}

const claimKey = (subject: string, kind: string, item: string, scope?: string) =>
  `${subject} | ${kind} | ${item}${kind === 'model' || kind === 'measure' ? ` | ${scope}` : ''}`;

/**
 * Where the dataset and the third reading disagree: a claim the reading did not decide, or decided with another
 * status, scope or strength; a claim it kept that the atlas lacks (unless the editor recorded `atlas: omitted` and
 * why); a claim it dropped or doubted that the atlas still makes ("when in doubt, say less"); a source's genre or
 * zone passages other than the reading's.
 */
export function readingDisagreements(data: Dataset, reading: readonly ReadingArticle[]): RuleProblem[] {
  const out: RuleProblem[] = [];
  const decided = new Map<string, ReadingClaim>();
  for (const a of reading)
    for (const c of a.claims) decided.set(claimKey(c.subject, c.kind, c.item, c.scope), { ...c, ...(c.editor ?? {}) });
  const made = new Set<string>();
  const compare = (
    subject: string,
    kind: ReadingClaim['kind'],
    c: { id: string; status: string; scope?: string; strength?: string },
  ) => {
    const key = claimKey(subject, kind, c.id, c.scope);
    made.add(key);
    const r = decided.get(key);
    if (!r) return out.push({ where: key, message: 'not decided by the third reading' });
    if (r.verdict !== 'keep') out.push({ where: key, message: `the third reading says “${r.verdict}”: leave it out` });
    for (const field of ['status', 'strength'] as const)
      if (r[field] !== undefined && r[field] !== c[field])
        out.push({ where: key, message: `${field} ${c[field]}, but the third reading says ${r[field]}` });
  };
  for (const p of data.places) {
    const article = reading.find((a) => a.source === p.source);
    const source = data.sources.find((s) => s.id === p.source);
    if (article && source?.genre !== article.genre)
      out.push({
        where: `sources (${p.source}).genre`,
        message: `${source?.genre}, but the third reading says ${article.genre}`,
      });
    if (article && JSON.stringify(p.zonePassages) !== JSON.stringify(article.zonePassages))
      out.push({ where: `places/${p.id} › zonePassages`, message: 'not the third reading’s passages' });
    for (const owner of [p, ...p.zones]) {
      const subject = owner === p ? `place:${p.id}` : owner.id;
      if (owner.model) compare(subject, 'model', owner.model);
      owner.measures.forEach((m) => compare(subject, 'measure', m));
      owner.figures.forEach((f) => compare(subject, 'figure', f));
      owner.events.forEach((e) => compare(subject, 'event', e));
    }
  }
  for (const [key, r] of decided)
    if (r.verdict === 'keep' && !made.has(key)) {
      if (r.atlas === 'omitted' && r.why) continue;
      out.push({
        where: key,
        message: 'kept by the third reading but missing from the atlas (or record atlas: omitted and why)',
      });
    }
  return out;
}
