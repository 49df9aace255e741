// Virtual rows for long lists (issue 20: 2,543 zones): @tanstack/virtual-core computes which rows a scroll box shows.
import {
  Virtualizer,
  elementScroll,
  observeElementOffset,
  observeElementRect,
  type VirtualItem,
} from '@tanstack/virtual-core';
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';

/** What the rows are: how many, a stable key for each, and each one's height (px; fixed, never measured). */
export interface RowSource {
  count: number;
  key: (index: number) => string;
  estimate: (index: number) => number;
}

/**
 * The rows of a scroll box that are on screen (plus `overscan` either side): a rune class around
 * @tanstack/virtual-core (MIT; its Virtualizer, driven the way its framework adapters drive it). Rows have the
 * heights `estimate` gives: measuring each rendered row would force a layout per row on every change (a filter at
 * 2,543 zones spent ~150 ms there), so the list fixes them in CSS instead.
 *
 * Use: `{@attach rows.scroller}` on the scroll box, an element of height `rows.total` px (position: relative) inside
 * it, then for each of `rows.items` an element of height `item.size` px at `translateY(item.start px)`.
 */
export class VirtualRows {
  /** The rows to render now (index, key, start and size in px from the top of the list). */
  items = $state.raw<VirtualItem[]>([]);
  /** The whole list's height, px. */
  total = $state(0);
  #virtualizer: Virtualizer<HTMLElement, HTMLElement> | null = null;
  #source: () => RowSource;
  #overscan: number;

  /** `source` is read again (and the rows recomputed) whenever what it reads changes. */
  constructor(source: () => RowSource, overscan = 8) {
    this.#source = source;
    this.#overscan = overscan;
    $effect(() => {
      const { count, key, estimate } = this.#source();
      const v = this.#virtualizer;
      if (!v) return;
      v.setOptions({ ...v.options, count, getItemKey: key, estimateSize: estimate });
      v._willUpdate();
      this.#publish(v);
    });
  }

  #publish(v: Virtualizer<HTMLElement, HTMLElement>) {
    this.items = v.getVirtualItems();
    this.total = v.getTotalSize();
  }

  /** Attachment for the scroll box (the element with overflow: auto). */
  scroller: Attachment<HTMLElement> = (element) => {
    // Untracked: new rows reach the virtualizer through setOptions (the constructor's effect), not a new virtualizer.
    const { count, key, estimate } = untrack(() => this.#source());
    const v = new Virtualizer<HTMLElement, HTMLElement>({
      count,
      getItemKey: key,
      estimateSize: estimate,
      overscan: this.#overscan,
      getScrollElement: () => element,
      observeElementRect,
      observeElementOffset,
      scrollToFn: elementScroll,
      onChange: (instance) => this.#publish(instance),
    });
    this.#virtualizer = v;
    const unmount = v._didMount();
    // Untracked too: the first rows call `key` and `estimate`, which read the rows' source; tracked, every new list
    // would re-run this attachment and build a new virtualizer (a forced layout each: ~15 ms a keystroke at 2,543).
    untrack(() => {
      v._willUpdate();
      this.#publish(v);
    });
    return () => {
      unmount();
      this.#virtualizer = null;
    };
  };

  /** Scrolls the box so that row `index` is in view (nearest edge). */
  scrollTo(index: number): void {
    this.#virtualizer?.scrollToIndex(index, { align: 'auto' });
  }
}
