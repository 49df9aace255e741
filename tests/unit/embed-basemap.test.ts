// The embed's lighter basemap (issue 32): the same regions, far fewer bytes, detail kept around the atlas's cities.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { geoArea, geoContains } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { embedBasemap } from '../../scripts/lib/embed-basemap';
import { loadSourceData } from '../../scripts/lib/source-data';
import { atlasFile } from '../../scripts/lib/search-index';

const basemap = JSON.parse(readFileSync('data/basemap.topo.json', 'utf8')) as Topology;
const cities = new Set(['370600', '370300', '320200', '141000', '370200']);
const light = embedBasemap(basemap, cities);
const features = (t: Topology, key: string) => feature(t, t.objects[key] as GeometryCollection).features;

describe('embedBasemap', () => {
  it('keeps every object and region, with its properties', () => {
    for (const key of Object.keys(basemap.objects))
      expect(features(light, key).map((f) => f.properties)).toEqual(features(basemap, key).map((f) => f.properties));
  });

  it('weighs at most half the full basemap (gzip)', () => {
    const size = (t: Topology) => gzipSync(JSON.stringify(t), { level: 9 }).length;
    expect(size(light)).toBeLessThan(size(basemap) / 2);
  });

  it('leaves no region inside out: each covers less than a hemisphere, as in the full basemap', () => {
    for (const key of Object.keys(light.objects))
      for (const f of features(light, key))
        expect(geoArea(f), `${key} ${JSON.stringify(f.properties)}`).toBeLessThan(1);
  });

  it('keeps the coast near the cities: each zone point stays in its province, and 香港 and 澳门 stay on the map', () => {
    const atlas = atlasFile(loadSourceData().data!);
    const provinces = features(light, 'provinces');
    for (const place of atlas.dataset.places)
      for (const zone of place.zones) {
        const province = provinces.find((f) => (f.properties as { adcode: string }).adcode === place.province)!;
        expect(geoContains(province, zone.location.lngLat)).toBe(true);
      }
    const names = provinces.map((f) => String((f.properties as { name: string }).name));
    expect(names.some((n) => n.startsWith('香港'))).toBe(true);
    expect(names.some((n) => n.startsWith('澳门'))).toBe(true);
  });

  it('refuses a list of cities the basemap does not have', () => {
    expect(() => embedBasemap(basemap, new Set(['999999']))).toThrow(/none of the prefectures/);
  });
});
