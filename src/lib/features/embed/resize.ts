// Self-sizing for iframes: the content height in the formats host pages already understand (pym.js, Datawrapper, our own).

/** The iframe's identity as the host gave it: pym's `childId`, else our `embedId`. */
export interface EmbedIds {
  childId: string | null;
  embedId: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function embedIds(params: URLSearchParams): EmbedIds {
  const childId = params.get('childId');
  const embedId = params.get('embedId');
  return {
    childId: childId && ID.test(childId) ? childId : null,
    embedId: embedId && ID.test(embedId) ? embedId : 'zone-reform-atlas',
  };
}

/**
 * The messages to post for a height: pym.js (`pymxPYMx<id>xPYMxheightxPYMx<px>`, only with a pym childId),
 * Datawrapper (`{'datawrapper-height': {<id>: px}}`) and `{context: 'iframe.resize', height, src}` (embed.js).
 */
export function heightMessages(height: number, ids: EmbedIds, src: string): unknown[] {
  const px = Math.ceil(height);
  const out: unknown[] = [];
  if (ids.childId) out.push(`pymxPYMx${ids.childId}xPYMxheightxPYMx${px}`);
  out.push({ 'datawrapper-height': { [ids.embedId]: px } });
  out.push({ context: 'iframe.resize', height: px, src });
  return out;
}

/**
 * The only message the embed reads from its parent: pym's width notice for this child
 * (`pymxPYMx<childId>xPYMxwidthxPYMx<px>`), answered with the height. Everything else is ignored.
 */
export function isPymWidthMessage(data: unknown, childId: string | null): boolean {
  if (!childId || typeof data !== 'string' || data.length > 200) return false;
  const prefix = `pymxPYMx${childId}xPYMxwidthxPYMx`;
  return data.startsWith(prefix) && /^\d{1,5}(\.\d+)?$/.test(data.slice(prefix.length));
}

/** Posts the document's height to the parent now and whenever it changes; returns a stop function. */
export function reportHeight(win: Window, ids: EmbedIds): () => void {
  if (win.parent === win) return () => {};
  const parent = win.parent;
  const doc = win.document.documentElement;
  let last = -1;
  const post = (force = false) => {
    const height = Math.ceil(doc.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    // The height is not secret; any host may read it ('*'), as pym.js and Datawrapper do.
    for (const message of heightMessages(height, ids, win.location.href)) parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => post());
  observer.observe(doc);
  const onMessage = (event: MessageEvent) => {
    if (event.source === parent && isPymWidthMessage(event.data, ids.childId)) post(true);
  };
  win.addEventListener('message', onMessage);
  post(true);
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
