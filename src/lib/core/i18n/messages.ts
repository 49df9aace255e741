// The message catalogues (one per language: zh.ts, en.ts) and the one way to read them, translate().
import { formatMessage, type Params } from './format-message';
import type { Lang } from './lang';
import { en } from './en';
import { zh } from './zh';

/** Every UI string's key: the keys of the Chinese catalogue, which the English one must match. */
export type MessageKey = keyof typeof zh;

/** Both catalogues by language. */
export const catalogues: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** Looks a key up and fills its placeholders (see `formatMessage`); values are plain text, never HTML. */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  return formatMessage(lang, catalogues[lang][key], params);
}
