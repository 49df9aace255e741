// The JSON zones file users load and download ("zone-reform-atlas/zones@1"): its sources, and flat zones with their city inline.
import * as z from 'zod/mini';

// zod/mini loads no locale: English default messages, as with full zod (schema.ts does the same).
z.config(z.locales.en());

export const FORMAT = 'zone-reform-atlas/zones@1';

/** Structure only; the values (ids, codes, lengths, links, taxonomy) are checked by check.ts so CSV and JSON get the same errors. */
const Text = z.string().check(z.trim());
const Names = z.strictObject({ zh: z.optional(Text), en: z.optional(Text) });
const EvidenceEntry = z.strictObject({ source: Text, quote: Text });

/**
 * A model or measure: the full object, or just its id, whose evidence is then the zone's. `status` and `scope`
 * (docs/data.md, "Claims"; ids or the app's labels), when absent, are the zone's, else in place and the zone's own.
 */
const FactEntry = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? { id: v } : v)),
  z.strictObject({
    id: Text,
    status: z.optional(Text),
    scope: z.optional(Text),
    strength: z.optional(Text),
    reason: z.optional(Names),
    evidence: z.optional(z.array(EvidenceEntry)),
  }),
);
const IndustryEntry = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? { sector: v } : v)),
  z.strictObject({ sector: Text, label: z.optional(Names), evidence: z.optional(z.array(EvidenceEntry)) }),
);

export const ZoneEntry = z.strictObject({
  id: Text,
  name: Names,
  short: z.optional(Names),
  aliases: z._default(z.array(Text), []),
  /** WGS84 unless `crs` says otherwise; both left out: placed by the place the zone names (places.ts). */
  lng: z._default(z.number(), Number.NaN),
  lat: z._default(z.number(), Number.NaN),
  /** wgs84 (default), gcj02 or bd09 (coords.ts); converted to WGS84 on import. */
  crs: z.optional(Text),
  precisionKm: z.optional(z.number()),
  /** An adcode or a name (青岛, 青岛市, Qingdao); empty: found from the coordinates (places.ts). */
  province: z._default(Text, ''),
  city: z._default(Text, ''),
  cityName: z.optional(Names),
  district: z.optional(Text),
  level: z._default(Text, ''),
  /** The id of the zone this one is part of (same city): it inherits that zone's model and measures. */
  parent: z.optional(Text),
  /** What the source says of the zone's model and measures that give none of their own: proposed, in place… */
  status: z.optional(Text),
  /** Whom it says them of: the zone itself, or a city-wide reform (zone, city). */
  scope: z.optional(Text),
  /** The quotes that name the zone; also the evidence of any fact given without its own. */
  evidence: z.array(EvidenceEntry),
  model: z.optional(FactEntry),
  measures: z._default(z.array(FactEntry), []),
  industries: z._default(z.array(IndustryEntry), []),
});

export const SourceEntry = z.strictObject({
  id: Text,
  title: z.optional(z.nullable(Text)),
  description: z.optional(z.strictObject({ zh: Text, en: Text })),
  publisher: z.optional(z.nullable(Text)),
  url: z.optional(Text),
  script: z.optional(z.enum(['simplified', 'traditional'])),
});

export const ZonesFile = z.strictObject({
  format: z.literal(FORMAT),
  /** The coordinate system of zones that name none; downloads write "wgs84". */
  crs: z.optional(Text),
  sources: z.array(SourceEntry),
  zones: z.array(ZoneEntry),
});

export type EvidenceEntry = z.output<typeof EvidenceEntry>;
export type ZoneEntry = z.output<typeof ZoneEntry>;
export type SourceEntry = z.output<typeof SourceEntry>;
export type ZonesFile = z.output<typeof ZonesFile>;
