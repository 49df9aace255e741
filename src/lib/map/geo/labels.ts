// Greedy label placement without overlaps: each label tries a few positions around its anchor, in priority order.
import { overlaps, type Box } from '../../core/text';

export interface LabelInput {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher goes first. */
  priority: number;
}

export type Side = 'right' | 'left' | 'top' | 'bottom';

export interface PlacedLabel {
  id: string;
  /** Text anchor point. */
  x: number;
  y: number;
  side: Side;
  /** The space the label takes. */
  box: Box;
}

const SIDES: Side[] = ['right', 'left', 'top', 'bottom'];

/**
 * The box a label takes on `side` of its point, `gap` px away. Above and below are set half a line further out (so all
 * four slots can be used around one point) unless `radial`, where the gap is from the point to the box's edge on
 * every side, as MapLibre's `text-radial-offset` sets it.
 */
export function labelBox(l: LabelInput, side: Side, gap: number, radial = false): Box {
  const { x, y, width: w, height: h } = l;
  if (radial && side === 'top') return { x0: x - w / 2, y0: y - gap - h, x1: x + w / 2, y1: y - gap };
  if (radial && side === 'bottom') return { x0: x - w / 2, y0: y + gap, x1: x + w / 2, y1: y + gap + h };
  switch (side) {
    case 'right':
      return { x0: x + gap, y0: y - h / 2, x1: x + gap + w, y1: y + h / 2 };
    case 'left':
      return { x0: x - gap - w, y0: y - h / 2, x1: x - gap, y1: y + h / 2 };
    // Above and below clear the left and right slots, so all four can be used around one point.
    case 'top':
      return { x0: x - w / 2, y0: y - gap - 1.5 * h, x1: x + w / 2, y1: y - gap - h / 2 };
    case 'bottom':
      return { x0: x - w / 2, y0: y + gap + h / 2, x1: x + w / 2, y1: y + gap + 1.5 * h };
  }
}

/**
 * Places as many labels as fit. `obstacles` (e.g. the markers themselves) are never covered; labels outside `bounds`
 * are dropped. Deterministic: ties in priority keep input order.
 */
export function placeLabels(
  labels: LabelInput[],
  opts: { gap?: number; sides?: readonly Side[]; obstacles?: Box[]; bounds?: Box; radial?: boolean } = {},
): PlacedLabel[] {
  const gap = opts.gap ?? 6;
  const taken: Box[] = [...(opts.obstacles ?? [])];
  const order = labels.map((l, i) => ({ l, i })).sort((a, b) => b.l.priority - a.l.priority || a.i - b.i);
  const placed: PlacedLabel[] = [];
  for (const { l } of order) {
    for (const side of opts.sides ?? SIDES) {
      const box = labelBox(l, side, gap, opts.radial);
      const inside =
        !opts.bounds ||
        (box.x0 >= opts.bounds.x0 && box.y0 >= opts.bounds.y0 && box.x1 <= opts.bounds.x1 && box.y1 <= opts.bounds.y1);
      if (inside && !taken.some((t) => overlaps(t, box))) {
        taken.push(box);
        placed.push({ id: l.id, x: side === 'right' ? box.x0 : side === 'left' ? box.x1 : l.x, y: l.y, side, box });
        break;
      }
    }
  }
  return placed;
}
