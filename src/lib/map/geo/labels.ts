// Greedy label placement without overlaps: each label tries a few positions around its anchor, in priority order.
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

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const SIDES: Side[] = ['right', 'left', 'top', 'bottom'];

export function labelBox(l: LabelInput, side: Side, gap: number): Box {
  const { x, y, width: w, height: h } = l;
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

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Places as many labels as fit. `obstacles` (e.g. the markers themselves) are never covered; labels outside `bounds`
 * are dropped. Deterministic: ties in priority keep input order.
 */
export function placeLabels(
  labels: LabelInput[],
  opts: { gap?: number; obstacles?: Box[]; bounds?: Box } = {},
): PlacedLabel[] {
  const gap = opts.gap ?? 6;
  const taken: Box[] = [...(opts.obstacles ?? [])];
  const order = labels.map((l, i) => ({ l, i })).sort((a, b) => b.l.priority - a.l.priority || a.i - b.i);
  const placed: PlacedLabel[] = [];
  for (const { l } of order) {
    for (const side of SIDES) {
      const box = labelBox(l, side, gap);
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

/** Rough text width for system fonts: CJK characters are about 1em, others about 0.58em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(ch) ? 1 : 0.58;
  return em * fontSize;
}
