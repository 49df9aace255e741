// Summarises DevTools CPU and heap-sampling profiles by function and package, named through the build's source maps.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CpuProfile, HeapSamplingProfile } from './lab.ts';
import { packageOf } from './bytes.ts';
import { SourceMapIndex } from './sourcemap.ts';

export interface HotFunction {
  /** Original source and line of the function (from the source map), or the profile's own name for natives. */
  where: string;
  name: string;
  package: string;
  /** Self time (ms) or retained bytes allocated here (KiB). */
  value: number;
  /** Percent of the total. */
  share: number;
}

export interface ProfileSummary {
  unit: 'ms' | 'KiB';
  total: number;
  /** Functions by self time (CPU) or by the live bytes they allocated (heap). */
  top: HotFunction[];
  /**
   * The same, attributed to the innermost app function (src/) on the stack: its own share plus the library and browser
   * work it called (Svelte updates, DOM calls, GC during it). Names the app code path that costs it.
   */
  byAppFunction: HotFunction[];
  byPackage: { package: string; value: number; share: number }[];
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const round = (x: number) => Math.round(x * 10) / 10;
const APP = 'app (src/)';

/** Self time per function of a CPU profile; scripts under `siteUrl` are mapped with `<siteRoot>/<path>.map`. */
export function summariseProfile(profile: CpuProfile, siteUrl: string, siteRoot: string, topN = 12): ProfileSummary {
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((node, i) => self.set(node, (self.get(node) ?? 0) + (deltas[i + 1] ?? 0) / 1000));
  return summarise(profile.nodes, self, 'ms', siteUrl, siteRoot, topN);
}

/** Live bytes per allocating function of a sampling heap profile (objects still alive when it was taken). */
export function summariseHeap(
  profile: HeapSamplingProfile,
  siteUrl: string,
  siteRoot: string,
  topN = 12,
): ProfileSummary {
  const nodes: Node[] = [];
  const self = new Map<number, number>();
  const walk = (n: HeapSamplingProfile['head']) => {
    nodes.push({ id: n.id, callFrame: n.callFrame, children: n.children.map((c) => c.id) });
    self.set(n.id, n.selfSize / 1024);
    n.children.forEach(walk);
  };
  walk(profile.head);
  return summarise(nodes, self, 'KiB', siteUrl, siteRoot, topN);
}

function summarise(
  nodes: readonly Node[],
  self: ReadonlyMap<number, number>,
  unit: 'ms' | 'KiB',
  siteUrl: string,
  siteRoot: string,
  topN: number,
): ProfileSummary {
  const maps = new Map<string, SourceMapIndex | null>();
  const mapFor = (url: string) => {
    if (!url.startsWith(siteUrl)) return null;
    const file = join(siteRoot, url.slice(siteUrl.length).split('?')[0]!);
    if (!maps.has(file))
      maps.set(file, existsSync(`${file}.map`) ? SourceMapIndex.fromFiles(file, `${file}.map`).index : null);
    return maps.get(file)!;
  };
  const info = new Map<number, { key: string; where: string; name: string; pkg: string }>();
  const parent = new Map<number, number>();
  for (const node of nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const index = url ? mapFor(url) : null;
    const span = index?.lookup(lineNumber, columnNumber);
    const source = span && span.source >= 0 ? (index!.sources[span.source] ?? '') : '';
    const pkg = source ? packageOf(source) : url ? (url.startsWith(siteUrl) ? 'unmapped' : 'other') : 'browser';
    const original = span && span.name >= 0 ? index!.names[span.name] : undefined;
    const name = original ?? (functionName || '(anonymous)');
    const where = source ? `${source.replace(/^(\.\.\/)+/, '')}:${span!.line + 1}` : functionName || url || '(native)';
    info.set(node.id, { key: `${where}|${name}`, where, name, pkg });
  }
  const appFrame = new Map<number, number | null>();
  const appAncestor = (id: number): number | null => {
    if (appFrame.has(id)) return appFrame.get(id)!;
    const up = parent.get(id);
    const found = info.get(id)?.pkg === APP ? id : up === undefined ? null : appAncestor(up);
    appFrame.set(id, found);
    return found;
  };

  const byFunction = new Map<string, HotFunction>();
  const byApp = new Map<string, HotFunction>();
  const byPackage = new Map<string, number>();
  const add = (
    table: Map<string, HotFunction>,
    f: { key: string; where: string; name: string; pkg: string },
    ms: number,
  ) => {
    const entry = table.get(f.key) ?? { where: f.where, name: f.name, package: f.pkg, value: 0, share: 0 };
    entry.value += ms;
    table.set(f.key, entry);
  };
  let total = 0;
  for (const [id, ms] of self) {
    const f = info.get(id);
    if (!f || !ms) continue;
    total += ms;
    add(byFunction, f, ms);
    byPackage.set(f.pkg, (byPackage.get(f.pkg) ?? 0) + ms);
    const app = appAncestor(id);
    if (app !== null) add(byApp, info.get(app)!, ms);
  }
  const ranked = (table: Map<string, HotFunction>) =>
    [...table.values()]
      .sort((a, b) => b.value - a.value)
      .slice(0, topN)
      .map((f) => ({ ...f, value: round(f.value), share: round((100 * f.value) / total) }));
  return {
    unit,
    total: round(total),
    top: ranked(byFunction),
    byAppFunction: ranked(byApp),
    byPackage: [...byPackage.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([p, ms]) => ({ package: p, value: round(ms), share: round((100 * ms) / total) })),
  };
}
