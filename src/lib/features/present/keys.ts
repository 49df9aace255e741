// Presenter keys: what arrows, page keys (presentation clickers), Space, Home/End, digits, blank-screen keys, F5 and
// Esc do in the tour. Clickers send PageDown/PageUp (some arrows), F5 / Shift+F5 for "start show" and '.' or 'b' for
// a black screen, as PowerPoint reads them.
export type StepAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'leave' }
  | { type: 'digit'; digit: number }
  | { type: 'jump' }
  /** Black ('b', '.') or white ('w', ',') screen; any key returns. */
  | { type: 'blank'; colour: 'black' | 'white' }
  /** F5 / Shift+F5: start or resume the show, never a reload. */
  | { type: 'start' }
  /** Shift with a next or previous key: past the rest of a place's zone steps, or back to its start (tour.ts). */
  | { type: 'nextSection' }
  | { type: 'prevSection' };

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'N', 'n']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
/** The next and previous keys that take Shift for a section (letters and Backspace do not). */
const ARROWS_NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const ARROWS_PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** The tour action for a key, or null to leave the key to the browser (modifier chords, Tab, other letters). */
export function stepAction(event: KeyLike): StepAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const { key } = event;
  if (key === 'F5') return { type: 'start' };
  if (key === 'b' || key === 'B' || key === '.') return { type: 'blank', colour: 'black' };
  if (key === 'w' || key === 'W' || key === ',') return { type: 'blank', colour: 'white' };
  if (key === ' ' || key === 'Spacebar') return { type: event.shiftKey ? 'prev' : 'next' };
  if (event.shiftKey && ARROWS_NEXT.has(key)) return { type: 'nextSection' };
  if (event.shiftKey && ARROWS_PREV.has(key)) return { type: 'prevSection' };
  if (NEXT.has(key)) return { type: 'next' };
  if (PREV.has(key)) return { type: 'prev' };
  if (key === 'Home') return { type: 'first' };
  if (key === 'End') return { type: 'last' };
  if (key === 'Escape') return { type: 'leave' };
  if (key === 'Enter') return { type: 'jump' };
  if (/^[0-9]$/.test(key)) return { type: 'digit', digit: Number(key) };
  return null;
}

/**
 * Number keys jump to a step: digits typed within `windowMs` of each other form one number ("1", "2" → 12),
 * applied after the pause or on Enter.
 */
export class DigitBuffer {
  #digits = '';
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onJump: (step: number) => void,
    private readonly windowMs = 700,
  ) {}

  push(digit: number) {
    this.#digits = (this.#digits + String(digit)).slice(-3);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.windowMs);
  }

  /** Applies the typed number now (Enter); returns whether there was one. */
  flush(): boolean {
    clearTimeout(this.#timer);
    const n = Number(this.#digits);
    this.#digits = '';
    if (n >= 1) this.onJump(n);
    return n >= 1;
  }

  dispose() {
    clearTimeout(this.#timer);
    this.#digits = '';
  }
}
