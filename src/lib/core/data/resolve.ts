// Resolves what applies to a zone: its own (stated) model and measures, plus those inherited from a parent zone or a city-wide reform.
import type { Evidence, Place, Zone } from './schema';

export type Provenance = 'stated' | 'inherited';
/** Where an inherited fact comes from. */
export type Origin = 'zone' | 'parent' | 'place';

export interface ResolvedFact {
  id: string;
  provenance: Provenance;
  origin: Origin;
  evidence: Evidence[];
}

export interface ResolvedZone {
  model: ResolvedFact;
  measures: ResolvedFact[];
}

export const NOT_STATED = 'not-stated';

/**
 * The one place where inheritance is decided. A zone's own facts are stated; a sub-area inherits from its parent zone;
 * a city-wide reform's model and measures are inherited by every zone of that place unless the zone states its own.
 * Measures come back in the order of `measureOrder` (the taxonomy's order).
 */
export function resolveZone(zone: Zone, place: Place, measureOrder: readonly string[]): ResolvedZone {
  const parent = zone.parent ? place.zones.find((z) => z.id === zone.parent) : undefined;
  const cityWide = place.scope === 'city-wide';

  const model: ResolvedFact = zone.model
    ? { id: zone.model.id, provenance: 'stated', origin: 'zone', evidence: zone.model.evidence }
    : parent?.model
      ? { id: parent.model.id, provenance: 'inherited', origin: 'parent', evidence: parent.model.evidence }
      : cityWide && place.model
        ? { id: place.model.id, provenance: 'inherited', origin: 'place', evidence: place.model.evidence }
        : { id: NOT_STATED, provenance: 'stated', origin: 'zone', evidence: [] };

  const byId = new Map<string, ResolvedFact>();
  const add = (refs: Zone['measures'], provenance: Provenance, origin: Origin) => {
    for (const m of refs) if (!byId.has(m.id)) byId.set(m.id, { id: m.id, provenance, origin, evidence: m.evidence });
  };
  add(zone.measures, 'stated', 'zone');
  if (parent) add(parent.measures, 'inherited', 'parent');
  if (cityWide) add(place.measures, 'inherited', 'place');

  const rank = (id: string) => {
    const i = measureOrder.indexOf(id);
    return i === -1 ? measureOrder.length : i;
  };
  const measures = [...byId.values()].sort((a, b) => rank(a.id) - rank(b.id));
  return { model, measures };
}
