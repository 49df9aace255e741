// The JSON zones file users load and download ("zone-reform-atlas/zones@1"): its sources, and flat zones with their city inline.
import * as z from 'zod';

export const FORMAT = 'zone-reform-atlas/zones@1';

/** Structure only; the values (ids, codes, lengths, links, taxonomy) are checked by check.ts so CSV and JSON get the same errors. */
const Text = z.string().trim();
const Names = z.strictObject({ zh: Text.optional(), en: Text.optional() });
const EvidenceEntry = z.strictObject({ source: Text, quote: Text });

/** A model or measure: the full object, or just its id, whose evidence is then the zone's. */
const FactEntry = z.preprocess(
  (v) => (typeof v === 'string' ? { id: v } : v),
  z.strictObject({ id: Text, evidence: z.array(EvidenceEntry).optional() }),
);
const IndustryEntry = z.preprocess(
  (v) => (typeof v === 'string' ? { sector: v } : v),
  z.strictObject({ sector: Text, label: Names.optional(), evidence: z.array(EvidenceEntry).optional() }),
);

export const ZoneEntry = z.strictObject({
  id: Text,
  name: Names,
  short: Names.optional(),
  aliases: z.array(Text).default([]),
  lng: z.number(),
  lat: z.number(),
  precisionKm: z.number().optional(),
  province: Text,
  city: Text,
  cityName: Names.optional(),
  district: Text.optional(),
  level: Text.default(''),
  /** The quotes that name the zone; also the evidence of any fact given without its own. */
  evidence: z.array(EvidenceEntry),
  model: FactEntry.optional(),
  measures: z.array(FactEntry).default([]),
  industries: z.array(IndustryEntry).default([]),
});

export const SourceEntry = z.strictObject({
  id: Text,
  title: Text.nullable().optional(),
  description: z.strictObject({ zh: Text, en: Text }).optional(),
  publisher: Text.nullable().optional(),
  url: Text.optional(),
  script: z.enum(['simplified', 'traditional']).optional(),
});

export const ZonesFile = z.strictObject({
  format: z.literal(FORMAT),
  sources: z.array(SourceEntry),
  zones: z.array(ZoneEntry),
});

export type EvidenceEntry = z.output<typeof EvidenceEntry>;
export type ZoneEntry = z.output<typeof ZoneEntry>;
export type SourceEntry = z.output<typeof SourceEntry>;
export type ZonesFile = z.output<typeof ZonesFile>;
