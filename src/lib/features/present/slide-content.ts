// What the exported slide says and in which colours: the step on screen, in the current language and theme.
import type { AppState } from '../../core/state/app.svelte';
import { stepTitle, type TourStepView } from './tour';
import { formatFigure } from '../../core/i18n/format';
import { readCssVars } from '../../core/css';
import type { SlideColours, SlideContent } from './export-slide';

export function slideContent(app: AppState, step: TourStepView, total: number): SlideContent {
  const lang = app.lang;
  const sources = [...new Set(step.evidence.map((e) => e.source))]
    .map((id) => app.atlas.sources.get(id))
    .map((s) => (s ? (s.publisher ?? s.title ?? s.description[lang]) : null))
    .filter((s): s is string => !!s);
  const used = new Set(app.atlas.zones.map((z) => z.model.id));
  return {
    kicker: `${app.t('app.title')} · ${app.t('present.progress', { step: app.url.step, total })}`,
    title: stepTitle(step, lang, app.t),
    caption: step.caption[lang],
    figures: step.figures.map((f) => ({ ...formatFigure(f, lang), label: f.label[lang] })),
    measures: zoneMeasures(app, step),
    compared: step.compare.map((z) => ({
      color: z.color,
      name: z.zone.short[lang],
      model: app.atlas.models.get(z.model.id)?.label[lang] ?? '',
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

/** A zone step's measures in words, as its caption shows them: "2 measures stated for this zone: A, B", then the
 *  inherited count. Empty for other steps. */
function zoneMeasures(app: AppState, step: TourStepView): string[] {
  if (!step.zone) return [];
  const lang = app.lang;
  const stated = step.zone.measures.filter((m) => m.provenance === 'stated');
  const inherited = step.zone.measures.length - stated.length;
  const names = stated.map((m) => app.atlas.measures.get(m.id)?.label[lang] ?? m.id).join(lang === 'zh' ? '、' : ', ');
  return [
    stated.length
      ? `${app.t('present.statedHere', { count: stated.length })}${lang === 'zh' ? '：' : ': '}${names}`
      : '',
    inherited ? app.t('present.inheritedCount', { count: inherited }) : '',
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
