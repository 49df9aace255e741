// A source note in the reader's language: apart from the schema, so views that show one do not load zod (issue 36).
import type { SourceNote } from './schema';

/** A source note in the reader's language, and the language it is written in (a plain string is English). */
export function sourceNoteText(note: SourceNote, lang: 'zh' | 'en'): { text: string; lang: 'zh' | 'en' } {
  return typeof note === 'string' ? { text: note, lang: 'en' } : { text: note[lang], lang };
}
