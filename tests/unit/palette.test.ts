// The management-model palette stays distinguishable under simulated colour blindness and has contrast with its outline.
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../scripts/lib/source-data';

const models = loadSourceData().data!.taxonomy.models;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const toSrgb = (c: number) => {
  const v = Math.min(1, Math.max(0, c));
  return v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055;
};
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];

// Machado, Oliveira & Fernandes (2009), severity 1.0.
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

function simulate(hex: string, m: number[][]): [number, number, number] {
  const lin = rgb(hex).map(toLinear);
  return m.map((row) => toSrgb(row.reduce((s, v, j) => s + v * lin[j]!, 0))) as [number, number, number];
}

function lab([r, g, b]: [number, number, number]): [number, number, number] {
  const [R, G, B] = [r, g, b].map(toLinear) as [number, number, number];
  const x = (0.4124 * R + 0.3576 * G + 0.1805 * B) / 0.9505;
  const y = 0.2126 * R + 0.7152 * G + 0.0722 * B;
  const z = (0.0193 * R + 0.1192 * G + 0.9505 * B) / 1.089;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

const luminance = (hex: string) => {
  const [r, g, b] = rgb(hex).map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('model palette', () => {
  it.each(Object.entries(SIMULATIONS))('every pair differs by ΔE ≥ 15 (%s)', (_name, matrix) => {
    for (let i = 0; i < models.length; i++)
      for (let j = i + 1; j < models.length; j++) {
        const a = lab(simulate(models[i]!.color, matrix));
        const b = lab(simulate(models[j]!.color, matrix));
        const d = Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
        expect(d, `${models[i]!.id} vs ${models[j]!.id}`).toBeGreaterThanOrEqual(15);
      }
  });

  it.each(models.map((m) => [m.id, m.color]))('%s has 3:1 contrast with the dark outline or the land', (_id, color) => {
    const best = Math.max(contrast(color, '#1f2328'), contrast(color, '#f8f6f1'));
    expect(best).toBeGreaterThanOrEqual(3);
  });
});
