// The layout's one rule: features depend on the shared parts (core, map, charts, ui), never the reverse and never on
// each other; charts stay free of UI; the core depends on nothing else. Read from the import statements in src/.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const SRC = 'src';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** "core", "map", "charts", "ui", "features/present", …, or "root" for the app shell. */
function area(file: string): string {
  const rel = relative(join(SRC, 'lib'), file);
  if (rel.startsWith('..')) return 'root';
  const [first, second] = rel.split('/');
  return first === 'features' ? `features/${second}` : first!;
}

const imports = walk(SRC).flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"?]+)['"]/g)].map((m) => ({
    from: file,
    to: normalize(join(dirname(file), m[1]!)),
  }));
});

/** Which areas each area may import from (besides itself). */
const ALLOWED: Record<string, string[]> = {
  core: [],
  // Shared views may compose charts (the compare view's timeline); charts stay free of UI.
  ui: ['core', 'charts'],
  charts: ['core'],
  map: ['core', 'ui'],
};

describe('dependencies point from features to the shared parts', () => {
  it('reads the imports', () => {
    expect(imports.length).toBeGreaterThan(100);
  });

  it.each(Object.keys(ALLOWED))('%s imports only what it may', (name) => {
    const bad = imports
      .filter((i) => area(i.from) === name && area(i.to) !== name && !ALLOWED[name]!.includes(area(i.to)))
      .map((i) => `${i.from} → ${i.to}`);
    expect(bad).toEqual([]);
  });

  it('no feature imports another feature', () => {
    const bad = imports
      .filter((i) => area(i.from).startsWith('features/') && area(i.to).startsWith('features/'))
      .filter((i) => area(i.from) !== area(i.to))
      .map((i) => `${i.from} → ${i.to}`);
    expect(bad).toEqual([]);
  });
});
