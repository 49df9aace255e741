// The presenter-notes link: the presentation and its notes window talk over a same-origin BroadcastChannel.
export const CHANNEL_NAME = 'zone-reform-atlas-presenter';

/**
 * `step`: the presentation shows step n; `go`: show step n; `move`: one step on (1) or back (-1) from wherever the
 * presentation is (the notes window's next/previous, so a key pressed before its last `step` arrived never steps
 * twice or back); `hello`: a notes window asks for the step; `deck`: make and download the deck (the presentation
 * window has the map to capture).
 */
export type NotesMessage =
  | { type: 'step'; step: number }
  | { type: 'go'; step: number }
  | { type: 'move'; by: 1 | -1 }
  | { type: 'hello' }
  | { type: 'deck' };

/** Reads a message; anything not in this exact shape (or a step outside 1…steps) is ignored. */
export function parseNotesMessage(data: unknown, steps: number): NotesMessage | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const { type, step, by } = data as Record<string, unknown>;
  if (type === 'hello' || type === 'deck') return { type };
  if (type === 'move') return by === 1 || by === -1 ? { type, by } : null;
  if (
    (type === 'step' || type === 'go') &&
    Number.isInteger(step) &&
    (step as number) >= 1 &&
    (step as number) <= steps
  )
    return { type, step: step as number };
  return null;
}

/** Opens the channel where the browser has one; the handler only sees valid messages. */
export function openChannel(steps: number, onMessage: (m: NotesMessage) => void) {
  if (typeof BroadcastChannel !== 'function') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    const message = parseNotesMessage(event.data, steps);
    if (message) onMessage(message);
  };
  return { post: (m: NotesMessage) => channel.postMessage(m), close: () => channel.close() };
}
