// What the exported slide says and in which colours: the step on screen, in the current language and theme.
import type { AppState } from '../../core/state/app.svelte';
import { stepTitle, type TourStepView } from './tour';
import { formatFigure } from '../../core/i18n/format';
import type { Lang } from '../../core/i18n/messages';
import type { SlideColours, SlideContent } from './export-slide';

/** Canvas text needs a font list of its own; the CJK stack first for Chinese, Latin faces first for English. */
export const SLIDE_FONT: Record<Lang, string> = {
  zh: '"PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", system-ui, sans-serif',
  en: 'system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK SC", sans-serif',
};

export function slideContent(app: AppState, step: TourStepView): SlideContent {
  const lang = app.lang;
  const sources = [...new Set(step.evidence.map((e) => e.source))]
    .map((id) => app.atlas.sources.get(id))
    .map((s) => (s ? (s.publisher ?? s.title ?? s.description[lang]) : null))
    .filter((s): s is string => !!s);
  const used = new Set(app.atlas.zones.map((z) => z.model.id));
  return {
    kicker: `${app.t('app.title')} · ${app.t('present.progress', { step: app.step, total: app.tour.length })}`,
    title: stepTitle(step, lang, app.t('present.overview')),
    caption: step.caption[lang],
    figures: step.figures.map((f) => ({ ...formatFigure(f, lang), label: f.label[lang] })),
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
  const style = getComputedStyle(el);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    surface: v('--surface', '#ffffff'),
    ink: v('--ink', '#000000'),
    inkSoft: v('--ink-soft', '#444444'),
    rule: v('--rule', '#dddddd'),
    sea: v('--sea', '#dde8ef'),
    zoneStroke: v('--zone-stroke', '#1f2328'),
  };
}
