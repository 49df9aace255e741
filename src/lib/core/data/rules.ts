// Value rules shared by the dataset schema, the user-data importer, the filters and the charts (one copy each).

/** A dataset date: YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601 calendar date, reduced precision allowed); groups 1–3. */
export const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The zone levels: 国家级 (national), 省级 (provincial), other, and not stated. */
export const LEVELS = ['national', 'provincial', 'other', 'unknown'] as const;

export type Level = (typeof LEVELS)[number];
