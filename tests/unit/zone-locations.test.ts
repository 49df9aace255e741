// Every zone of the dataset lies inside its stated prefecture (and district, where named) on the basemap.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../scripts/lib/source-data';
import {
  distanceToBorderKm,
  loadBasemapFeatures,
  regionsAt,
  type BasemapTopology,
} from '../../src/lib/map/geo/regions';

const topology = JSON.parse(readFileSync('data/basemap.topo.json', 'utf8')) as BasemapTopology;
const features = loadBasemapFeatures(topology);
const zones = loadSourceData().data!.places.flatMap((p) => p.zones);

describe('zone locations', () => {
  it.each(zones.map((z) => [z.id, z] as const))('%s lies in its prefecture and district', (_id, zone) => {
    const at = regionsAt(features, zone.location.lngLat);
    expect(at.prefecture?.properties.adcode, 'prefecture').toBe(zone.prefecture);
    if (zone.district) expect(at.district?.properties.adcode, 'district').toBe(zone.district);
    const region = zone.district ? at.district : at.prefecture;
    const km = distanceToBorderKm(region!, zone.location.lngLat);
    if (km < 2)
      console.log(
        `${zone.id} is ${km.toFixed(2)} km from the border of ${region!.properties.name} (precision ±${zone.location.precisionKm} km)`,
      );
  });
});
