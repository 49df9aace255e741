// How every view says what a claim is (docs/data.md, "Claims"): its status, scope and strength in words and marks.
import type { ClaimScope, ClaimStatus, ClaimStrength } from './schema';
import type { MessageKey } from '../i18n/messages';
import type { Params } from '../i18n/format-message';

/** The order statuses are listed in: results first, then what is under way, then plans and targets. */
export const STATUS_ORDER: readonly ClaimStatus[] = ['in-place', 'in-progress', 'proposed', 'target'];

/**
 * The text mark of each status, the same glyph the SVG marks draw (charts/claim-mark.ts): ● in place (whole), ◐ in
 * progress (half), ◌ proposed (a dotted outline: not there yet), ◎ a target.
 */
export const STATUS_SYMBOL: Record<ClaimStatus, string> = {
  'in-place': '●',
  'in-progress': '◐',
  proposed: '◌',
  target: '◎',
};

/** Put before the name of a measure whose quote supports it only loosely (strength `implied`). */
export const IMPLIED_MARK = '≈';

/** What a view needs to say of a claim: the resolved facts and the dataset's own claims both fit. */
export interface ClaimLike {
  status: ClaimStatus;
  scope: ClaimScope;
  strength?: ClaimStrength;
  reason?: { zh: string; en: string };
}

type T = (key: MessageKey, params?: Params) => string;

/**
 * A claim in words, in the reader's language (`t` is the catalogue lookup): its status ("Proposed"), its scope
 * ("This zone", "From Xishan ETDZ", "City-wide reform", "City context"; `parent` names the parent zone), the
 * implied note with its reason, `text` all of it in one line, and `line` the same after its status mark (● ◐ ◌ ◎),
 * for popovers, labels and notes.
 */
export function claimWords(
  claim: ClaimLike,
  lang: 'zh' | 'en',
  t: T,
  parent?: string,
): { status: string; scope: string; implied: string | null; text: string; line: string } {
  const status = t(`claim.status.${claim.status}` as MessageKey);
  const scope = t(`claim.scope.${claim.scope}` as MessageKey, { parent: parent ?? '' });
  const implied =
    claim.strength === 'implied'
      ? claim.reason
        ? t('claim.impliedReason', { reason: claim.reason[lang] })
        : t('claim.implied')
      : null;
  const text = [t('claim.line', { status, scope }), implied].filter(Boolean).join(lang === 'zh' ? '；' : '; ');
  return { status, scope, implied, text, line: `${STATUS_SYMBOL[claim.status]} ${text}` };
}

/** A measure's name as the chips and lists write it: "≈ " before an implied one. */
export function claimName(label: string, claim: { strength?: ClaimStrength }): string {
  return claim.strength === 'implied' ? `${IMPLIED_MARK} ${label}` : label;
}

/** Groups claims by status, in STATUS_ORDER, leaving out empty groups. */
export function byStatus<C extends { status: ClaimStatus }>(
  claims: readonly C[],
): { status: ClaimStatus; claims: C[] }[] {
  return STATUS_ORDER.map((status) => ({ status, claims: claims.filter((c) => c.status === status) })).filter(
    (g) => g.claims.length,
  );
}
