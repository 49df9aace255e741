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
