// Values as people write them: the app's own zh and en labels (or ids) for models, measures, sectors and levels, matched
// width- and case-insensitively, and list cells split on whatever separator the writer used.
import { LEVELS } from '../../../core/data/rules';
import { NOT_STATED } from '../../../core/data/resolve';
import type { Bilingual, Taxonomy } from '../../../core/data/schema';
import { translate } from '../../../core/i18n/messages';

/** A value as compared: NFKC (full-width → half-width), lower case, without spaces, quotes or apostrophes. */
export function valueKey(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s"'“”‘’「」『』]+/g, '');
}

/** Other words people use for a level the catalogue names 不详 / Unknown. */
const LEVEL_ALSO: Partial<Record<(typeof LEVELS)[number], string[]>> = { unknown: ['未知', '不明', '未说明'] };

export type VocabularyKind = 'model' | 'measure' | 'sector' | 'level';

/** One kind's ids and labels: `id(value)` is the id a value names, or null; `labels` lists them for a message. */
export interface Terms {
  id(value: string): string | null;
  /** The one label a near miss points to (the value is part of it, or it of the value), in both languages; else null. */
  suggest(value: string): Bilingual | null;
  labels: Bilingual;
}

export type Vocabulary = Record<VocabularyKind, Terms>;

function terms(items: readonly { id: string; label: Bilingual; also?: string[] }[]): Terms {
  const byKey = new Map<string, string>();
  for (const { id, label, also = [] } of items)
    for (const name of [id, label.zh, label.en, ...also]) byKey.set(valueKey(name), id);
  return {
    id: (value) => byKey.get(valueKey(value)) ?? null,
    suggest: (value) => {
      const key = valueKey(value);
      if (key.length < 2) return null;
      const near = items.filter(({ label }) =>
        [label.zh, label.en].some((l) => valueKey(l).includes(key) || key.includes(valueKey(l))),
      );
      return near.length === 1 ? near[0]!.label : null;
    },
    labels: { zh: items.map((i) => i.label.zh).join('、'), en: items.map((i) => i.label.en).join(', ') },
  };
}

/** The vocabulary of the built-in taxonomy. "Not stated" is accepted as a model and means the same as an empty cell. */
export function vocabulary(taxonomy: Taxonomy): Vocabulary {
  const models = taxonomy.models.filter((m) => m.id !== NOT_STATED);
  const notStated = taxonomy.models.find((m) => m.id === NOT_STATED);
  const model = terms(models);
  const modelWithNotStated = terms(notStated ? [...models, notStated] : models);
  return {
    model: { id: modelWithNotStated.id, suggest: model.suggest, labels: model.labels },
    measure: terms(taxonomy.measures),
    sector: terms(taxonomy.sectors),
    level: terms(
      LEVELS.map((id) => ({
        id,
        label: { zh: translate('zh', `level.${id}`), en: translate('en', `level.${id}`) },
        also: LEVEL_ALSO[id],
      })),
    ),
  };
}

/** Separators between items, strongest first: ; ； and line breaks always; 、 , ， / only where the pieces are not one label. */
const HARD = /[;；\n]/;
const SOFT = /([、,，/|])/;

/**
 * The items of a list cell, each as the id it names (or, when it names none, as written, for the check to report):
 * "精简机构、人事与薪酬" → two measures, while "财税、债务与土地" stays one, because it is one label.
 */
export function splitTerms(cell: string, terms: Pick<Terms, 'id'>): string[] {
  const out: string[] = [];
  for (const part of cell.split(HARD)) {
    const pieces = part.split(SOFT); // [text, sep, text, sep, text]
    for (let i = 0; i < pieces.length; i += 2) {
      let taken = false;
      for (let j = pieces.length - 1; j >= i; j -= 2) {
        const joined = pieces.slice(i, j + 1).join('');
        const id = terms.id(joined.trim());
        if (id) {
          out.push(id);
          i = j;
          taken = true;
          break;
        }
      }
      const text = pieces[i]!.trim();
      if (!taken && text) out.push(text);
    }
  }
  return [...new Set(out)];
}
