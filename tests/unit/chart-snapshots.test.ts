// SVG snapshots of every chart (matrix, timeline, sector comparison), rendered by Svelte's server renderer in zh and en
// at 320 and 480 px: numbers rounded to 0.1 px, generated ids and Svelte's hydration markers normalised, one tag per
// line (as observablehq/plot's snapshot tests do). A changed layout shows up as a readable diff in review.
import { describe, expect, it } from 'vitest';
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { loadSourceData } from '../../scripts/lib/source-data';
import { atlasFile } from '../../scripts/lib/search-index';
import { buildAtlas } from '../../src/lib/core/data/atlas';
import { translate, type MessageKey } from '../../src/lib/core/i18n/messages';
import type { Lang } from '../../src/lib/core/i18n/lang';
import MeasureMatrix from '../../src/lib/charts/MeasureMatrix.svelte';
import Timeline from '../../src/lib/charts/Timeline.svelte';
import SectorShare from '../../src/lib/charts/SectorShare.svelte';
import { industryFocus } from '../../src/lib/charts/industries';
import type { TimelineItem } from '../../src/lib/charts/timeline';

const atlas = buildAtlas(atlasFile(loadSourceData().data!));
const CASES = [320, 480].flatMap((width) => (['zh', 'en'] as const).map((lang) => [lang, width] as const));
const none = () => {};

/** Rounds numbers, names generated ids and style hashes, drops hydration comments, one tag per line. */
function normalise(html: string): string {
  const ids = new Map<string, string>();
  return html
    .replace(/<!--[^>]*-->/g, '')
    .replace(/\bsvelte-[a-z0-9]+/g, 'svelte-x')
    .replace(/\b(s\d+)(-(?:title|desc))/g, (_, id: string, rest: string) => {
      if (!ids.has(id)) ids.set(id, `id${ids.size}`);
      return ids.get(id)! + rest;
    })
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/>\s*</g, '>\n<')
    .trim();
}

const zoneLabel = (lang: Lang) => (id: string) => atlas.byId.get(id)!.zone.short[lang];
const t = (lang: Lang, key: MessageKey, params: Record<string, string | number> = {}) => translate(lang, key, params);

function matrix(lang: Lang, width: number) {
  const measureLabel = (id: string) => atlas.measures.get(id)!.label[lang];
  return render(MeasureMatrix, {
    props: {
      zones: atlas.zones,
      rankBy: atlas.zones,
      measureIds: atlas.data.taxonomy.measures.map((m) => m.id),
      groupBy: 'place',
      modelOrder: atlas.data.taxonomy.models.map((m) => m.id),
      selectedId: 'qingdao-blue-valley',
      pinned: ['streamlining'],
      measureLabel,
      measureTitle: measureLabel,
      placeLabel: (id) => atlas.data.places.find((p) => p.id === id)!.name[lang],
      zoneLabel: zoneLabel(lang),
      rowName: (id, count) => t(lang, 'matrix.rowName', { measure: measureLabel(id), count }),
      cellName: (m, z, state) => `${m} ${z} ${state}`,
      title: t(lang, 'matrix.title'),
      vertical: lang === 'zh',
      initialWidth: width,
      onpreview: none,
      onendpreview: none,
      ontoggle: none,
    },
  }).body;
}

function timeline(lang: Lang, width: number) {
  const items: TimelineItem[] = atlas.data.places.flatMap((p) =>
    [...p.events, ...p.zones.flatMap((z) => z.events)].map((e) => ({
      id: e.id,
      laneId: p.id,
      date: e.date,
      label: e.label[lang],
    })),
  );
  return render(Timeline, {
    props: {
      items,
      lanes: atlas.data.places.map((p) => ({ id: p.id, label: p.name[lang] })),
      highlightLaneId: 'qingdao',
      lang,
      title: t(lang, 'timeline.title'),
      description: t(lang, 'timeline.description'),
      detail: createRawSnippet(() => ({ render: () => '<span></span>' })),
      headings: { place: 'p', date: 'd', event: 'e', inferred: t(lang, 'timeline.inferredSuffix') },
      initialWidth: width,
    },
  }).body;
}

function sectors(lang: Lang, zoneId: string) {
  const focus = industryFocus(atlas.byId.get(zoneId)!, atlas.zones);
  return render(SectorShare, {
    props: {
      rows: focus.rows.length ? focus.rows : focus.place!.rows,
      subjectId: focus.rows.length ? zoneId : null,
      sectorLabel: (id) => atlas.data.taxonomy.sectors.find((s) => s.id === id)!.label[lang],
      zoneLabel: zoneLabel(lang),
      sharedText: (count) => t(lang, count ? 'industry.others' : 'industry.onlyHere', { count }),
      moreText: (count) => t(lang, 'industry.more', { count }),
      pinned: () => false,
      industry: createRawSnippet((ind: () => { label: Record<Lang, string> }) => ({
        render: () => `<span>${ind().label[lang]}</span>`,
      })),
      onpreview: none,
      onendpreview: none,
      ontoggle: none,
      onselect: none,
    },
  }).body;
}

describe('chart snapshots', () => {
  it.each(CASES)('measures matrix, %s, %i px', async (lang, width) => {
    await expect(normalise(matrix(lang, width))).toMatchFileSnapshot(`__snapshots__/matrix-${lang}-${width}.svg.html`);
  });

  it.each(CASES)('timeline, %s, %i px', async (lang, width) => {
    await expect(normalise(timeline(lang, width))).toMatchFileSnapshot(
      `__snapshots__/timeline-${lang}-${width}.svg.html`,
    );
  });

  // The sector comparison is HTML that flows (no computed positions), so it does not depend on the width.
  it.each([
    ['zh', 'qingdao-hi-tech-zone'],
    ['en', 'qingdao-hi-tech-zone'],
    ['zh', 'qingdao-blue-valley'],
    ['en', 'qingdao-blue-valley'],
  ] as const)('sector comparison, %s, %s', async (lang, zoneId) => {
    await expect(normalise(sectors(lang, zoneId))).toMatchFileSnapshot(`__snapshots__/sectors-${lang}-${zoneId}.html`);
  });

  it('normalises what varies between runs and nothing else', () => {
    expect(
      normalise('<svg aria-labelledby="s3-title s3-desc"><!--[--><circle cx="10.04999" r="5"/><!--]--></svg>'),
    ).toBe('<svg aria-labelledby="id0-title id0-desc">\n<circle cx="10" r="5"/>\n</svg>');
  });
});
