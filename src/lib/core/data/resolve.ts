// Resolves what applies to a zone: its own (stated) model and measures, plus those inherited from a parent zone or a city-wide reform.
import type { Bilingual, ClaimScope, ClaimStatus, ClaimStrength, Evidence, Place, Zone } from './schema';

export type Provenance = 'stated' | 'inherited';
/** Where a fact is written: on the zone, on its parent zone, or on its place (a city-wide reform). */
export type Origin = 'zone' | 'parent' | 'place';

/**
 * One claim as it applies to a zone (docs/data.md, "Claims"): the taxonomy id, whether the zone states it or
 * inherits it and from where, what the article says of it (status), whom it is said of (scope: `zone`, `parent` —
 * the zone `parentId` — or `city`), how firmly the quote supports it (strength, measures only; models are always
 * explicit) and the quotes.
 */
export interface ResolvedFact {
  id: string;
  provenance: Provenance;
  origin: Origin;
  status: ClaimStatus;
  scope: ClaimScope;
  strength: ClaimStrength;
  /** How an implied measure was read from its quote. */
  reason?: Bilingual;
  /** Our note on the claim (e.g. the partner in a joint development). */
  note?: Bilingual;
  /** The parent zone's id, for a fact inherited from it (scope `parent`). */
  parentId?: string;
  evidence: Evidence[];
}

export interface ResolvedZone {
  model: ResolvedFact;
  measures: ResolvedFact[];
}

export const NOT_STATED = 'not-stated';

type Claim = {
  id: string;
  status: ClaimStatus;
  scope: ClaimScope;
  strength?: ClaimStrength;
  reason?: Bilingual;
  note?: Bilingual;
  evidence: Evidence[];
};

const fact = (c: Claim, provenance: Provenance, origin: Origin, parentId?: string): ResolvedFact => ({
  id: c.id,
  provenance,
  origin,
  status: c.status,
  // A parent's own claim reaches its sub-area as `parent`; a city claim stays `city`.
  scope: origin === 'parent' ? 'parent' : c.scope,
  strength: c.strength ?? 'explicit',
  ...(c.reason ? { reason: c.reason } : {}),
  ...(c.note ? { note: c.note } : {}),
  ...(origin === 'parent' && parentId ? { parentId } : {}),
  evidence: c.evidence,
});

/**
 * The one place where inheritance is decided. A zone's own facts are stated; a sub-area inherits from its parent zone;
 * a place's `city` claims (a city-wide reform the article applies to its zones) are inherited by every zone of that
 * place unless the zone states its own; `context` claims (a city campaign not applied to zones) never are.
 * Measures come back in the order of `measureOrder` (the taxonomy's order).
 */
export function resolveZone(zone: Zone, place: Place, measureOrder: readonly string[]): ResolvedZone {
  const parent = zone.parent ? place.zones.find((z) => z.id === zone.parent) : undefined;
  // A place whose article is about one zone (`scope: zone`) passes nothing on, whatever its claims say.
  const cityWide = place.scope === 'city-wide';
  const cityModel = cityWide && place.model?.scope === 'city' ? place.model : undefined;

  const model: ResolvedFact = zone.model
    ? fact(zone.model, 'stated', 'zone')
    : parent?.model
      ? fact(parent.model, 'inherited', 'parent', parent.id)
      : cityModel
        ? fact(cityModel, 'inherited', 'place')
        : {
            id: NOT_STATED,
            provenance: 'stated',
            origin: 'zone',
            status: 'in-place',
            scope: 'zone',
            strength: 'explicit',
            evidence: [],
          };

  const byId = new Map<string, ResolvedFact>();
  const add = (refs: readonly Claim[], provenance: Provenance, origin: Origin, parentId?: string) => {
    for (const m of refs) if (!byId.has(m.id)) byId.set(m.id, fact(m, provenance, origin, parentId));
  };
  add(zone.measures, 'stated', 'zone');
  if (parent) add(parent.measures, 'inherited', 'parent', parent.id);
  add(
    place.measures.filter((m) => cityWide && m.scope === 'city'),
    'inherited',
    'place',
  );

  const rank = (id: string) => {
    const i = measureOrder.indexOf(id);
    return i === -1 ? measureOrder.length : i;
  };
  const measures = [...byId.values()].sort((a, b) => rank(a.id) - rank(b.id));
  return { model, measures };
}

/** A place's `context` claims: its city's own campaigns, shown with the place and never as a zone's measure. */
export function placeContext(place: Place): Place['measures'] {
  return place.measures.filter((m) => m.scope === 'context');
}
