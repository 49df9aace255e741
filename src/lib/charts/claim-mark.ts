// The mark of one zone × measure claim (pure): what the matrix, the compare tables and their keys all draw.
import type { ZoneView } from '../core/data/atlas';
import type { ClaimStatus } from '../core/data/schema';
import type { MessageKey } from '../core/i18n/messages';
import type { Params } from '../core/i18n/format-message';

/** Whether a zone has a measure: stated for it, inherited (from its city's reform or its parent zone), or absent. */
export type CellState = 'stated' | 'inherited' | 'absent';

/** A cell's claim: its state and, where it has the measure, what the article says of it and how firmly. */
export interface MarkClaim {
  state: CellState;
  status?: ClaimStatus;
  implied?: boolean;
}

/**
 * One SVG shape of a mark, centred on (0, 0): `fill` parts take the ink, `ring` parts an outline (`dashed`: a plan),
 * `halo` the dotted ring of an implied claim, `absent` the small dot of a measure not mentioned.
 */
export type MarkPart =
  | { kind: 'circle'; r: number; role: 'fill' | 'ring' | 'dashed' | 'halo' | 'absent' }
  | { kind: 'path'; d: string; role: 'fill' };

/** The claim a zone makes for a measure (docs/data.md, "Claims"). */
export function cellClaim(zone: ZoneView, measureId: string): MarkClaim {
  const fact = zone.measures.find((m) => m.id === measureId);
  return fact
    ? { state: fact.provenance, status: fact.status, implied: fact.strength === 'implied' }
    : { state: 'absent' };
}

/** A stated measure's mark has radius r; an inherited one this much of it (smaller, and in the softer ink). */
export const INHERITED_SCALE = 0.72;
/** The dotted halo of an implied claim lies this many px outside its mark. */
const HALO_GAP = 2.2;

/**
 * The shapes of a claim's mark at radius `r` px, one vocabulary everywhere (issue 30): status by fill — ● whole in
 * place, ◐ half in progress, ◌ a dashed outline for a plan (and for a target) —, provenance by size and ink (an
 * inherited mark is smaller and softer), strength by a dotted halo around an implied one. Absent: a 1.5 px dot.
 */
export function markParts(claim: MarkClaim, r: number): MarkPart[] {
  if (claim.state === 'absent') return [{ kind: 'circle', r: 1.5, role: 'absent' }];
  const radius = claim.state === 'inherited' ? r * INHERITED_SCALE : r;
  const parts: MarkPart[] =
    claim.status === 'in-progress'
      ? [
          { kind: 'circle', r: radius, role: 'ring' },
          // The left half filled: from the top, round the left side, to the bottom.
          { kind: 'path', d: `M0,${-radius}A${radius},${radius} 0 0 0 0,${radius}Z`, role: 'fill' },
        ]
      : claim.status === 'proposed' || claim.status === 'target'
        ? [{ kind: 'circle', r: radius, role: 'dashed' }]
        : [{ kind: 'circle', r: radius, role: 'fill' }];
  if (claim.implied) parts.push({ kind: 'circle', r: radius + HALO_GAP, role: 'halo' });
  return parts;
}

type T = (key: MessageKey, params?: Params) => string;

/** A cell's claim in words (`t` is the catalogue lookup): "stated in the article · Proposed · Implied", or "not mentioned". */
export function markWords(claim: MarkClaim, t: T): string {
  const state = t(STATE_LABEL[claim.state]);
  if (claim.state === 'absent' || !claim.status) return state;
  return [state, t(`claim.status.${claim.status}` as MessageKey), claim.implied ? t('claim.implied') : '']
    .filter(Boolean)
    .join(' · ');
}

/** The catalogue key that names each cell state (the matrix key's words). */
export const STATE_LABEL: Record<CellState, MessageKey> = {
  stated: 'matrix.legendStated',
  inherited: 'matrix.legendInherited',
  absent: 'matrix.legendAbsent',
};
