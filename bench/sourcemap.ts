// Source-map reading for the benchmark: decodes VLQ mappings to attribute bundle bytes and profile positions to sources.
import { readFileSync } from 'node:fs';

export interface RawSourceMap {
  sources: string[];
  names?: string[];
  mappings: string;
}

/** One mapped span of a generated line: [startColumn, endColumn) comes from sources[source] (or nowhere: -1). */
export interface Span {
  start: number;
  end: number;
  source: number;
  line: number;
  column: number;
  name: number;
}

const B64 = new Map([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.get(ch);
    if (digit === undefined) throw new Error(`bad VLQ character "${ch}"`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export class SourceMapIndex {
  /** Spans per generated line, in column order. */
  readonly lines: Span[][];
  readonly sources: string[];
  readonly names: string[];

  constructor(map: RawSourceMap, lineLengths: number[]) {
    this.sources = map.sources;
    this.names = map.names ?? [];
    let source = 0;
    let line = 0;
    let column = 0;
    let name = 0;
    this.lines = map.mappings.split(';').map((text, i) => {
      let col = 0;
      const starts: Omit<Span, 'end'>[] = [];
      for (const seg of text.split(',')) {
        if (!seg) continue;
        const f = decodeVlq(seg);
        col += f[0]!;
        if (f.length >= 4) {
          source += f[1]!;
          line += f[2]!;
          column += f[3]!;
          if (f.length >= 5) name += f[4]!;
          starts.push({ start: col, source, line, column, name: f.length >= 5 ? name : -1 });
        } else starts.push({ start: col, source: -1, line: -1, column: -1, name: -1 });
      }
      const length = lineLengths[i] ?? 0;
      return starts.map((s, k) => ({ ...s, end: starts[k + 1]?.start ?? length }));
    });
  }

  static fromFiles(codePath: string, mapPath: string): { index: SourceMapIndex; code: string } {
    const code = readFileSync(codePath, 'utf8');
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as RawSourceMap;
    return {
      index: new SourceMapIndex(
        map,
        code.split('\n').map((l) => l.length),
      ),
      code,
    };
  }

  /** The span covering a generated position (0-based line and column). */
  lookup(line: number, column: number): Span | undefined {
    const spans = this.lines[line];
    if (!spans?.length) return undefined;
    let lo = 0;
    let hi = spans.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (spans[mid]!.start <= column) lo = mid;
      else hi = mid - 1;
    }
    const span = spans[lo]!;
    return span.start <= column ? span : undefined;
  }
}
