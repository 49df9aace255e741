// For the presenter's tests: the built-in atlas, its tour, and the slice of the app state slides and decks read.
import { readFileSync } from 'node:fs';
import { buildAtlas } from '../../core/data/atlas';
import { translate, type MessageKey } from '../../core/i18n/messages';
import type { AtlasFile } from '../../core/data/schema';
import type { AppState } from '../../core/state/app.svelte';
import { buildTour } from './tour';

/** The built-in data as the app loads it (data/build/atlas.json). */
export const file = JSON.parse(
  readFileSync(new URL('../../../../data/build/atlas.json', import.meta.url), 'utf8'),
) as AtlasFile;
export const atlas = buildAtlas(file);
/** The overview step's caption, as a tour without one in its data is given it. */
export const overview = { zh: '{places}地、{zones}个开发区', en: '{places} places, {zones} zones' };
export const tour = buildTour(atlas, overview);

/** What slideContent, stepFacts and deckOutline read of the app: the language, its catalogue, the atlas, the step. */
export const appIn = (lang: 'zh' | 'en') =>
  ({
    lang,
    t: (key: MessageKey, params?: Record<string, string | number>) => translate(lang, key, params),
    atlas,
    url: { step: 1 },
  }) as unknown as AppState;
