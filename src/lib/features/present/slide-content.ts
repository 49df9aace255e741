// What the exported slide says and in which colours: the step on screen, in the current language and theme.
import type { AppState } from '../../core/state/app.svelte';
import { stepTitle, type TourStepView } from './tour';
import { formatDateMarked, formatFigure } from '../../core/i18n/format';
import { keyEvent } from '../../core/data/atlas';
import { byStatus, claimName, claimWords, STATUS_SYMBOL } from '../../core/data/claims';
import { readCssVars } from '../../core/css';
import type { SlideColours, SlideContent } from './export-slide';
import type { ResolvedFact } from '../../core/data/resolve';

/**
 * What the slide of `step` says, in `app.lang`: kicker (title · "step n of total" · a place's key date), title,
 * caption, figures, measures, compared zones, legend and footer. `index` is the step's 1-based number (the one on
 * screen unless given: the deck walks every step).
 */
export function slideContent(app: AppState, step: TourStepView, total: number, index = app.url.step): SlideContent {
  const lang = app.lang;
  const sources = [...new Set(step.evidence.map((e) => e.source))]
    .map((id) => app.atlas.sources.get(id))
    .map((s) => (s ? (s.publisher ?? s.title ?? s.description[lang]) : null))
    .filter((s): s is string => !!s);
  const used = new Set(app.atlas.zones.map((z) => z.model.id));
  // A place step's key date, with the inferred-year mark where the article prints no year.
  const date = step.kind === 'place' && step.place ? keyEvent(step.place)?.date : undefined;
  const sep = lang === 'zh' ? '；' : '; ';
  return {
    kicker: [
      app.t('app.title'),
      app.t('present.progress', { step: index, total }),
      date ? formatDateMarked(date, lang) : '',
    ]
      .filter(Boolean)
      .join(' · '),
    title: stepTitle(step, lang, app.t),
    // Said once: a user's tour built from zone names has captions that only repeat the title.
    caption: step.caption[lang] === stepTitle(step, lang, app.t) ? '' : step.caption[lang],
    figures: step.figures.map((f) => ({
      ...formatFigure(f, lang),
      label: f.status === 'in-place' ? f.label[lang] : `${f.label[lang]}${sep}${app.t(`claim.status.${f.status}`)}`,
    })),
    measures: zoneMeasures(app, step),
    compared: step.compare.map((z) => ({
      color: z.color,
      name: z.zone.short[lang],
      model: [
        app.atlas.models.get(z.model.id)?.label[lang] ?? '',
        z.model.evidence.length ? claimWords(z.model, lang, app.t).line : '',
      ]
        .filter(Boolean)
        .join(' · '),
    })),
    legendTitle: app.t('legend.title'),
    legend: app.atlas.data.taxonomy.models
      .filter((m) => used.has(m.id))
      .map((m) => ({ label: m.label[lang], color: m.color })),
    footer: [
      sources.length ? app.t('present.sources', { sources: sources.join(lang === 'zh' ? '；' : '; ') }) : '',
      app.t('map.attribution'),
    ].filter(Boolean),
  };
}

/**
 * A zone step's measures in words, as its caption shows them: one paragraph per status ("◌ Proposed: 2 measures
 * stated for this zone: A, ≈ B"), then the inherited ones with where they come from, named. Empty for other steps.
 */
function zoneMeasures(app: AppState, step: TourStepView): string[] {
  if (!step.zone) return [];
  const lang = app.lang;
  const list = (facts: ResolvedFact[]) =>
    facts.map((m) => claimName(app.atlas.measures.get(m.id)?.label[lang] ?? m.id, m)).join(lang === 'zh' ? '、' : ', ');
  const colon = lang === 'zh' ? '：' : ': ';
  const stated = step.zone.measures.filter((m) => m.provenance === 'stated');
  const inherited = step.zone.measures.filter((m) => m.provenance !== 'stated');
  const parentId = step.zone.zone.parent;
  const parent = parentId ? app.atlas.byId.get(parentId)?.zone.short[lang] : undefined;
  return [
    ...byStatus(stated).map(
      (g) =>
        `${STATUS_SYMBOL[g.status]} ${app.t('present.statedGroup', { status: app.t(`claim.status.${g.status}`), count: g.claims.length })}${colon}${list(g.claims)}`,
    ),
    inherited.length
      ? `${parent ? app.t('present.inheritedFromParent', { count: inherited.length, parent }) : app.t('present.inheritedCount', { count: inherited.length })}${colon}${list(inherited)}`
      : '',
  ].filter(Boolean);
}

/** The theme's colours, read from the CSS custom properties in force at the map stage. */
export function slideColours(el: Element): SlideColours {
  return readCssVars(
    el,
    {
      surface: '--surface',
      ink: '--ink',
      inkSoft: '--ink-soft',
      rule: '--rule',
      sea: '--sea',
      zoneStroke: '--zone-stroke',
    },
    { surface: '#ffffff', ink: '#000000', inkSoft: '#444444', rule: '#dddddd', sea: '#dde8ef', zoneStroke: '#1f2328' },
  );
}
