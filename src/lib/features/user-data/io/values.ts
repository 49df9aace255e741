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

export type VocabularyKind = 'model' | 'measure' | 'sector' | 'level' | 'status' | 'scope';

/** Other words people use for a claim's status and scope (docs/user-data.md). */
const STATUS_ALSO: Record<(typeof STATUSES)[number], string[]> = {
  proposed: ['计划', '拟', '提出', 'planned', 'plan'],
  'in-progress': ['进行中', '推进', 'ongoing', 'under way'],
  'in-place': ['实施', '已实施', '实行', '已完成', 'done', 'implemented'],
};
const SCOPE_ALSO: Record<(typeof SCOPES)[number], string[]> = {
  zone: ['本区', '开发区', '园区'],
  parent: ['所属园区', '上级园区'],
  city: ['全市', '城市', '市级', 'city-wide'],
};
/** The statuses and scopes a user's zone may give (a target is a figure's; parent needs the zone's `parent`). */
const STATUSES = ['proposed', 'in-progress', 'in-place'] as const;
const SCOPES = ['zone', 'parent', 'city'] as const;

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
    status: terms(
      STATUSES.map((id) => ({
        id,
        label: { zh: translate('zh', `claim.status.${id}`), en: translate('en', `claim.status.${id}`) },
        also: STATUS_ALSO[id],
      })),
    ),
    scope: terms(
      SCOPES.map((id) => ({
        id,
        label: { zh: translate('zh', `claim.scope.${id}`), en: translate('en', `claim.scope.${id}`) },
        also: SCOPE_ALSO[id],
      })),
    ),
  };
}

/** A list item's own status and scope, written after it in brackets: "streamlining (proposed, city)", "精简机构（提出，全市）". */
const ANNOTATION = /^(.*?)\s*[（(]([^（）()]+)[）)]\s*$/;

/**
 * The items of a model or measures cell with their own status and scope where a bracket after an item gives them
 * (the words must all be statuses or scopes; anything else in brackets is part of the name, as in 党工委（管委会）+).
 * Items are separated by ; ； or line breaks (as downloads write them), then as splitTerms splits them.
 */
export function splitClaims(
  cell: string,
  terms: Pick<Terms, 'id'>,
  v: Pick<Vocabulary, 'status' | 'scope'>,
): { id: string; status?: string; scope?: string }[] {
  const out: { id: string; status?: string; scope?: string }[] = [];
  for (const part of cell.split(HARD)) {
    const m = ANNOTATION.exec(part.trim());
    const words = m ? m[2]!.split(/[,，、·\s]+/).filter(Boolean) : [];
    const status = words.find((w) => v.status.id(w));
    const scope = words.find((w) => v.scope.id(w));
    const annotated = m && words.length > 0 && words.every((w) => v.status.id(w) || v.scope.id(w));
    const ids = splitTerms(annotated ? m[1]! : part, terms);
    ids.forEach((id) =>
      out.push({
        id,
        ...(annotated && ids.length === 1 && status ? { status } : {}),
        ...(annotated && ids.length === 1 && scope ? { scope } : {}),
      }),
    );
  }
  return out.filter((c, i) => out.findIndex((o) => o.id === c.id) === i);
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
