// Pages of a presenter step too long for its card (pure): the rows a clicker reaches page by page, since it cannot scroll.

/**
 * Packs rows of the given heights (px, in order) into pages that each hold at most `room` px, greedily, as
 * [from, to) index ranges. A row taller than the room gets a page of its own; no rows, no pages.
 */
export function packRows(heights: readonly number[], room: number): [number, number][] {
  const pages: [number, number][] = [];
  let from = 0;
  let used = 0;
  heights.forEach((h, i) => {
    if (i > from && used + h > room) {
      pages.push([from, i]);
      from = i;
      used = 0;
    }
    used += h;
  });
  if (heights.length) pages.push([from, heights.length]);
  return pages;
}
