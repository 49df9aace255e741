// The values each URL parameter may take, derived once from the dataset.
import type { Atlas } from '../data/atlas';
import { zoneYears } from './filters';
import { LEVELS } from '../data/rules';
import type { UrlContext } from './url';

export function urlContextFor(atlas: Atlas, steps: number): UrlContext {
  const years = atlas.zones.flatMap(zoneYears);
  return {
    zoneIds: new Set(atlas.byId.keys()),
    options: {
      model: new Set(atlas.data.taxonomy.models.map((m) => m.id)),
      measure: new Set(atlas.data.taxonomy.measures.map((m) => m.id)),
      industry: new Set(atlas.data.taxonomy.sectors.map((m) => m.id)),
      province: new Set(atlas.data.places.map((p) => p.province)),
      city: new Set(atlas.data.places.map((p) => p.id)),
      level: new Set(LEVELS),
    },
    years: [Math.min(...years), Math.max(...years)],
    steps,
  };
}
