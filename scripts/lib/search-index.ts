// Build-time search keys: toneless pinyin and syllable initials of each zone's Chinese names (pinyin-pro).
import { pinyin } from 'pinyin-pro';
import type { AtlasFile, Dataset, Zone } from '../../src/lib/core/data/schema.ts';
import { fold } from '../../src/lib/core/state/filters.ts';

const han = (text: string) => text.replace(/[^\u4e00-\u9fff]/gu, '');
const syllables = (text: string) => pinyin(han(text), { toneType: 'none', type: 'array' });

export function searchEntry(zone: Zone) {
  const names = [zone.name.zh, zone.short.zh, ...zone.aliases];
  return {
    pinyin: names.map((n) => fold(syllables(n).join(''))).join('|'),
    initials: names
      .map((n) =>
        syllables(n)
          .map((s) => s[0])
          .join(''),
      )
      .join('|'),
  };
}

/** The compact file the app loads. */
export function atlasFile(data: Dataset): AtlasFile {
  const search = Object.fromEntries(data.places.flatMap((p) => p.zones).map((zone) => [zone.id, searchEntry(zone)]));
  return { dataset: data, search };
}
