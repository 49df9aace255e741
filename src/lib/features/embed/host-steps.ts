// Scroll stories in a host page (issue 33): the messages embed.js sends an atlas iframe as the article's marked
// paragraphs (data-atlas-step) cross the middle of the viewport, read strictly, and what each does to the embed's URL.
import { FACETS } from '../../core/state/filters';

/** How embed.js lays the atlas out beside its story: beside the text (wide pages) or behind the text cards (phones). */
export type StoryLayout = 'side' | 'behind';

/**
 * The share of the frame's height, at its bottom, that a phone's text cards pass over (embed.js starts the first card
 * at 60 % of the viewport and moves the map as a card crosses the middle): the map frames each step's subject in the
 * 45 % above, where the reader sees it between cards.
 */
export const STORY_RESERVE = 0.55;

/** What a host page may ask of the embed. Anything else is ignored. */
export type HostMessage =
  | { context: 'atlas.story'; layout: StoryLayout }
  | { context: 'atlas.step'; step: HostStep }
  /** A step value that says nothing the embed can show: the editor hears of it (console), the map stays. */
  | { context: 'atlas.step'; step: null; value: string };

/**
 * One paragraph's step: a tour step (`data-atlas-step="7"`, 1-based) or a view of the URL contract
 * (`"zone=qingdao-blue-valley"`, `"compare=a,b"`, `"model=statutory-body"`), whose `highlight=id,…` puts zones in
 * front without moving the map.
 */
export type HostStep =
  | { kind: 'tour'; step: number }
  | { kind: 'view'; search: string; highlight: string[] }
  /** Before the first paragraph (embed.js sends an empty value): the frame's own view, its src's. */
  | { kind: 'own' };

/** The longest step value read (characters): a view of the contract is a short query string. */
export const MAX_STEP_LENGTH = 500;

/** The view parameters a host step may set: the state of a link, never its layout, language, data or theme. */
export const STEP_PARAMS = ['zone', 'compare', ...FACETS, 'match', 'from', 'to', 'q'] as const;

/**
 * Reads a step value (`"7"`, `"zone=…&compare=…"`, with or without a leading `?`; `""`: the frame's own view); null
 * when it says nothing the embed can show.
 */
export function parseHostStep(value: string): HostStep | null {
  const text = value.trim();
  if (!text) return { kind: 'own' };
  if (text.length > MAX_STEP_LENGTH) return null;
  if (/^\d{1,3}$/.test(text)) return Number(text) >= 1 ? { kind: 'tour', step: Number(text) } : null;
  const params = new URLSearchParams(text.replace(/^\?/, ''));
  const search = new URLSearchParams();
  for (const key of STEP_PARAMS) {
    const v = params.get(key);
    if (v !== null) search.set(key, v);
  }
  const highlight = (params.get('highlight') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 50);
  if (![...search.keys()].length && !highlight.length) return null;
  return { kind: 'view', search: search.toString(), highlight };
}

/** Reads a message from the host page (embed.js); anything else, of any shape, is null. */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { context, layout, step } = data as Record<string, unknown>;
  if (context === 'atlas.story' && (layout === 'side' || layout === 'behind')) return { context, layout };
  if (context === 'atlas.step' && typeof step === 'string') {
    const parsed = parseHostStep(step);
    return parsed
      ? { context: 'atlas.step', step: parsed }
      : { context: 'atlas.step', step: null, value: step.slice(0, 80) };
  }
  return null;
}

/**
 * The embed's query string for a view step: the page's own parameters (view, lang, data, theme, captions, ids) kept,
 * the previous step's view parameters replaced by this step's (none for a step of highlights only, whose zones the
 * embed then puts in front where the camera already is).
 */
export function stepSearch(current: string, step: Extract<HostStep, { kind: 'view' }>): string {
  const params = new URLSearchParams(current);
  for (const key of [...STEP_PARAMS, 'step']) params.delete(key);
  for (const [k, v] of new URLSearchParams(step.search)) params.set(k, v);
  return params.toString();
}

/** The embed's query string with no view parameters: where a tour step starts from (no comparison, no filter). */
export function baseSearch(current: string): string {
  const params = new URLSearchParams(current);
  for (const key of [...STEP_PARAMS, 'step']) params.delete(key);
  return params.toString();
}

/**
 * Listens for the parent page's story messages (only from `win.parent`: the one window that placed this frame and
 * set its URL, so it can ask for nothing a link could not), then tells it the embed is listening
 * (`{context: 'atlas.ready'}`; not secret, so to any origin), again whenever it greets (`{context: 'atlas.hello'}`:
 * embed.js loaded after the frame). Returns a stop function; does nothing at top level.
 */
export function listenToHost(win: Window, onMessage: (m: HostMessage) => void): () => void {
  if (win.parent === win) return () => {};
  const parent = win.parent;
  const ready = () => parent.postMessage({ context: 'atlas.ready' }, '*');
  const listener = (event: MessageEvent) => {
    if (event.source !== parent) return;
    // embed.js ran after this frame was listening: it greets, and hears that the atlas is ready.
    if ((event.data as { context?: unknown } | null)?.context === 'atlas.hello') return ready();
    const message = parseHostMessage(event.data);
    if (message) onMessage(message);
  };
  win.addEventListener('message', listener);
  ready();
  return () => win.removeEventListener('message', listener);
}
