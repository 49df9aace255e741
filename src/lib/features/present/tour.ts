// The presenter tour: the dataset's steps (or a default tour) joined with their place, zone and key figures.
import type { Atlas, ZoneView } from '../../core/data/atlas';
import { keyEvent } from '../../core/data/atlas';
import { type MessageKey } from '../../core/i18n/messages';
import { type Lang } from '../../core/i18n/lang';
import { formatMessage, type Params } from '../../core/i18n/format-message';
import type { Bilingual, Evidence, Figure, Place, TourStep } from '../../core/data/schema';

export interface TourStepView {
  kind: 'overview' | 'place' | 'zone' | 'compare';
  place: Place | null;
  zone: ZoneView | null;
  /** The zones a compare step sets side by side (2–MAX_COMPARE), in the dataset's order; empty otherwise. */
  compare: ZoneView[];
  /** The dataset's own heading for the step, if it gives one. */
  title: Bilingual | null;
  caption: Bilingual;
  notes: Bilingual | null;
  evidence: Evidence[];
  /** Up to three key figures: a zone step's own, or a place step's (a zone step does not repeat its city's). */
  figures: Figure[];
}

const MAX_FIGURES = 3;

/** The steps the dataset gives, or: the overview, each place by key date, then its zones in data order. */
export function defaultTour(atlas: Atlas, overview: Bilingual): TourStep[] {
  const places = [...atlas.data.places].sort((a, b) =>
    (keyEvent(a)?.date.value ?? '9999').localeCompare(keyEvent(b)?.date.value ?? '9999'),
  );
  return [
    { caption: overview, evidence: [] },
    ...places.flatMap((place) => [
      { place: place.id, caption: place.summary, evidence: [] },
      ...place.zones.map((zone) => ({ zone: zone.id, caption: zone.name, evidence: zone.nameEvidence })),
    ]),
  ];
}

function fill(text: Bilingual, counts: Record<string, number>): Bilingual {
  return { zh: formatMessage('zh', text.zh, counts), en: formatMessage('en', text.en, counts) };
}

export function buildTour(atlas: Atlas, overview: Bilingual): TourStepView[] {
  const steps = atlas.data.tour ?? defaultTour(atlas, overview);
  const counts = { places: atlas.data.places.length, zones: atlas.zones.length };
  const placeById = new Map(atlas.data.places.map((p) => [p.id, p]));
  return steps.map((step) => {
    const zone = step.zone ? (atlas.byId.get(step.zone) ?? null) : null;
    const place = zone?.place ?? (step.place ? (placeById.get(step.place) ?? null) : null);
    const compare = (step.compare ?? []).map((id) => atlas.byId.get(id)).filter((z): z is ZoneView => !!z);
    // A zone step shows its own figures only: its city's were on the city's step.
    const figures = (zone ? zone.zone.figures : (place?.figures ?? [])).slice(0, MAX_FIGURES);
    return {
      kind: zone ? 'zone' : place ? 'place' : compare.length ? 'compare' : 'overview',
      place,
      zone,
      compare,
      title: step.title ?? null,
      caption: fill(step.caption, counts),
      notes: step.notes ?? null,
      evidence: step.evidence,
      figures,
    };
  });
}

/**
 * The 1-based step that shows a zone: its own step, else a comparison that sets it beside others, else its place's
 * step (a tour may fold a place's zones into the place: the map shows them there); null if none does.
 */
export function stepOfZone(tour: readonly TourStepView[], zoneId: string): number | null {
  const own = tour.findIndex((s) => s.zone?.zone.id === zoneId);
  const compared = tour.findIndex((s) => s.compare.some((z) => z.zone.id === zoneId));
  const place = tour.findIndex((s) => s.kind === 'place' && !!s.place?.zones.some((z) => z.id === zoneId));
  const i = [own, compared, place].find((k) => k >= 0);
  return i === undefined ? null : i + 1;
}

/**
 * The heading of a step: the dataset's title if it gives one, else the zone's or place's name, "Comparing N zones"
 * for a comparison, or "Overview"; `t` is the catalogue lookup (AppState.t).
 */
export function stepTitle(step: TourStepView, lang: Lang, t: (key: MessageKey, params?: Params) => string): string {
  if (step.title) return step.title[lang];
  if (step.kind === 'compare') return t('compare.title', { count: step.compare.length });
  return step.zone?.zone.name[lang] ?? step.place?.name[lang] ?? t('present.overview');
}

/**
 * The step a section move goes to (1-based): a section is a step that is not a zone's (the overview, a place, a
 * comparison) with the zone steps after it. Forward (+1): the next section's first step, or the last step. Back (-1):
 * the start of the section `current` is in, or of the one before when `current` is its start; step 1 at the most.
 */
export function sectionStep(tour: readonly TourStepView[], current: number, direction: 1 | -1): number {
  const starts = tour.flatMap((s, i) => (s.kind === 'zone' ? [] : [i + 1]));
  if (direction === 1) return starts.find((n) => n > current) ?? tour.length;
  return [...starts].reverse().find((n) => n < current) ?? 1;
}

/**
 * The model a step introduces: a zone step's model (not "not stated") when no zone step before it showed that model,
 * so the talk says what a model is the first time one appears (issue 34); null otherwise.
 */
export function introducedModel(tour: readonly TourStepView[], index: number, notStated: string): string | null {
  const id = tour[index]?.zone?.model.id;
  if (!id || id === notStated) return null;
  return tour.slice(0, index).some((s) => s.zone?.model.id === id) ? null : id;
}
