// The AtlasFile for a user's dataset: the browser has no pinyin dictionary, so search keys are empty and names match directly.
import type { AtlasFile, UserDataset } from '../../../core/data/schema';

/** What buildAtlas takes. Chinese and English names and aliases still match a search; pinyin and initials do not. */
export function toAtlasFile(dataset: UserDataset): AtlasFile {
  const search = Object.fromEntries(
    dataset.places.flatMap((p) => p.zones).map((zone) => [zone.id, { pinyin: '', initials: '' }]),
  );
  return { dataset, search };
}
