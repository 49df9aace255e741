// The facts a tour step shows, each said as the article says it (status, scope, strength) with its quotes: for the notes window and the deck's notes.
import type { AppState } from '../../core/state/app.svelte';
import type { Evidence } from '../../core/data/schema';
import type { ResolvedFact } from '../../core/data/resolve';
import { NOT_STATED } from '../../core/data/resolve';
import { claimName, claimWords } from '../../core/data/claims';
import { formatFigure } from '../../core/i18n/format';
import type { TourStepView } from './tour';

/** One fact of a step: what it says ("Streamlining — ◌ Proposed · This zone"), and the quotes behind it. */
export interface StepFact {
  text: string;
  evidence: Evidence[];
}

/**
 * The facts a step puts on screen, in its reader's language: the caption's quotes; a zone's model and measures (its
 * own, then inherited, each with status, scope and strength); a compare step's models; the figures, a city's said to
 * be the city's. `app` gives the language, the catalogue and the taxonomy.
 */
export function stepFacts(app: AppState, step: TourStepView): StepFact[] {
  const lang = app.lang;
  const dash = ' — ';
  const out: StepFact[] = [];
  if (step.evidence.length) out.push({ text: app.t('notes.captionQuotes'), evidence: step.evidence });
  const claim = (label: string, fact: ResolvedFact, parent?: string) => ({
    text: `${claimName(label, fact)}${dash}${claimWords(fact, lang, app.t, parent).line}`,
    evidence: fact.evidence,
  });
  const zones = step.zone ? [step.zone] : step.compare;
  for (const z of zones) {
    const parent = z.zone.parent ? app.atlas.byId.get(z.zone.parent)?.zone.short[lang] : undefined;
    const prefix = step.compare.length ? `${z.zone.short[lang]}: ` : '';
    if (z.model.id !== NOT_STATED)
      out.push(
        claim(
          `${prefix}${app.t('zone.model')} ${app.atlas.models.get(z.model.id)?.label[lang] ?? z.model.id}`,
          z.model,
          parent,
        ),
      );
    if (step.zone)
      for (const m of [...z.measures].sort(
        (a, b) => Number(a.provenance !== 'stated') - Number(b.provenance !== 'stated'),
      ))
        out.push(claim(app.atlas.measures.get(m.id)?.label[lang] ?? m.id, m, parent));
  }
  const city = step.kind === 'place' && step.place ? step.place.name[lang] : null;
  for (const f of step.figures) {
    const shown = formatFigure(f, lang);
    const status = app.t(`claim.status.${f.status}`);
    out.push({
      text: `${shown.value}${lang === 'en' && /^[A-Za-z]/.test(shown.unit) ? ' ' : ''}${shown.unit} ${f.label[lang]}${dash}${status}${city ? ` · ${app.t('figures.cityTag', { place: city })}` : ''}`,
      evidence: f.evidence,
    });
  }
  return out;
}
