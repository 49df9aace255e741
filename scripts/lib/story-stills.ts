// Where the story's still images live and what data they show (scripts/story-stills.ts writes them; a unit test checks).
import { createHash } from 'node:crypto';

/** Output folder (served as /story/), size in px and WebP quality (0–1) of the stills. */
export const STILLS = { dir: 'public/story', width: 1280, height: 720, quality: 0.82 } as const;

/** The data the stills were made from: a SHA-256 of the built dataset (data/build/atlas.json), first 16 hex digits. */
export function stillsKey(atlasJson: string): string {
  return createHash('sha256').update(atlasJson).digest('hex').slice(0, 16);
}
