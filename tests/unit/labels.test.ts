// Label placement: never overlapping, priority first, markers and bounds respected.
import { describe, expect, it } from 'vitest';
import { placeLabels, labelBox, type LabelInput } from '../../src/lib/map/geo/labels';
import { clipLabel, MAX_LABEL_EM, overlaps, textWidth } from '../../src/lib/core/text';
import { loadSourceData } from '../../scripts/lib/source-data';
import { atlasFile } from '../../scripts/lib/search-index';
import { buildAtlas } from '../../src/lib/core/data/atlas';
import { mapModel } from '../../src/lib/map/model';
import { LIGHT_TOKENS } from '../../src/lib/map/theme';

const label = (id: string, x: number, y: number, priority = 1, width = 40): LabelInput => ({
  id,
  x,
  y,
  width,
  height: 14,
  priority,
});

function boxesOf(labels: LabelInput[], placed: ReturnType<typeof placeLabels>) {
  return placed.map((p) =>
    labelBox(
      labels.find((l) => l.id === p.id)!,
      p.side,
      6,
    ),
  );
}

describe('placeLabels', () => {
  it.each([
    ['two far apart', [label('a', 0, 0), label('b', 200, 200)], ['a', 'b']],
    ['two on one spot: the second moves to the left', [label('a', 100, 100), label('b', 100, 100)], ['a', 'b']],
    [
      'five on one spot: four sides, one dropped',
      [1, 2, 3, 4, 5].map((i) => label(`z${i}`, 100, 100)),
      ['z1', 'z2', 'z3', 'z4'],
    ],
    ['priority wins the first side', [label('low', 100, 100, 0), label('high', 100, 100, 5)], ['high', 'low']],
  ])('%s', (_name, labels, expectedIds) => {
    const placed = placeLabels(labels);
    expect(placed.map((p) => p.id)).toEqual(expectedIds);
    const boxes = boxesOf(labels, placed);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('gives the first side to the highest priority', () => {
    const placed = placeLabels([label('low', 100, 100, 0), label('high', 100, 100, 5)]);
    expect(placed.find((p) => p.id === 'high')!.side).toBe('right');
    expect(placed.find((p) => p.id === 'low')!.side).toBe('left');
  });

  it('never covers an obstacle', () => {
    const placed = placeLabels([label('a', 100, 100)], { obstacles: [{ x0: 100, y0: 80, x1: 200, y1: 120 }] });
    expect(placed[0]!.side).toBe('left');
  });

  it('drops labels that would leave the bounds', () => {
    const placed = placeLabels([label('edge', 5, 5, 1, 400)], { bounds: { x0: 0, y0: 0, x1: 300, y1: 300 } });
    expect(placed).toEqual([]);
  });
});

describe('textWidth', () => {
  it.each([
    ['青岛蓝谷', 13, 52],
    ['SCO', 10, 17.4],
    ['', 13, 0],
  ])('%s at %ipx ≈ %f', (text, size, width) => {
    expect(textWidth(text, size)).toBeCloseTo(width, 1);
  });
});

describe('long names on the map', () => {
  it('are cut to one short line with an ellipsis, never mid-grapheme, and short ones are left alone', () => {
    expect(clipLabel('青岛蓝谷')).toBe('青岛蓝谷');
    expect(clipLabel('Wuhan East Lake Zone')).toBe('Wuhan East Lake Zone');
    expect(clipLabel('Kunshan Hi-tech Industrial Development Zone')).toBe('Kunshan Hi-tech…');
    const long = '中国（江苏）自由贸易试验区苏州片区苏州工业园区综合保税区跨境电子商务综合试验区核心功能区';
    const cut = clipLabel(long);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 1)).toBeLessThanOrEqual(MAX_LABEL_EM);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    // A cut lands before trailing punctuation, and never splits a surrogate pair (𠀀 is one grapheme of two units).
    expect(clipLabel('𠀀'.repeat(30))).toBe(`${'𠀀'.repeat(MAX_LABEL_EM - 1)}…`);
    expect(clipLabel('Zone of the Very Long Name, Phase Two, Extended Area')).toMatch(
      /^Zone of the Very Long Name…$|[^,\s]…$/,
    );
  });

  it('are cut the same way on both maps: the model holds the label text', () => {
    const zone = buildAtlas(atlasFile(loadSourceData().data!)).zones[0]!;
    const long = { ...zone, zone: { ...zone.zone, short: { zh: '很'.repeat(60), en: 'Long '.repeat(20) } } };
    const input = { zones: [long], lang: 'zh' as const, tokens: LIGHT_TOKENS, viewport: { width: 800, height: 600 } };
    const model = mapModel({ ...input, selectedId: null, hoveredId: null, highlightedIds: null });
    expect(model.marks[0]!.label.text).toBe(`${'很'.repeat(MAX_LABEL_EM - 1)}…`);
  });
});
