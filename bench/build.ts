// Builds what the benchmark serves: the app's production build, its 2,543-zone twin, and the ECharts peer (with and without).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticAtlasJson } from './synthetic.ts';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
/** Build outputs live under .cache/ (ignored by git, ESLint and Prettier), never in dist/ or public/. */
export const WORK = join(REPO, '.cache/bench');
export const SITE = join(WORK, 'site');

/** Folders under SITE, each a complete static site: index.html, assets/, atlas-data/. */
export const SITES = {
  app: 'app',
  app2543: 'app-2543',
  peer: 'peer',
  peer2543: 'peer-2543',
} as const;
export type SiteName = keyof typeof SITES;

function run(cmd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(cmd, args, { cwd: REPO, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
}

const vite = join(REPO, 'node_modules/.bin/vite');

/**
 * Builds everything into .cache/bench/site/. The app is built with the repo's vite.config.ts
 * plus a manifest and hidden source maps (same code; the maps are only read by the byte and profile attribution).
 */
export function buildSites(log: (line: string) => void = console.log): void {
  // The data as it is on disk now (a rebuilt basemap or national layer reaches the site only through build:data).
  log('npm run build:data');
  run('npm', ['run', 'build:data']);
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  const app = join(SITE, SITES.app);
  const peer = join(SITE, SITES.peer);
  log('building the app (vite build, production)');
  run(vite, ['build', '--outDir', app, '--emptyOutDir', '--sourcemap', 'hidden', '--manifest', '--logLevel', 'warn']);
  log('building the one-file offline copy (vite build --mode offline-file)');
  run(vite, ['build', '--mode', 'offline-file', '--logLevel', 'warn']);
  cpSync(join(REPO, '.cache/offline-file/index.html'), join(app, 'atlas-offline.html'));
  log('building the ECharts peer (vite build, production)');
  run(vite, [
    'build',
    '--config',
    join(REPO, 'bench/peers/echarts/vite.config.ts'),
    '--outDir',
    peer,
    '--emptyOutDir',
    '--sourcemap',
    'hidden',
    '--manifest',
    '--logLevel',
    'warn',
  ]);
  cpSync(join(app, 'atlas-data'), join(peer, 'atlas-data'), { recursive: true });

  log('generating the synthetic 2,543-zone atlas');
  const synthetic = syntheticAtlasJson(join(app, 'atlas-data/atlas.json'), join(app, 'atlas-data/basemap.topo.json'));
  // The app's twin is built again, so that its index.html prerenders the synthetic atlas (scripts/lib/prerender.ts).
  const syntheticFile = join(WORK, 'synthetic-atlas.json');
  writeFileSync(syntheticFile, synthetic);
  log('building the app with the synthetic atlas prerendered');
  const app2543 = join(SITE, SITES.app2543);
  run(
    vite,
    ['build', '--outDir', app2543, '--emptyOutDir', '--sourcemap', 'hidden', '--manifest', '--logLevel', 'warn'],
    {
      ATLAS_PRERENDER_DATA: syntheticFile,
    },
  );
  cpSync(join(SITE, SITES.peer), join(SITE, SITES.peer2543), { recursive: true });
  for (const to of [SITES.app2543, SITES.peer2543]) writeFileSync(join(SITE, to, 'atlas-data/atlas.json'), synthetic);
}

export const sitePath = (name: SiteName) => join(SITE, SITES[name]);
