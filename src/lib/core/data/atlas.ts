// The app's read-only view of the dataset: zones joined with their place, resolved model and measures, and colour.
import type { AtlasFile, Category, Dataset, Place, Source, Zone } from './schema';
import { resolveZone, type ResolvedFact } from './resolve';

export interface ZoneView {
  zone: Zone;
  place: Place;
  model: ResolvedFact;
  measures: ResolvedFact[];
  color: string;
}

export interface Atlas {
  data: Dataset;
  zones: ZoneView[];
  byId: ReadonlyMap<string, ZoneView>;
  models: ReadonlyMap<string, Category & { color: string }>;
  measures: ReadonlyMap<string, Category>;
  sources: ReadonlyMap<string, Source>;
  search: ReadonlyMap<string, { pinyin: string; initials: string }>;
}

export function buildAtlas(file: AtlasFile): Atlas {
  const data: Dataset = file.dataset;
  const models = new Map(data.taxonomy.models.map((m) => [m.id, m]));
  const measureOrder = data.taxonomy.measures.map((m) => m.id);
  const zones = data.places.flatMap((place) =>
    place.zones.map((zone) => {
      const { model, measures } = resolveZone(zone, place, measureOrder);
      return { zone, place, model, measures, color: models.get(model.id)?.color ?? '#5C5C5C' };
    }),
  );
  return {
    data,
    zones,
    byId: new Map(zones.map((z) => [z.zone.id, z])),
    models,
    measures: new Map(data.taxonomy.measures.map((m) => [m.id, m])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    search: new Map(Object.entries(file.search)),
  };
}

/** The place's key date: its meeting, else its first dated event. */
export function keyEvent(place: Place) {
  return place.events.find((e) => e.kind === 'meeting') ?? place.events[0];
}

/** How many zones and quoted facts each article contributed. */
export function contributions(atlas: Atlas): Map<string, { zones: number; facts: number }> {
  const out = new Map(atlas.data.sources.map((s) => [s.id, { zones: 0, facts: 0, zoneIds: new Set<string>() }]));
  const add = (sourceId: string, zoneId?: string) => {
    const entry = out.get(sourceId);
    if (!entry) return;
    entry.facts += 1;
    if (zoneId) entry.zoneIds.add(zoneId);
  };
  for (const place of atlas.data.places) {
    const facts = [place.model, ...place.people, ...place.measures, ...place.figures, ...place.events];
    for (const f of facts) if (f) add(f.evidence[0]!.source);
    for (const zone of place.zones) {
      add(zone.nameEvidence[0]!.source, zone.id);
      for (const f of [zone.model, ...zone.measures, ...zone.industries, ...zone.figures, ...zone.events])
        if (f) add(f.evidence[0]!.source, zone.id);
    }
  }
  return new Map([...out].map(([id, e]) => [id, { zones: e.zoneIds.size, facts: e.facts }]));
}
