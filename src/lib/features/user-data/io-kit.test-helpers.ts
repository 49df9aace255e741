// What the importer's tests share: the built-in taxonomy, the app's own basemap and gazetteer, and bytes helpers.
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { loadSourceData } from '../../../../scripts/lib/source-data.ts';
import { loadBasemapFeatures, type BasemapTopology } from '../../map/geo/regions.ts';
import { Gazetteer, type DivisionsFile } from './io/places.ts';

const root = new URL('../../../../', import.meta.url);
const json = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

/** The taxonomy of the source data (the same data/build/atlas.json is built from). */
export const taxonomy = loadSourceData().data!.taxonomy;
/** data/basemap.topo.json, as the app loads it. */
export const basemap: Topology = json('data/basemap.topo.json');
/** The gazetteer the app builds from data/divisions.json and the basemap. */
export const gazetteer = new Gazetteer(
  json('data/divisions.json') as DivisionsFile,
  loadBasemapFeatures(basemap as BasemapTopology),
);
export const utf8 = (text: string) => new TextEncoder().encode(text);
export const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
