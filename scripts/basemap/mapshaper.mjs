// Runs mapshaper (from the source cache) in-process on GeoJSON objects: cleaning, clipping, buffering, erasing.
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

let api = null;
function load(modulesDir) {
  if (!api) {
    const require = createRequire(join(resolve(modulesDir), 'noop.js'));
    api = require('mapshaper');
  }
  return api;
}

/** Runs `commands` with `input` (a GeoJSON object) as in.json; returns the GeoJSON written to out.json. */
export async function mapshaper(modulesDir, commands, input) {
  const ms = load(modulesDir);
  const out = await ms.applyCommands(`-i in.json ${commands} -o out.json format=geojson precision=0.000001`, {
    'in.json': input,
  });
  const buf = out['out.json'];
  return JSON.parse(typeof buf === 'string' ? buf : Buffer.from(buf).toString('utf8'));
}

/** Runs a full command line (with its own -i/-o) on named GeoJSON inputs; returns the parsed out.json. */
export async function mapshaperMulti(modulesDir, inputs, commands) {
  const ms = load(modulesDir);
  const out = await ms.applyCommands(commands, inputs);
  const buf = out['out.json'];
  return JSON.parse(typeof buf === 'string' ? buf : Buffer.from(buf).toString('utf8'));
}
