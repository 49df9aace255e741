// Where an embed's notices go: to the editor (the console, the Embed dialog's preview), never to the article's readers.

/** The message an embed posts to a same-origin parent (the Embed dialog) with the notices it holds back. */
export interface EmbedNoticesMessage {
  context: 'atlas.embed-notices';
  texts: string[];
}

/** Notices already written to this window's console, by id, so each is written once. */
const logged = new WeakMap<Window, Set<number>>();

/**
 * Writes each new notice to the console (console.warn, once per id) and posts all current ones to the parent when the
 * parent is this app's own page (the dialog's preview): `targetOrigin` is this origin, so a host page on another
 * origin is never sent them.
 */
export function editorNotices(win: Window, notices: readonly { id: number; text: string }[]): void {
  const seen = logged.get(win) ?? new Set<number>();
  logged.set(win, seen);
  for (const n of notices)
    if (!seen.has(n.id)) {
      seen.add(n.id);
      console.warn(`[Zone Reform Atlas] ${n.text}`);
    }
  if (win.parent !== win && sameOrigin(win)) {
    const message: EmbedNoticesMessage = { context: 'atlas.embed-notices', texts: notices.map((n) => n.text) };
    win.parent.postMessage(message, win.location.origin);
  }
}

/**
 * Whether the parent page is this app's own (the Embed dialog): reading a cross-origin parent's location throws, and a
 * post to it would only log a mismatch in every reader's console.
 */
function sameOrigin(win: Window): boolean {
  try {
    return win.parent.location.origin === win.location.origin;
  } catch {
    return false;
  }
}

/** Reads a preview's notices message; anything else (another shape, a non-string text) is null. */
export function parseEmbedNotices(data: unknown): string[] | null {
  if (typeof data !== 'object' || data === null) return null;
  const { context, texts } = data as Record<string, unknown>;
  if (context !== 'atlas.embed-notices' || !Array.isArray(texts)) return null;
  return texts.every((t) => typeof t === 'string') ? (texts as string[]).slice(0, 20) : null;
}
