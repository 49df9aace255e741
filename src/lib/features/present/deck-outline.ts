// What each slide of the downloadable deck says (.pptx, issue 34): the slide's text, a compare step's table, and the
// speaker notes with every fact's quotes and articles. Pure: the deck writer (deck.ts) only lays it out.
import type { AppState } from '../../core/state/app.svelte';
import type { Evidence } from '../../core/data/schema';
import { formatDateMarked } from '../../core/i18n/format';
import { compareRows } from '../../charts/compare';
import type { MarkClaim } from '../../charts/claim-mark';
import { claimWords, IMPLIED_MARK, STATUS_SYMBOL } from '../../core/data/claims';
import { NOT_STATED } from '../../core/data/resolve';
import { slideContent } from './slide-content';
import { stepFacts } from './step-facts';
import type { SlideContent } from './export-slide';
import { introducedModel, type TourStepView } from './tour';

/** A compare step's table: a header row (the row label's heading, then each zone), then one row per aspect. */
export interface DeckTable {
  header: string[];
  /** Each zone's model colour (CSS), in header order after the first column. */
  colours: string[];
  rows: string[][];
  /** The marks' key, then what the rows leave out ("3 other measures are the same for all of them"). */
  note: string;
}

/** One slide: the text the PNG slide shows (SlideContent), a compare step's table, and the speaker notes. */
export interface DeckSlide {
  content: SlideContent;
  table: DeckTable | null;
  /** Speaker notes, one paragraph per line: the step's notes, then each fact with its quotes and their articles. */
  notes: string[];
  /** What the step's model is, the first time the tour shows it ("Statutory body: a public body …"); else empty. */
  definition: string;
}

/**
 * The deck's slides, one per tour step, in `app.lang`: the step's title, caption, figures, measures, legend and
 * sources as on the slide PNG; for a compare step the table of its models and of the measures that differ (every row:
 * the deck is read, not projected, so it is not paged); notes as the notes window gives them.
 */
export function deckOutline(app: AppState, tour: readonly TourStepView[]): DeckSlide[] {
  return tour.map((step, i) => ({
    content: slideContent(app, step, tour.length, i + 1),
    table: step.compare.length ? compareTable(app, step) : null,
    notes: speakerNotes(app, step),
    definition: modelDefinition(app, tour, i),
  }));
}

/** The model a step introduces (tour.ts introducedModel), named and defined; empty when it introduces none. */
function modelDefinition(app: AppState, tour: readonly TourStepView[], index: number): string {
  const id = introducedModel(tour, index, NOT_STATED);
  const model = id ? app.atlas.models.get(id) : undefined;
  if (!model) return '';
  return `${model.label[app.lang]}${app.lang === 'zh' ? '：' : ': '}${model.definition[app.lang]}`;
}

/** The compare step's models (with how far each got), then each measure on which the zones differ, in words. */
function compareTable(app: AppState, step: TourStepView): DeckTable {
  const lang = app.lang;
  const zones = step.compare;
  const measures = compareRows(
    zones,
    app.atlas.data.taxonomy.measures.map((m) => m.id),
    [],
    app.atlas.zones,
  ).measures;
  const differing = measures.filter((m) => m.differs);
  const model = zones.map((z) => {
    const label = app.atlas.models.get(z.model.id)?.label[lang] ?? '—';
    if (z.model.id === NOT_STATED) return label;
    const words = claimWords(z.model, lang, app.t).text;
    return lang === 'zh' ? `${label}（${words}）` : `${label} (${words})`;
  });
  return {
    header: [app.t('deck.aspect'), ...zones.map((z) => z.zone.short[lang])],
    colours: zones.map((z) => z.color),
    rows: [
      [app.t('zone.model'), ...model],
      ...differing.map((row) => [
        app.atlas.measures.get(row.measureId)?.label[lang] ?? row.measureId,
        ...row.cells.map((c) => cellText(app, c.claim)),
      ]),
    ],
    note: [
      app.t('deck.tableKey', { implied: IMPLIED_MARK }),
      measures.length > differing.length ? app.t('compare.alike', { count: measures.length - differing.length }) : '',
    ]
      .filter(Boolean)
      .join(lang === 'zh' ? '' : ' '),
  };
}

/**
 * A table cell in a few characters, as the on-screen marks say it: the status's mark and word ("◌ Proposed"), "inherited"
 * before it where the zone takes the measure from its city or parent zone, ≈ where the quote implies it, — where the
 * article does not mention it (the key is the table's note).
 */
function cellText(app: AppState, claim: MarkClaim): string {
  if (claim.state === 'absent' || !claim.status) return '—';
  const status = `${STATUS_SYMBOL[claim.status]} ${app.t(`claim.status.${claim.status}`)}`;
  const inherited = claim.state === 'inherited' ? `${app.t('claim.inheritedShort')} ` : '';
  return `${inherited}${status}${claim.implied ? ` ${IMPLIED_MARK}` : ''}`;
}

/** The step's own notes, then each fact it shows, each quote on its own line with its article. */
function speakerNotes(app: AppState, step: TourStepView): string[] {
  const lang = app.lang;
  const out: string[] = [];
  const own = step.notes?.[lang];
  if (own) out.push(own, '');
  const facts = stepFacts(app, step);
  if (facts.length) out.push(app.t('notes.facts'));
  for (const fact of facts) {
    out.push(`• ${fact.text}`);
    for (const e of fact.evidence) out.push(`  「${e.quote}」 — ${citation(app, e)}`);
  }
  return out;
}

/** An article as the notes cite it: title (or our description), publisher, date as printed or inferred. */
export function citation(app: AppState, e: Evidence): string {
  const source = app.atlas.sources.get(e.source);
  if (!source) return e.source;
  return [
    source.title ?? source.description[app.lang],
    source.publisher ?? '',
    source.published ? formatDateMarked(source.published, app.lang) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
