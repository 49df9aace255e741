// Benchmark statistics and output: medians, the rows with budgets and peer ratios, the stdout and Markdown tables.

export type Unit = 'ms' | 'KiB' | 'MiB' | 'count';

export interface Budget {
  op: '<=' | '=';
  value: number;
}

export interface Row {
  section: string;
  metric: string;
  unit: Unit;
  ours: number | null;
  peer: number | null;
  /** ours / peer (below 1: ours is better). */
  ratio: number | null;
  budget: Budget | null;
  /** PASS/FAIL against the budget; null where there is none or no figure. */
  budgetPass: boolean | null;
  /** The budget "every figure better than the ECharts peer's": ours < peer. */
  peerPass: boolean | null;
}

export function median(xs: readonly number[]): number | null {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median over runs of each run's median over its samples. */
export function medianOfRuns<T>(runs: readonly T[][], pick: (x: T) => number | null): number | null {
  return median(
    runs
      .map((samples) => median(samples.map(pick).filter((x): x is number => x !== null)))
      .filter((x): x is number => x !== null),
  );
}

export function row(
  section: string,
  metric: string,
  unit: Unit,
  ours: number | null,
  peer: number | null = null,
  budget: Budget | null = null,
): Row {
  const ratio = ours !== null && peer !== null && peer !== 0 ? ours / peer : null;
  const budgetPass =
    budget && ours !== null ? (budget.op === '<=' ? ours <= budget.value : ours === budget.value) : null;
  return {
    section,
    metric,
    unit,
    ours,
    peer,
    ratio,
    budget,
    budgetPass,
    peerPass: ours !== null && peer !== null ? ours < peer : null,
  };
}

const fmt = (x: number | null, unit: Unit): string => {
  if (x === null) return 'n/a';
  if (unit === 'count') return String(Math.round(x));
  if (unit === 'MiB') return `${x.toFixed(2)} MiB`;
  if (unit === 'KiB') return `${x.toFixed(1)} KiB`;
  return `${x < 100 ? x.toFixed(1) : Math.round(x)} ms`;
};

const verdict = (r: Row): string => {
  const parts: string[] = [];
  if (r.budgetPass !== null) parts.push(r.budgetPass ? 'PASS' : 'FAIL');
  if (r.peerPass !== null) parts.push(`${r.peerPass ? 'PASS' : 'FAIL'} vs peer`);
  return parts.join(', ') || '—';
};

function cells(r: Row): string[] {
  return [
    r.metric,
    fmt(r.ours, r.unit),
    r.peer === null ? '—' : fmt(r.peer, r.unit),
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.budget ? `${r.budget.op === '<=' ? '≤' : '='} ${fmt(r.budget.value, r.unit)}` : '—',
    verdict(r),
  ];
}

const HEADER = ['metric', 'ours', 'ECharts peer', 'ours/peer', 'budget', 'result'];

/** A plain-text table grouped by section, for stdout. */
export function textTable(rows: readonly Row[]): string {
  const body = rows.map(cells);
  const widths = HEADER.map((h, i) => Math.max(h.length, ...body.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  const out = [line(HEADER), widths.map((w) => '─'.repeat(w)).join('  ')];
  let section = '';
  rows.forEach((r, i) => {
    if (r.section !== section) {
      section = r.section;
      out.push(`· ${section}`);
    }
    out.push(line(body[i]!));
  });
  return out.join('\n');
}

/** The same table in Markdown, one sub-heading row per section. */
export function markdownTable(rows: readonly Row[]): string {
  const out = [`| ${HEADER.join(' | ')} |`, `| ${HEADER.map((_, i) => (i === 0 ? '---' : '--:')).join(' | ')} |`];
  let section = '';
  for (const r of rows) {
    if (r.section !== section) {
      section = r.section;
      out.push(`| **${section}** | | | | | |`);
    }
    out.push(`| ${cells(r).join(' | ')} |`);
  }
  return out.join('\n');
}
