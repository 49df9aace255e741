// Full screen through the Fullscreen API, with the refusal reported so the caller can fall back to the full window.
export function isFullscreen(doc: Document = document): boolean {
  return !!doc.fullscreenElement;
}

/** Asks for full screen; resolves false (never throws) when the browser refuses or has no API. */
export async function enterFullscreen(el: HTMLElement = document.documentElement): Promise<boolean> {
  if (!el.requestFullscreen) return false;
  try {
    await el.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

export async function exitFullscreen(doc: Document = document): Promise<void> {
  if (doc.fullscreenElement && doc.exitFullscreen) await doc.exitFullscreen().catch(() => undefined);
}
