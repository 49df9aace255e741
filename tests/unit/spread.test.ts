// Spreading stacked markers: every pair ends at least a gap apart, near its true place, on its own side.
import { describe, expect, it } from 'vitest';
import { spreadMarkers, type ScreenPoint } from '../../src/lib/map/geo/spread';

const GAP = 14;
const minDistance = (ps: readonly { x: number; y: number }[]) => {
  let min = Infinity;
  for (let i = 0; i < ps.length; i++)
    for (let j = i + 1; j < ps.length; j++) min = Math.min(min, Math.hypot(ps[i]!.x - ps[j]!.x, ps[i]!.y - ps[j]!.y));
  return min;
};

describe('spreadMarkers', () => {
  it('leaves markers that do not touch where they are', () => {
    const points: ScreenPoint[] = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 30, y: 0 },
      { id: 'c', x: 0, y: 14 },
    ];
    const out = spreadMarkers(points, GAP);
    expect(out.map((p) => [p.x, p.y, p.moved])).toEqual([
      [0, 0, false],
      [30, 0, false],
      [0, 14, false],
    ]);
  });

  it('sets two touching markers apart along their own line, each half the shortfall', () => {
    const out = spreadMarkers(
      [
        { id: 'west', x: 100, y: 50 },
        { id: 'east', x: 104, y: 50 },
      ],
      GAP,
    );
    expect(out[0]!.x).toBeCloseTo(95);
    expect(out[1]!.x).toBeCloseTo(109);
    expect(out[0]!.y).toBeCloseTo(50);
    expect(out.every((p) => p.moved)).toBe(true);
    expect(out[0]).toMatchObject({ trueX: 100, trueY: 50 });
  });

  it('spreads Zibo-like stacks (three within 5 px) and a whole cluster so no two are closer than the gap', () => {
    const zibo: ScreenPoint[] = [
      { id: 'zhangdian', x: 200, y: 200 },
      { id: 'etdz', x: 204, y: 199 },
      { id: 'hi-tech', x: 203, y: 203 },
    ];
    const out = spreadMarkers(zibo, GAP);
    expect(minDistance(out)).toBeGreaterThanOrEqual(GAP - 1e-6);
    // Each stays within a ring of its group: at most the gap from the group's centre.
    for (const p of out) expect(Math.hypot(p.x - 202.33, p.y - 200.67)).toBeLessThan(GAP);
    // Ten markers at one spot, plus a neighbour the ring reaches: all apart, deterministic.
    const pile = Array.from({ length: 10 }, (_, i) => ({ id: `z${i}`, x: 50, y: 50 }));
    const spread = spreadMarkers([...pile, { id: 'near', x: 80, y: 50 }], GAP);
    expect(minDistance(spread)).toBeGreaterThanOrEqual(GAP - 1e-6);
    expect(spreadMarkers([...pile, { id: 'near', x: 80, y: 50 }], GAP)).toEqual(spread);
  });

  it('keeps each marker on its side of the group (west stays west, north stays north)', () => {
    const out = spreadMarkers(
      [
        { id: 'n', x: 10, y: 8 },
        { id: 'w', x: 8, y: 10 },
        { id: 'e', x: 12, y: 10 },
        { id: 's', x: 10, y: 12 },
      ],
      GAP,
    );
    const at = Object.fromEntries(out.map((p) => [p.id, p]));
    expect(at.w!.x).toBeLessThan(at.e!.x);
    expect(at.n!.y).toBeLessThan(at.s!.y);
    expect(minDistance(out)).toBeGreaterThanOrEqual(GAP - 1e-6);
  });
});
