// Value rules shared by the dataset schema, the user-data importer, the filters and the charts (one copy each).

/** A dataset date: YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601 calendar date, reduced precision allowed); groups 1–3. */
export const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The zone levels: 国家级 (national), 省级 (provincial), other, and not stated. */
export const LEVELS = ['national', 'provincial', 'other', 'unknown'] as const;

export type Level = (typeof LEVELS)[number];

/** The four municipalities (直辖市, GB/T 2260 codes 11, 12, 31, 50): one city each, coded xx0100, holding every district xx…. */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

/** The city (prefecture) adcode of a district's: 370211 → 370200; Chongqing's counties 5002xx → 500100. */
export const cityOfDistrict = (adcode: string): string =>
  MUNICIPALITIES.has(adcode.slice(0, 2)) ? `${adcode.slice(0, 2)}0100` : `${adcode.slice(0, 4)}00`;

/** The most zones set side by side, in the compare view and a tour's compare step (issue 18: "compare 2–4 zones"). */
export const MAX_COMPARE = 4;
