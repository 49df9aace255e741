// `npm run build:data`: validates the YAML dataset and writes the compact JSON the app loads, plus JSON Schemas for editors.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as z from 'zod';
import { loadSourceData, formatErrors } from './lib/source-data.ts';
import { AtlasFile, Place, Source, Taxonomy } from '../src/lib/core/data/schema.ts';
import { atlasFile } from './lib/search-index.ts';
import { districtNames } from './lib/district-names.ts';
import { embedBasemap } from './lib/embed-basemap.ts';

const root = new URL('..', import.meta.url).pathname;
const { data, errors } = loadSourceData();
if (!data) {
  console.error(`build:data failed — ${errors.length} error(s):\n${formatErrors(errors)}`);
  process.exit(1);
}

mkdirSync(`${root}data/build`, { recursive: true });
// District names in English too: the basemap has them in Chinese only.
const regions = { ...districtNames(data, `${root}data/divisions.json`), ...data.regions };
// Validated here, as parsed (defaults written in): the browser checks only the file's shape (core/data/load.ts), so
// zod and the parse stay out of every visit's first load (issue 36: the built-in data validated at build time only).
const json = JSON.stringify(AtlasFile.parse(atlasFile({ ...data, regions })));
writeFileSync(`${root}data/build/atlas.json`, json);

// The app fetches both files from ./data/ next to index.html (public/ is copied into the build as is).
mkdirSync(`${root}public/atlas-data`, { recursive: true });
copyFileSync(`${root}data/build/atlas.json`, `${root}public/atlas-data/atlas.json`);
if (!existsSync(`${root}data/basemap.topo.json`)) {
  console.error('build:data failed — data/basemap.topo.json is missing (run npm run build:basemap)');
  process.exit(1);
}
copyFileSync(`${root}data/basemap.topo.json`, `${root}public/atlas-data/basemap.topo.json`);
// The embed's lighter basemap: full detail around the built-in zones' cities only (scripts/lib/embed-basemap.ts).
const prefectures = new Set(data.places.flatMap((p) => [p.prefecture, ...p.zones.map((z) => z.prefecture)]));
writeFileSync(
  `${root}public/atlas-data/basemap-embed.topo.json`,
  JSON.stringify(embedBasemap(JSON.parse(readFileSync(`${root}data/basemap.topo.json`, 'utf8')), prefectures)),
);
// The national layer: fetched only for user data outside the basemap's detail (src/lib/map/geo/national.ts).
copyFileSync(`${root}data/national.topo.json`, `${root}public/atlas-data/national.topo.json`);

mkdirSync(`${root}data/schema`, { recursive: true });
const schemas = { place: Place, taxonomy: Taxonomy, sources: z.array(Source) };
for (const [name, schema] of Object.entries(schemas))
  writeFileSync(
    `${root}data/schema/${name}.schema.json`,
    `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`,
  );

console.log(
  `build:data: data/build/atlas.json (${json.length} bytes) and the basemap and national layer copied to public/atlas-data/; JSON Schemas in data/schema/`,
);
