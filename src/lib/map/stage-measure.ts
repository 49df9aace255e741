// Measuring a map stage: its size, and the boxes of the overlays on it (legend, attribution) that the map keeps clear.
import { overlayInsets, type OverlayBox } from './model';
import type { Padding } from './geo/frame';

/**
 * An attachment that reports the element's size in px (clientWidth × clientHeight) at once when it mounts, so the
 * map is in the first frame rather than after a ResizeObserver callback that may wait behind other work, then on
 * every resize.
 */
export function measureSize(onsize: (width: number, height: number) => void): (el: HTMLElement) => () => void {
  return (el) => {
    const read = () => onsize(el.clientWidth, el.clientHeight);
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  };
}

/** The overlays a stage measures: its legend and attribution, and a story's reserve for its cards; direct children. */
const OVERLAYS = ':scope > .legend, :scope > .attribution, :scope > .reserve';

/**
 * An attachment that reports the overlays' boxes (px, relative to the stage, rounded outward to whole px, empty ones
 * left out) and the insets `overlayInsets` charges them to, whenever either changes size or the stage does.
 */
export function measureOverlays(
  onoverlays: (insets: Padding, boxes: OverlayBox[]) => void,
): (el: HTMLElement) => () => void {
  return (el) => {
    const read = () => {
      const stageBox = el.getBoundingClientRect();
      const boxes = [...el.querySelectorAll<HTMLElement>(OVERLAYS)].map((o) => {
        const r = o.getBoundingClientRect();
        return { x: r.left - stageBox.left, y: r.top - stageBox.top, width: r.width, height: r.height };
      });
      const rounded = boxes
        .filter((b) => b.width > 0 && b.height > 0)
        .map((b) => ({
          x: Math.floor(b.x),
          y: Math.floor(b.y),
          width: Math.ceil(b.x + b.width) - Math.floor(b.x),
          height: Math.ceil(b.y + b.height) - Math.floor(b.y),
        }));
      onoverlays(overlayInsets({ width: stageBox.width, height: stageBox.height }, boxes), rounded);
    };
    const observer = new ResizeObserver(read);
    observer.observe(el);
    for (const o of el.querySelectorAll(OVERLAYS)) observer.observe(o);
    return () => observer.disconnect();
  };
}
