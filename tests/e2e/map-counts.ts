// Overlap counts on the live MapLibre map, read from queryRenderedFeatures (symbols are hit-tested by their placed
// collision boxes) and the marker layer: what a reader would see as a label on a dot or a dot under the legend.
import type { Page } from '@playwright/test';

export interface MapCounts {
  /** Markers drawn (not faded), deduplicated across tiles. */
  markers: number;
  /** Labels (zone, city or province) whose box covers part of a marker that is not faded. */
  labelOnMarker: string[];
  /** Markers (not faded) under the legend, the attribution or the South China Sea inset. */
  markerUnderOverlay: string[];
  /** Zone and city labels under one of those overlays. */
  labelUnderOverlay: string[];
  /** Zone and city labels that reach the map's edge (and are cut there). */
  labelAtEdge: string[];
  /** Pairs of markers (not faded) drawn on each other: centres closer than a resting marker's diameter less 1 px. */
  markerOnMarker: string[];
}

/** Waits for MapLibre to be on screen, done moving and idle after one more frame (symbols placed), then counts. */
/**
 * An embed starts MapLibre at the reader's first pan or zoom (issue 32): a key a reader zooms with (=) on the stage,
 * which the SVG map leaves alone, so the view MapLibre takes over is the one the SVG map showed.
 */
export async function startMapLibre(page: Page): Promise<void> {
  const stage = page.locator('.map-stage').first();
  await stage.waitFor();
  if ((await stage.getAttribute('data-maplibre')) === 'deferred' && (await page.locator('.embed').count()))
    await stage.dispatchEvent('keydown', { key: '=', bubbles: true });
}

export async function mapCounts(page: Page): Promise<MapCounts> {
  await startMapLibre(page);
  await page.locator('.map-stage[data-renderer="webgl"] [data-testid="webgl-map"]').waitFor();
  return page.evaluate(async () => {
    type Feature = { layer: { id: string }; properties: Record<string, unknown>; geometry: { coordinates: unknown } };
    type LiveMap = {
      queryRenderedFeatures(
        geometry?: [[number, number], [number, number]] | { layers: string[] },
        options?: { layers: string[] },
      ): Feature[];
      project(lngLat: [number, number]): { x: number; y: number };
      getFeatureState(f: { source: string; id: string }): Record<string, unknown>;
      getLayer(id: string): unknown;
      isMoving(): boolean;
      triggerRepaint(): void;
      once(event: string, listener: () => void): void;
    };
    const stage = document.querySelector('.map-stage[data-renderer="webgl"]')!;
    const map = (stage.querySelector('[data-testid="webgl-map"]') as HTMLElement & { maplibre: LiveMap }).maplibre;
    // A camera move (a tour step, a selection) ends, then one more frame renders with nothing left to load or place.
    for (;;) {
      await new Promise<void>((resolve) => {
        map.once('idle', resolve);
        map.triggerRepaint();
      });
      if (!map.isMoving()) break;
    }
    const origin = stage.getBoundingClientRect();
    const overlays = [...stage.querySelectorAll(':scope > .legend, :scope > .attribution, :scope > .nanhai-inset')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => ({
        x0: r.left - origin.left,
        y0: r.top - origin.top,
        x1: r.right - origin.left,
        y1: r.bottom - origin.top,
      }));
    const LABELS = [
      'zone-labels-faded',
      'zone-labels',
      'city-labels',
      'zone-labels-front',
      'zone-labels-selected',
      'province-labels',
    ].filter((id) => map.getLayer(id));
    const name = (f: Feature) => `${f.layer.id}:${String(f.properties.label ?? f.properties.zh ?? '')}`;
    const seen = new Map<string, { x: number; y: number }>();
    for (const f of map.queryRenderedFeatures({ layers: ['zones'] })) {
      const id = String(f.properties.id);
      if (seen.has(id) || map.getFeatureState({ source: 'zones', id }).faded) continue;
      seen.set(id, map.project(f.geometry.coordinates as [number, number]));
    }
    const r = 4; // px: the marker's core (resting radius 6 px less its 1.5 px ring), so a touching halo is not counted.
    const labelOnMarker: string[] = [];
    const markerUnderOverlay: string[] = [];
    for (const [id, p] of seen) {
      for (const f of map.queryRenderedFeatures(
        [
          [p.x - r, p.y - r],
          [p.x + r, p.y + r],
        ],
        { layers: LABELS },
      ))
        labelOnMarker.push(`${name(f)} on ${id}`);
      if (overlays.some((o) => p.x + r > o.x0 && p.x - r < o.x1 && p.y + r > o.y0 && p.y - r < o.y1))
        markerUnderOverlay.push(id);
    }
    const labelUnderOverlay = overlays.flatMap((o) =>
      map
        .queryRenderedFeatures(
          [
            [o.x0 + 1, o.y0 + 1],
            [o.x1 - 1, o.y1 - 1],
          ],
          { layers: LABELS.filter((l) => l !== 'province-labels') },
        )
        .map(name),
    );
    const { width: W, height: H } = origin;
    const edges: [[number, number], [number, number]][] = [
      [
        [0, 0],
        [W, 0.5],
      ],
      [
        [0, H - 0.5],
        [W, H],
      ],
      [
        [0, 0],
        [0.5, H],
      ],
      [
        [W - 0.5, 0],
        [W, H],
      ],
    ];
    const zoneAndCity = LABELS.filter((l) => l !== 'province-labels');
    const labelAtEdge = edges.flatMap((e) => map.queryRenderedFeatures(e, { layers: zoneAndCity }).map(name));
    const markerOnMarker: string[] = [];
    const list = [...seen];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [[a, p], [b, q]] = [list[i]!, list[j]!];
        if (Math.hypot(p.x - q.x, p.y - q.y) < 11) markerOnMarker.push(`${a} on ${b}`);
      }
    return { markers: seen.size, labelOnMarker, markerUnderOverlay, labelUnderOverlay, labelAtEdge, markerOnMarker };
  });
}
