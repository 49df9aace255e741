// The presenter tour: the dataset's steps (or a default tour) joined with their place, zone and key figures.
import type { Atlas, ZoneView } from '../../core/data/atlas';
import { keyEvent } from '../../core/data/atlas';
import { formatMessage } from '../../core/i18n/messages';
import type { Bilingual, Evidence, Figure, Place, TourStep } from '../../core/data/schema';

export interface TourStepView {
  kind: 'overview' | 'place' | 'zone';
  place: Place | null;
  zone: ZoneView | null;
  caption: Bilingual;
  notes: Bilingual | null;
  evidence: Evidence[];
  /** Up to three key figures: the zone's own first, then its place's. */
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
    const figures = [...(zone?.zone.figures ?? []), ...(place?.figures ?? [])].slice(0, MAX_FIGURES);
    return {
      kind: zone ? 'zone' : place ? 'place' : 'overview',
      place,
      zone,
      caption: fill(step.caption, counts),
      notes: step.notes ?? null,
      evidence: step.evidence,
      figures,
    };
  });
}

/** The 1-based step that shows a zone, or null. */
export function stepOfZone(tour: readonly TourStepView[], zoneId: string): number | null {
  const i = tour.findIndex((s) => s.zone?.zone.id === zoneId);
  return i < 0 ? null : i + 1;
}

/** The heading of a step: the zone's or place's name, or `overview` for the overview. */
export function stepTitle(step: TourStepView, lang: 'zh' | 'en', overview: string): string {
  return step.zone?.zone.name[lang] ?? step.place?.name[lang] ?? overview;
}
