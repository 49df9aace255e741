// The layout's rules (docs/architecture.md, "Folders"), read from the import statements in src/: which area may import
// which, props-only components where the docs say so, and no import circle anywhere.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const SRC = 'src';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test(-helpers)?\.ts$/.test(name) ? [path] : [];
  });
}

/** "core", "map", "charts", "ui", "facts", "features/present", …, or "root" for the app shell. */
function area(file: string): string {
  const rel = relative(join(SRC, 'lib'), file);
  if (rel.startsWith('..')) return 'root';
  const [first, second] = rel.split('/');
  return first === 'features' ? `features/${second}` : first!;
}

const files = walk(SRC);
const known = new Set(files);
/** The file an import names: as written, or with .ts, .svelte or /index.ts added (Vite's resolution for our files). */
const resolve = (path: string) =>
  [path, `${path}.ts`, `${path}.svelte`, join(path, 'index.ts')].find((p) => known.has(p));
const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

// Static, dynamic and side-effect imports of our own files, type-only imports included: a type import still ties
// the files' meaning together, and a circle of types is as hard to read as one of values.
// Data and styles (data/*.json, a .css) are not code: left out.
const imports = files.flatMap((file) =>
  [...texts.get(file)!.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"?]+)['"]/g)]
    .map((m) => normalize(join(dirname(file), m[1]!)))
    .filter((to) => !/\.(json|css)$/.test(to))
    .map((to) => ({ from: file, to: resolve(to) ?? to })),
);

/** Which areas each shared area may import from (besides itself); features may import every shared area. */
const ALLOWED: Record<string, string[]> = {
  core: [],
  ui: ['core'],
  charts: ['core'],
  facts: ['core', 'charts', 'ui'],
  map: ['core', 'ui'],
};
const SHARED = Object.keys(ALLOWED);

/** Areas whose components take everything as props: they read no app state, no context, no store. */
const PROPS_ONLY = ['ui', 'charts'];

/** Import circles among `nodes` (Tarjan's strongly connected components, each with more than one file). */
function circles(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) found.push(component.sort());
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return found;
}

const edges = new Map<string, string[]>();
for (const i of imports) if (known.has(i.to)) edges.set(i.from, [...(edges.get(i.from) ?? []), i.to]);

describe('dependencies point from features to the shared parts', () => {
  it('reads the imports, and each names a file that exists', () => {
    expect(imports.length).toBeGreaterThan(100);
    expect(imports.filter((i) => !known.has(i.to)).map((i) => `${i.from} → ${i.to}`)).toEqual([]);
  });

  it.each(SHARED)('%s imports only what it may', (name) => {
    const bad = imports
      .filter((i) => area(i.from) === name && area(i.to) !== name && !ALLOWED[name]!.includes(area(i.to)))
      .map((i) => `${i.from} → ${i.to}`);
    expect(bad).toEqual([]);
  });

  it('features import the shared parts and their own folder only', () => {
    const bad = imports
      .filter((i) => area(i.from).startsWith('features/') && area(i.to) !== area(i.from))
      .filter((i) => !SHARED.includes(area(i.to)))
      .map((i) => `${i.from} → ${i.to}`);
    expect(bad).toEqual([]);
  });

  it.each(PROPS_ONLY)('%s components take props only (no app state, context or stores)', (name) => {
    const bad = files
      .filter((f) => area(f) === name)
      .filter((f) => /useAppState|useMapController|getContext|from\s+['"][./]*core\/state\//.test(texts.get(f)!));
    expect(bad).toEqual([]);
  });

  it('has no import circle', () => {
    expect(circles(files, edges)).toEqual([]);
  });

  it('finds a circle when there is one (the check itself)', () => {
    const ring = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(circles(['a', 'b', 'c', 'd'], ring)).toEqual([['a', 'b', 'c']]);
    expect(circles(['a', 'b'], new Map([['a', ['b']]]))).toEqual([]);
  });
});
