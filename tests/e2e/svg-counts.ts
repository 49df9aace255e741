// Overlap counts on the SVG map, read from the DOM: the text as the browser set it (its advance width, and the
// letters' own height from canvas measureText in the same font), not the placement's estimate.
import type { Page } from '@playwright/test';

export interface SvgCounts {
  markers: number;
  labels: number;
  labelOnLabel: string[];
  labelOnMarker: string[];
  markerUnderOverlay: string[];
  labelUnderOverlay: string[];
  labelAtEdge: string[];
  markerOnMarker: string[];
}

/** Counts on the SVG map on screen (`[data-testid="svg-map"]`), once it shows every zone. */
export async function svgCounts(page: Page): Promise<SvgCounts> {
  await page.locator('[data-testid="svg-map"] circle.zone').first().waitFor();
  return page.evaluate(() => {
    type Box = { x0: number; y0: number; x1: number; y1: number };
    const svg = document.querySelector<SVGSVGElement>('[data-testid="svg-map"] svg')!;
    const stage = svg.closest('.map-stage')!;
    const origin = svg.getBoundingClientRect();
    const rel = (r: DOMRect): Box => ({
      x0: r.left - origin.left,
      y0: r.top - origin.top,
      x1: r.right - origin.left,
      y1: r.bottom - origin.top,
    });
    const hit = (a: Box, b: Box, inset = 1) =>
      a.x0 + inset < b.x1 && b.x0 + inset < a.x1 && a.y0 + inset < b.y1 && b.y0 + inset < a.y1;
    const markers = [...svg.querySelectorAll<SVGCircleElement>('circle.zone:not(.faded)')].map((c) => ({
      id: c.dataset.zone!,
      x: c.cx.baseVal.value,
      y: c.cy.baseVal.value,
    }));
    // Ink boxes: the advance width the browser laid out, and the letters' own height above and below the baseline
    // (canvas measureText in the same font); the halo may touch, the letters may not.
    const ctx = document.createElement('canvas').getContext('2d')!;
    const labels = [...svg.querySelectorAll<SVGTextElement>('.place-labels text, .labels text')]
      .filter((t) => Number(t.getAttribute('opacity') ?? 1) >= 0.5)
      .map((t) => {
        const style = getComputedStyle(t);
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const ink = ctx.measureText(t.textContent ?? '');
        const r = rel(t.getBoundingClientRect());
        const baseline = t.y.baseVal[0]!.value;
        const box = {
          x0: r.x0,
          x1: r.x1,
          y0: baseline - ink.actualBoundingBoxAscent,
          y1: baseline + ink.actualBoundingBoxDescent,
        };
        return { text: t.textContent ?? '', box };
      });
    const overlays = [...stage.querySelectorAll(':scope > .legend, :scope > .attribution, :scope > .nanhai-inset')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map(rel);
    const r = 4;
    const core = (m: { x: number; y: number }): Box => ({ x0: m.x - r, y0: m.y - r, x1: m.x + r, y1: m.y + r });
    const labelOnLabel: string[] = [];
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++)
        if (hit(labels[i]!.box, labels[j]!.box, 1.5)) labelOnLabel.push(`${labels[i]!.text} × ${labels[j]!.text}`);
    const labelOnMarker = labels.flatMap((l) =>
      markers.filter((m) => hit(l.box, core(m), 0)).map((m) => `${l.text} on ${m.id}`),
    );
    const markerUnderOverlay = markers.filter((m) => overlays.some((o) => hit(core(m), o, 0))).map((m) => m.id);
    const labelUnderOverlay = labels.filter((l) => overlays.some((o) => hit(l.box, o, 1))).map((l) => l.text);
    const { width: W, height: H } = origin;
    const labelAtEdge = labels
      .filter((l) => l.box.x0 < -0.5 || l.box.y0 < -0.5 || l.box.x1 > W + 0.5 || l.box.y1 > H + 0.5)
      .map((l) => l.text);
    const markerOnMarker: string[] = [];
    for (let i = 0; i < markers.length; i++)
      for (let j = i + 1; j < markers.length; j++)
        if (Math.hypot(markers[i]!.x - markers[j]!.x, markers[i]!.y - markers[j]!.y) < 11)
          markerOnMarker.push(`${markers[i]!.id} on ${markers[j]!.id}`);
    return {
      markers: markers.length,
      labels: labels.length,
      labelOnLabel,
      labelOnMarker,
      markerUnderOverlay,
      labelUnderOverlay,
      labelAtEdge,
      markerOnMarker,
    };
  });
}
