// The facet index: one pass gives every facet's counts, equal to counting each facet on its own (the definition).
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../scripts/lib/source-data';
import { atlasFile } from '../../scripts/lib/search-index';
import { buildAtlas, type ZoneView } from '../../src/lib/core/data/atlas';
import {
  allFacetCounts,
  EMPTY_FILTERS,
  FACETS,
  facetValues,
  matches,
  zoneYears,
  type Facet,
  type Filters,
} from '../../src/lib/core/state/filters';

const atlas = buildAtlas(atlasFile(loadSourceData().data!));

/** The definition: a facet's options counted over the zones that pass every other filter (measures "all": all). */
function reference(zones: readonly ZoneView[], f: Filters, facet: Facet): Map<string, number> {
  const base: Filters = facet === 'measure' && f.match === 'all' ? f : { ...f, [facet]: [] };
  const out = new Map<string, number>();
  for (const z of zones) {
    const passes =
      FACETS.every((k) => {
        const wanted = base[k];
        const have = facetValues(z, k);
        if (!wanted.length) return true;
        return k === 'measure' && base.match === 'all'
          ? wanted.every((v) => have.includes(v))
          : wanted.some((v) => have.includes(v));
      }) &&
      (base.from === null && base.to === null
        ? true
        : zoneYears(z).some((y) => y >= (base.from ?? -Infinity) && y <= (base.to ?? Infinity)));
    if (passes) for (const v of new Set(facetValues(z, facet))) out.set(v, (out.get(v) ?? 0) + 1);
  }
  return out;
}

/** A small deterministic generator (mulberry32), so every run tries the same filters. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('allFacetCounts', () => {
  it('equals each facet counted on its own, over 300 random filters', () => {
    const rnd = random(20);
    const options = Object.fromEntries(
      FACETS.map((f) => [f, [...new Set(atlas.zones.flatMap((z) => facetValues(z, f)))]]),
    ) as Record<Facet, string[]>;
    for (let i = 0; i < 300; i++) {
      const f: Filters = { ...EMPTY_FILTERS, match: rnd() < 0.5 ? 'any' : 'all' };
      for (const facet of FACETS) f[facet] = options[facet].filter(() => rnd() < 0.15);
      if (rnd() < 0.3) f.from = 2000 + Math.floor(rnd() * 25);
      if (rnd() < 0.3) f.to = 2005 + Math.floor(rnd() * 25);
      const all = allFacetCounts(atlas.zones, f);
      for (const facet of FACETS)
        expect(Object.fromEntries(all[facet]), `${facet} ${JSON.stringify(f)}`).toEqual(
          Object.fromEntries(reference(atlas.zones, f, facet)),
        );
      // And the zones it admits are those `matches` admits.
      const admitted = atlas.zones.filter((z) => matches(z, f)).length;
      expect([...all.model.values()].reduce((a, b) => a + b, 0) >= admitted).toBe(true);
    }
  });
});
