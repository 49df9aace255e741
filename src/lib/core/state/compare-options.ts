// How a view shows the compare view (features/compare): the options the app shell's compare snippet takes.
import type { ZoneView } from '../data/atlas';

/** Options of the compare view, as the side panel and the embed ask for it. */
export interface CompareOptions {
  /** Close and remove buttons (not in an embed, where the comparison is the editor's). Default true. */
  editable?: boolean;
  /** Scroll into view when it opens (the side panel, whose reader may be far down the zone list). Default false. */
  reveal?: boolean;
  /** Only the measures that differ until the reader asks for all (the embed, where the page grows with it). */
  compact?: boolean;
  /** The zones to set side by side (the story's closing step); default: the pinned ones (URL `compare`). */
  zones?: readonly ZoneView[];
}
