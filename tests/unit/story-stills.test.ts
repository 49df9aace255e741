// The story's still images (issue 33: host pages without JavaScript) show the tour the data holds now.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STILLS, stillsKey } from '../../scripts/lib/story-stills';

const dataset = readFileSync('data/build/atlas.json', 'utf8');
const manifest = JSON.parse(readFileSync(join(STILLS.dir, 'stills.json'), 'utf8')) as {
  data: string;
  steps: number;
  langs: string[];
};

describe('story stills', () => {
  it('were made from the current data (else run `npm run build && npm run story:stills`)', () => {
    expect(manifest.data).toBe(stillsKey(dataset));
    expect(manifest.steps).toBe(JSON.parse(dataset).dataset.tour.length);
  });
  it('exist for every step in both languages, as WebP', () => {
    for (const lang of ['zh', 'en'])
      for (let step = 1; step <= manifest.steps; step++) {
        const file = join(STILLS.dir, lang, `${step}.webp`);
        expect(existsSync(file), file).toBe(true);
        const head = readFileSync(file).subarray(0, 12).toString('latin1');
        expect(head.startsWith('RIFF') && head.endsWith('WEBP'), file).toBe(true);
      }
  });
});
