// The markers' scene at one camera — which zones are clustered, where each marker is drawn, the clusters' discs — decided
// once, here, for both renderers (the SVG map every frame, MapLibre at rest).
import type { MapModel, ZoneMark } from './model';
import { apartZones, clusterIndexCache, clusterRadius, hiddenZones, type ZoneCluster } from './geo/clusters';
import { spreadMarkers } from './geo/spread';

/**
 * Above this many zones left as markers, none is spread: a national view is for clusters (issue 20), and spreading
 * thousands of markers would cost a frame for nothing a reader can tell apart.
 */
export const SPREAD_LIMIT = 500;

/** The camera a scene is drawn at: its Web Mercator zoom and how it puts a place on screen. */
export interface SceneCamera {
  /** Web Mercator zoom of 512 px tiles (MapLibre's; the SVG map's through zoomOfScale). */
  zoom: number;
  /** [lng, lat] in degrees → px from the map's top left. */
  project: (lngLat: [number, number]) => { x: number; y: number };
}

/** A zone drawn as a marker: at (x, y) px, which is its true place (trueX, trueY) unless spread (`moved`). */
export interface PlacedMarker {
  id: string;
  m: ZoneMark;
  x: number;
  y: number;
  trueX: number;
  trueY: number;
  moved: boolean;
}

/** A cluster's disc: centre (x, y) and radius r, in px. */
export interface PlacedCluster {
  c: ZoneCluster;
  x: number;
  y: number;
  r: number;
}

/** What both renderers draw of the zones at one camera. */
export interface MarkerScene {
  /** The zones drawn as markers, in the model's order (the hovered and selected stand apart from clusters). */
  markers: PlacedMarker[];
  clusters: PlacedCluster[];
  /** Zones drawn as neither: inside a cluster, or faded in a clustered view. */
  hidden: ReadonlySet<string>;
}

/**
 * Makes the scene function of one map: clusters (geo/clusters.ts: Supercluster over the zones the filter keeps,
 * from CLUSTER.from zones, its index rebuilt only for new zones or a new filter), then the markers left over, spread
 * where they would cover each other (geo/spread.ts, `model.markerSpacing` px apart; none above SPREAD_LIMIT).
 * Pure for a given model and camera: the same input gives the same scene in either renderer.
 */
export function sceneMaker(): (model: MapModel, camera: SceneCamera) => MarkerScene {
  const indexOf = clusterIndexCache();
  return (model, camera) => {
    const index = indexOf(model.marks, model.zones);
    const view = index.at(camera.zoom, apartZones(model.marks));
    const hidden = hiddenZones(model.marks, index, view);
    const shown = hidden.size ? model.marks.filter((m) => !hidden.has(m.id)) : model.marks;
    const points = shown.map((m) => ({ id: m.id, ...camera.project(m.lngLat) }));
    const placed =
      shown.length <= SPREAD_LIMIT
        ? spreadMarkers(points, model.markerSpacing)
        : points.map((p) => ({ ...p, trueX: p.x, trueY: p.y, moved: false }));
    return {
      markers: shown.map((m, i) => ({ ...placed[i]!, m })),
      clusters: view.clusters.map((c) => ({
        c,
        ...camera.project(c.lngLat),
        r: clusterRadius(c.count, model.cluster.scale),
      })),
      hidden,
    };
  };
}
