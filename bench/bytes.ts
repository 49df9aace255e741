// Byte budget of a build: gzip -9 size of every asset, what the first paint needs vs the full map, and bytes by package.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapIndex } from './sourcemap.ts';

export interface AssetSize {
  file: string;
  raw: number;
  gzip: number;
  /**
   * first-paint: needed before the first map paint; interactive: then needed before the page answers input (the
   * prerendered page's hydration: entry code and data); lazy: loaded after that for the full map; unused: never fetched.
   */
  stage: 'first-paint' | 'interactive' | 'lazy' | 'unused';
}

export interface PackageSize {
  name: string;
  raw: number;
  gzip: number;
}

export interface BytesReport {
  assets: AssetSize[];
  firstPaint: { raw: number; gzip: number; files: string[] };
  /** What the page needs before it answers input (equal to firstPaint without a prerendered index.html). */
  interactive: { raw: number; gzip: number; files: string[] };
  fullMap: { raw: number; gzip: number; files: string[] };
  /** Code (JS and CSS) of the full map by package, from the source maps; gzip of each package's code concatenated. */
  packages: PackageSize[];
  /** All code outside maplibre, d3 and svelte (the app's own modules, its other libraries, bundler glue), gzip -9. */
  ownCode: { raw: number; gzip: number; packages: string[] };
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

export const gzipSize = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

/** Bytes of one file as written and gzip -9 (null when the build has no such file). */
export function fileBytes(path: string): { raw: number; gzip: number } | null {
  if (!existsSync(path)) return null;
  const data = readFileSync(path);
  return { raw: data.length, gzip: gzipSize(data) };
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '.vite') walk(path);
      } else if (!name.endsWith('.map')) out.push(relative(root, path));
    }
  };
  walk(root);
  return out.sort();
}

/** The files index.html asks the browser to preload (the data the first paint needs). */
function preloads(root: string): string[] {
  const html = readFileSync(join(root, 'index.html'), 'utf8');
  return [...html.matchAll(/<link[^>]+rel="preload"[^>]+href="\.\/([^"]+)"/g)].map((m) => m[1]!);
}

/** Files of a chunk and its static imports, and (when `lazy`) of its dynamic imports, recursively. */
function chunkFiles(manifest: Manifest, key: string, follow: 'static' | 'dynamic', seen = new Set<string>()): string[] {
  if (seen.has(key)) return [];
  seen.add(key);
  const chunk = manifest[key];
  if (!chunk) return [];
  const files = [chunk.file, ...(chunk.css ?? []), ...(chunk.assets ?? [])];
  for (const k of chunk.imports ?? []) files.push(...chunkFiles(manifest, k, follow, seen));
  if (follow === 'dynamic')
    for (const k of chunk.dynamicImports ?? []) files.push(...chunkFiles(manifest, k, follow, seen));
  return files;
}

/** Groups a source path from a source map into the packages the budget names. */
export function packageOf(source: string): string {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (m) {
    const pkg = m[1]!;
    if (pkg === 'maplibre-gl' || pkg.startsWith('@maplibre/')) return 'maplibre';
    if (pkg.startsWith('d3-') || pkg === 'internmap') return 'd3';
    if (pkg === 'svelte' || pkg === 'esm-env' || pkg === 'clsx') return 'svelte';
    return pkg;
  }
  if (/(^|\/)src\//.test(source)) return 'app (src/)';
  return 'other';
}

export const FRAMEWORK_PACKAGES = new Set(['maplibre', 'd3', 'svelte']);

/** Splits JS files into code by package with their hidden source maps; CSS goes by file (maplibre-gl.css rides in the MapLibre chunk's CSS). */
function codeByPackage(root: string, files: string[]): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  const add = (pkg: string, text: string) => {
    if (!text) return;
    const list = parts.get(pkg) ?? [];
    list.push(text);
    parts.set(pkg, list);
  };
  for (const file of files) {
    const path = join(root, file);
    if (file.endsWith('.css')) {
      add(/maplibre/i.test(file) ? 'maplibre' : 'app (src/)', readFileSync(path, 'utf8'));
      continue;
    }
    if (!/\.m?js$/.test(file)) continue;
    if (/maplibre-gl-worker/.test(file)) {
      add('maplibre', readFileSync(path, 'utf8'));
      continue;
    }
    if (!existsSync(`${path}.map`)) {
      add('unmapped', readFileSync(path, 'utf8'));
      continue;
    }
    const { index, code } = SourceMapIndex.fromFiles(path, `${path}.map`);
    // Text with no mapping (Svelte's hoisted templates, bundler glue) goes with the next mapped span, else the previous.
    const pieces: { pkg: string | null; text: string }[] = [];
    code.split('\n').forEach((text, i) => {
      let covered = 0;
      for (const s of index.lines[i] ?? []) {
        if (s.start > covered) pieces.push({ pkg: null, text: text.slice(covered, s.start) });
        pieces.push({
          pkg: s.source < 0 ? null : packageOf(index.sources[s.source] ?? ''),
          text: text.slice(s.start, s.end),
        });
        covered = s.end;
      }
      pieces.push({ pkg: null, text: `${text.slice(covered)}\n` });
    });
    let next: string | null = null;
    for (let i = pieces.length - 1; i >= 0; i--) {
      const piece = pieces[i]!;
      if (piece.pkg) next = piece.pkg;
      else piece.pkg = next;
    }
    const last = [...pieces].reverse().find((p) => p.pkg)?.pkg ?? 'unmapped';
    for (const piece of pieces) add(piece.pkg ?? last, piece.text);
  }
  return parts;
}

function sum(root: string, files: string[]) {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const data = readFileSync(join(root, f));
    raw += data.length;
    gzip += gzipSize(data);
  }
  return { raw, gzip };
}

/**
 * Bytes of a Vite build with a manifest: interactive = index.html, the entry chunk with its static imports and CSS,
 * and the files index.html preloads (the data); first paint = index.html alone when it is prerendered, else the same;
 * full map = interactive plus every dynamic import (MapLibre and its worker).
 */
export function buildBytes(root: string): BytesReport {
  const manifest = JSON.parse(readFileSync(join(root, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error(`${root}: the manifest has no entry`);
  const answering = [...new Set(['index.html', ...chunkFiles(manifest, entry, 'static'), ...preloads(root)])];
  // A prerendered index.html (scripts/lib/prerender.ts) paints the map by itself, its styles inline.
  const prerendered = readFileSync(join(root, 'index.html'), 'utf8').includes('data-prerendered');
  const first = prerendered ? ['index.html'] : answering;
  const full = [...new Set([...answering, ...chunkFiles(manifest, entry, 'dynamic')])];
  const assets: AssetSize[] = listFiles(root).map((file) => {
    const data = readFileSync(join(root, file));
    return {
      file,
      raw: data.length,
      gzip: gzipSize(data),
      stage: first.includes(file)
        ? 'first-paint'
        : answering.includes(file)
          ? 'interactive'
          : full.includes(file)
            ? 'lazy'
            : 'unused',
    };
  });
  const parts = codeByPackage(root, full);
  const packages = [...parts.entries()]
    .map(([name, texts]) => {
      const text = texts.join('\n');
      return { name, raw: Buffer.byteLength(text), gzip: gzipSize(text) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const ownNames = packages.map((p) => p.name).filter((n) => !FRAMEWORK_PACKAGES.has(n));
  const ownText = ownNames.flatMap((n) => parts.get(n) ?? []).join('\n');
  return {
    assets,
    firstPaint: { ...sum(root, first), files: first },
    interactive: { ...sum(root, answering), files: answering },
    fullMap: { ...sum(root, full), files: full },
    packages,
    ownCode: { raw: Buffer.byteLength(ownText), gzip: gzipSize(ownText), packages: ownNames },
  };
}
