// The importer's messages in both languages (`import.*`): the part of the zh-Hans/en catalogue that loads with it.
import type { Lang } from '../../../core/i18n/lang';
import { importEn } from './catalogue-en';
import { importZh } from './catalogue-zh';

/** The importer's message keys: those of the Chinese part, which the English one must match. */
export type ImportKey = keyof typeof importZh;

/** The importer's part of the catalogue, by language. */
export const importCatalogues: Record<Lang, Record<ImportKey, string>> = { zh: importZh, en: importEn };
