// What is on screen but not in the URL: hover, highlight, focus and notices.
import type { MessageKey } from '../i18n/messages';
import type { Params } from '../i18n/format-message';

export interface Notice {
  id: number;
  key: MessageKey;
  params: Params;
}

/** A measure or sector whose zones are drawn at full strength while the rest fade; keyed by id, not by label. */
export interface Highlight {
  kind: 'measure' | 'sector';
  id: string;
  ids: readonly string[];
  /** Kept after the pointer or focus leaves (set by Enter or a click). */
  pinned: boolean;
}

/**
 * What a tour step is about: the map frames it and puts its zones in front. A place step names its city (the
 * prefecture is framed); a compare step names only its zones (their locations are framed); a host page's
 * highlight step (`highlight=…`) puts zones in front without moving the camera (`frame: false`).
 */
export interface Focus {
  /** Prefecture adcode (6 digits), or null to frame the zones themselves. */
  adcode: string | null;
  zoneIds: readonly string[];
  /** false: the zones are drawn in front, the camera stays where it is. Default true. */
  frame?: boolean;
}

export class SessionState {
  hoveredId = $state<string | null>(null);
  highlight = $state.raw<Highlight | null>(null);
  focus = $state.raw<Focus | null>(null);
  notices = $state<Notice[]>([]);
  #noticeId = 0;

  notify(key: MessageKey, params: Params = {}) {
    this.notices.push({ id: ++this.#noticeId, key, params });
  }

  dismiss(id: number) {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  /** Shows a highlight while hovering or focusing; a pinned one stays until cleared or replaced. */
  previewHighlight(kind: Highlight['kind'], id: string, ids: readonly string[]) {
    if (!this.highlight?.pinned) this.highlight = { kind, id, ids, pinned: false };
  }

  endPreview() {
    if (this.highlight && !this.highlight.pinned) this.highlight = null;
  }

  togglePinnedHighlight(kind: Highlight['kind'], id: string, ids: readonly string[]) {
    const h = this.highlight;
    this.highlight = h?.pinned && h.kind === kind && h.id === id ? null : { kind, id, ids, pinned: true };
  }

  /** Whether this measure or sector is the pinned highlight. */
  isPinned(kind: Highlight['kind'], id: string): boolean {
    return this.highlight?.pinned === true && this.highlight.kind === kind && this.highlight.id === id;
  }
}
