// The dataset's schema (zod 4): sources, places, zones, the reform taxonomy and the evidence behind every fact.
import { ISO_DATE, LEVELS, MAX_COMPARE } from './rules';
import * as z from 'zod/mini';

// zod/mini (the browser's smaller build) loads no locale, so default messages are English as with full zod.
z.config(z.locales.en());

export const SOURCE_ID = /^\d{3}_[0-9a-f]{16}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ADCODE = /^\d{6}$/;

export const Slug = z.string().check(z.regex(SLUG, 'must be a lowercase slug such as "qingdao-blue-valley"'));
export const Adcode = z.string().check(z.regex(ADCODE, 'must be a 6-digit administrative code such as "370200"'));

/** Text in both UI languages. */
export const Bilingual = z.strictObject({
  zh: z.string().check(z.minLength(1, 'Chinese text is empty')),
  en: z.string().check(z.minLength(1, 'English text is empty')),
});

/** One verbatim phrase (after normalisation) from one article. */
export const Evidence = z.strictObject({
  source: z.string().check(z.regex(SOURCE_ID, 'must be a seed file name such as "004_772b24d4fb950dc7"')),
  quote: z.string().check(z.minLength(2, 'quote is too short'), z.maxLength(60, 'quote is longer than 60 characters')),
});
export const EvidenceList = z.array(Evidence).check(z.minLength(1, 'every fact needs at least one quote'));

/**
 * Where a fact from outside the articles comes from, and how sure it is: in both languages, or (older user files)
 * one English string.
 */
export const SourceNote = z.union([z.string().check(z.minLength(8, 'say where this comes from')), Bilingual]);
export type SourceNote = z.infer<typeof SourceNote>;

export const DateValue = z
  .strictObject({
    value: z.string().check(z.regex(ISO_DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD')),
    precision: z.enum(['day', 'month', 'year']),
    /** The article prints no year (or no date): the reason the year was inferred. */
    inferred: z.optional(Bilingual),
  })
  .check(
    z.refine((d) => d.value.split('-').length === { year: 1, month: 2, day: 3 }[d.precision], {
      message: 'precision does not match the number of date parts',
    }),
  );

/** The kinds of article (docs/data.md, "What kind of article"). */
export const SOURCE_GENRES = ['meeting-report', 'task-list', 'official-account', 'other'] as const;
export type SourceGenre = (typeof SOURCE_GENRES)[number];

export const Category = z.strictObject({
  id: Slug,
  label: Bilingual,
  definition: Bilingual,
});

export const Taxonomy = z.strictObject({
  models: z.array(z.extend(Category, { color: z.string().check(z.regex(/^#[0-9a-f]{6}$/i)) })).check(z.minLength(2)),
  measures: z.array(Category).check(z.minLength(10, 'keep 10–14 measures'), z.maxLength(14, 'keep 10–14 measures')),
  sectors: z.array(Category).check(z.minLength(1)),
});

export const Source = z.strictObject({
  id: z.string().check(z.regex(SOURCE_ID)),
  /** Title as printed, or null where the copy prints none. */
  title: z.nullable(z.string()),
  /** Our description where no title is printed; shown marked as editorial. */
  description: Bilingual,
  publisher: z.nullable(z.string()),
  /** Dates exactly as printed in the copy. */
  datesPrinted: z.array(z.string()),
  published: z.nullable(DateValue),
  script: z.enum(['simplified', 'traditional']),
  /**
   * What kind of article it is, which sets what its sentences can mean (docs/data.md): a meeting that set tasks, a
   * city's list of tasks, or an official's account of what was done.
   */
  genre: z.optional(z.enum(SOURCE_GENRES)),
});

export const Person = z.strictObject({
  name: Bilingual,
  role: Bilingual,
  evidence: EvidenceList,
});

/**
 * What an article says of a claim (docs/data.md, "Claims"): `proposed` announced, called for or set as a task;
 * `in-progress` under way and continuing (继续推进…); `in-place` reported as done or in force; `target` a number to
 * reach (figures only). Absent in a user's file: `in-place`, and the app says so once.
 */
export const CLAIM_STATUSES = ['proposed', 'in-progress', 'in-place', 'target'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
const FactStatus = z._default(z.enum(['proposed', 'in-progress', 'in-place']), 'in-place');
const FigureStatus = z._default(z.enum(CLAIM_STATUSES), 'in-place');

/**
 * Whom a model or measure is said of: `zone` this zone, `parent` the zone it belongs to (a sub-area), `city` a
 * city-wide reform the article applies to its zones (inherited by them), `context` a city campaign the article does
 * not apply to zones (shown with the place only). Place claims are city/context; zone claims zone/parent, or `city`
 * in a user's flat file, which has no place level (the built-in data writes city claims on the place: check:data).
 */
export const CLAIM_SCOPES = ['zone', 'parent', 'city', 'context'] as const;
export type ClaimScope = (typeof CLAIM_SCOPES)[number];
const ZoneScope = z._default(z.enum(['zone', 'parent', 'city']), 'zone');
const PlaceScope = z._default(z.enum(['city', 'context']), 'city');

/** `explicit`: the quote names the measure; `implied`: it supports it loosely, and `reason` says how it was read. */
export const CLAIM_STRENGTHS = ['explicit', 'implied'] as const;
export type ClaimStrength = (typeof CLAIM_STRENGTHS)[number];

const measureShape = <S extends z.ZodMiniType>(scope: S) =>
  z
    .strictObject({
      id: Slug,
      status: FactStatus,
      scope,
      strength: z._default(z.enum(CLAIM_STRENGTHS), 'explicit'),
      /** How an implied measure was read from its quote. */
      reason: z.optional(Bilingual),
      note: z.optional(Bilingual),
      evidence: EvidenceList,
    })
    .check(
      z.refine((m) => m.strength !== 'implied' || !!m.reason, {
        message: 'an implied measure needs a reason (zh/en): how the quote was read',
        path: ['reason'],
      }),
    );
/** A measure written on a zone (scope zone or parent). */
export const MeasureRef = measureShape(ZoneScope);
/** A measure written on a place (scope city or context). */
export const PlaceMeasureRef = measureShape(PlaceScope);

export const ModelRef = z.strictObject({ id: Slug, status: FactStatus, scope: ZoneScope, evidence: EvidenceList });
export const PlaceModelRef = z.strictObject({
  id: Slug,
  status: FactStatus,
  scope: PlaceScope,
  evidence: EvidenceList,
});

/** A passage of an article that speaks of its place's zones: from one verbatim phrase to another (inclusive). */
export const ZonePassage = z.strictObject({
  from: z.string().check(z.minLength(4)),
  to: z.string().check(z.minLength(4)),
});

export const Industry = z.strictObject({
  sector: Slug,
  label: Bilingual,
  evidence: EvidenceList,
});

export const Figure = z.strictObject({
  id: Slug,
  value: z.number(),
  /** A range such as 5–6 bodies. */
  valueMax: z.optional(z.number()),
  qualifier: z.enum(['exact', 'about', 'at-least', 'at-most', 'over']),
  /** How the article writes it where a plain number would lose meaning, e.g. 1正4副. */
  display: z.optional(Bilingual),
  unit: Bilingual,
  label: Bilingual,
  /** A result (in-place), a number to reach (target), or the count of a plan (proposed, in-progress). */
  status: FigureStatus,
  evidence: EvidenceList,
});

export const Event = z.strictObject({
  id: Slug,
  /** meeting: the place's own meeting (its key date); reform: a dated step of a reform; publication: the article. */
  kind: z.enum(['meeting', 'reform', 'publication']),
  date: DateValue,
  label: Bilingual,
  /** Took place (in-place), or planned (proposed). */
  status: FactStatus,
  evidence: EvidenceList,
});

export const Level = z.strictObject({
  value: z.enum(LEVELS),
  /** Where the level comes from: the article, or the author's knowledge (the sourceNote names the record). */
  from: z._default(z.enum(['article', 'author']), 'author'),
  sourceNote: SourceNote,
});

export const Location = z.strictObject({
  lngLat: z.tuple([z.number().check(z.minimum(73), z.maximum(136)), z.number().check(z.minimum(3), z.maximum(54))]),
  precisionKm: z.number().check(z.positive()),
  sourceNote: SourceNote,
});

export const Zone = z.strictObject({
  id: Slug,
  name: Bilingual,
  /** Short map label, e.g. 上合示范区 / SCO Zone. */
  short: Bilingual,
  /** Other names the articles use, e.g. 淄博经开区. */
  aliases: z._default(z.array(z.string()), []),
  /** A sub-area of another zone (e.g. a science city inside an ETDZ). */
  parent: z.optional(Slug),
  nameEvidence: EvidenceList,
  prefecture: Adcode,
  district: z.optional(Adcode),
  level: Level,
  location: Location,
  model: z.optional(ModelRef),
  measures: z._default(z.array(MeasureRef), []),
  industries: z._default(z.array(Industry), []),
  figures: z._default(z.array(Figure), []),
  events: z._default(z.array(Event), []),
});

export const Place = z.strictObject({
  id: Slug,
  source: z.string().check(z.regex(SOURCE_ID)),
  name: Bilingual,
  province: Adcode,
  prefecture: Adcode,
  /** city-wide: the place's model and measures are inherited by its zones; zone: they are the zone's own. */
  scope: z.enum(['city-wide', 'zone']),
  title: Bilingual,
  summary: Bilingual,
  people: z._default(z.array(Person), []),
  model: z.optional(PlaceModelRef),
  measures: z._default(z.array(PlaceMeasureRef), []),
  figures: z._default(z.array(Figure), []),
  events: z._default(z.array(Event), []),
  /** The passages of the article that speak of its zones; a `city` claim must quote one (docs/data.md). */
  zonePassages: z._default(z.array(ZonePassage), []),
  zones: z.array(Zone).check(z.minLength(1)),
});

/**
 * One presenter-tour step: the overview (no place, zone or compare), a place, a zone, or 2–MAX_COMPARE zones side by
 * side (`compare`); the caption may use {places} and {zones}.
 */
export const TourStep = z
  .strictObject({
    place: z.optional(Slug),
    zone: z.optional(Slug),
    compare: z.optional(z.array(Slug).check(z.minLength(2), z.maxLength(MAX_COMPARE))),
    /** The step's heading; by default the zone's or place's name, "Overview", or "Comparing N zones". */
    title: z.optional(Bilingual),
    caption: Bilingual,
    /** Speaker notes, shown in the presenter-notes window only. */
    notes: z.optional(Bilingual),
    evidence: z._default(z.array(Evidence), []),
  })
  .check(
    z.refine((s) => [s.place, s.zone, s.compare].filter(Boolean).length <= 1, {
      message: 'a step shows a place, a zone or a comparison, not two of them',
    }),
  );

export const Dataset = z
  .strictObject({
    taxonomy: Taxonomy,
    sources: z.array(Source).check(z.length(5, 'there are five source articles')),
    places: z.array(Place).check(z.minLength(1)),
    /** The presenter tour; when absent the app builds one (overview, places by key date, their zones). */
    tour: z.optional(z.array(TourStep).check(z.minLength(1))),
    /**
     * Names of the adcodes the zones use where the basemap has none (a user's file: cities and districts outside the
     * five built-in cities), from data/divisions.json; keyed by 6-digit adcode.
     */
    regions: z.optional(z.record(z.string().check(z.regex(/^\d{6}$/)), Bilingual)),
  })
  .check(
    z.superRefine((data, ctx) => {
      const models = new Set(data.taxonomy.models.map((m) => m.id));
      const measures = new Set(data.taxonomy.measures.map((m) => m.id));
      const sectors = new Set(data.taxonomy.sectors.map((m) => m.id));
      const sources = new Set(data.sources.map((s) => s.id));
      const zoneIds = new Set<string>();
      const factIds = new Set<string>();
      const issue = (path: PropertyKey[], message: string) => ctx.addIssue({ code: 'custom', path, message });
      const checkEvidence = (list: { source: string }[], path: PropertyKey[]) =>
        list.forEach((e, i) => {
          if (!sources.has(e.source)) issue([...path, i, 'source'], `unknown source "${e.source}"`);
        });
      data.places.forEach((place, p) => {
        const at = ['places', p];
        if (!sources.has(place.source)) issue([...at, 'source'], `unknown source "${place.source}"`);
        if (place.model) {
          if (!models.has(place.model.id)) issue([...at, 'model', 'id'], `unknown model "${place.model.id}"`);
          checkEvidence(place.model.evidence, [...at, 'model', 'evidence']);
        }
        const checkFacts = (
          owner: { measures: { id: string; scope: string; evidence: Evidence[] }[] } & Pick<
            Place,
            'figures' | 'events'
          >,
          base: PropertyKey[],
        ) => {
          const seen = new Set<string>();
          owner.measures.forEach((m, i) => {
            if (!measures.has(m.id)) issue([...base, 'measures', i, 'id'], `unknown measure "${m.id}"`);
            // One claim per measure and scope (a place may hold a measure as a city reform and as city context).
            if (seen.has(`${m.id} ${m.scope}`)) issue([...base, 'measures', i, 'id'], `measure "${m.id}" twice`);
            seen.add(`${m.id} ${m.scope}`);
            checkEvidence(m.evidence, [...base, 'measures', i, 'evidence']);
          });
          for (const key of ['figures', 'events'] as const)
            owner[key].forEach((f, i) => {
              if (factIds.has(f.id)) issue([...base, key, i, 'id'], `duplicate id "${f.id}"`);
              factIds.add(f.id);
              checkEvidence(f.evidence, [...base, key, i, 'evidence']);
            });
        };
        checkFacts(place, at);
        place.people.forEach((person, i) => checkEvidence(person.evidence, [...at, 'people', i, 'evidence']));
        place.zones.forEach((zone, z) => {
          const zat = [...at, 'zones', z];
          if (zoneIds.has(zone.id)) issue([...zat, 'id'], `duplicate zone id "${zone.id}"`);
          zoneIds.add(zone.id);
          if (zone.prefecture !== place.prefecture)
            issue([...zat, 'prefecture'], `zone is in ${zone.prefecture} but its place is ${place.prefecture}`);
          if (zone.district && !inPrefecture(zone.district, zone.prefecture))
            issue([...zat, 'district'], `district ${zone.district} is not in prefecture ${zone.prefecture}`);
          if (zone.parent && !place.zones.some((other) => other.id === zone.parent && other !== zone))
            issue([...zat, 'parent'], `parent "${zone.parent}" is not a zone of this place`);
          if (zone.model) {
            if (!models.has(zone.model.id)) issue([...zat, 'model', 'id'], `unknown model "${zone.model.id}"`);
            checkEvidence(zone.model.evidence, [...zat, 'model', 'evidence']);
          }
          checkEvidence(zone.nameEvidence, [...zat, 'nameEvidence']);
          // `parent`: the article says it of the zone this one belongs to, so only a sub-area may carry it.
          if (!zone.parent) {
            if (zone.model?.scope === 'parent')
              issue([...zat, 'model', 'scope'], 'scope "parent" on a zone without a parent');
            zone.measures.forEach((m, i) => {
              if (m.scope === 'parent')
                issue([...zat, 'measures', i, 'scope'], 'scope "parent" on a zone without a parent');
            });
          }
          checkFacts(zone, zat);
          zone.industries.forEach((ind, i) => {
            if (!sectors.has(ind.sector)) issue([...zat, 'industries', i, 'sector'], `unknown sector "${ind.sector}"`);
            checkEvidence(ind.evidence, [...zat, 'industries', i, 'evidence']);
          });
        });
      });
      const placeIds = new Set(data.places.map((p) => p.id));
      data.tour?.forEach((step, i) => {
        if (step.place && !placeIds.has(step.place)) issue(['tour', i, 'place'], `unknown place "${step.place}"`);
        if (step.zone && !zoneIds.has(step.zone)) issue(['tour', i, 'zone'], `unknown zone "${step.zone}"`);
        step.compare?.forEach((id, k) => {
          if (!zoneIds.has(id)) issue(['tour', i, 'compare', k], `unknown zone "${id}"`);
          if (step.compare!.indexOf(id) !== k) issue(['tour', i, 'compare', k], `zone "${id}" is compared twice`);
        });
        checkEvidence(step.evidence, ['tour', i, 'evidence']);
      });
    }),
  );

/** Search keys computed at build time (pinyin-pro), so the browser needs no pinyin dictionary. */
export const SearchEntry = z.strictObject({ pinyin: z.string(), initials: z.string() });

/** The compact file the app loads: the validated dataset plus the search index by zone id. */
export const AtlasFile = z.strictObject({
  dataset: Dataset,
  search: z.record(z.string(), SearchEntry),
});

/** A link in a user's zones file: http(s) only, so javascript:, data: and the like never reach an href. */
export const HttpUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// link' })
  .check(z.maxLength(2000));

/** A source cited by a user's zones file (docs/user-data.md): a source as above, plus an optional link. */
export const UserSource = z.extend(Source, { url: z.optional(HttpUrl) });

/** A user's zones file once imported (src/lib/features/user-data/io): the dataset's rules, but any number of sources, with links. */
export const UserDataset = z.safeExtend(Dataset, {
  sources: z.array(UserSource).check(z.minLength(1, 'cite at least one source')),
});

/** A published page's data (core/data/published.ts): a user's dataset, as the importer made it, with its search index. */
export const PublishedFile = z.strictObject({
  dataset: UserDataset,
  search: z.record(z.string(), SearchEntry),
});

export type Bilingual = z.infer<typeof Bilingual>;
export type Evidence = z.infer<typeof Evidence>;
export type DateValue = z.infer<typeof DateValue>;
export type Category = z.infer<typeof Category>;
export type Taxonomy = z.infer<typeof Taxonomy>;
export type Source = z.infer<typeof Source>;
export type Person = z.infer<typeof Person>;
export type MeasureRef = z.infer<typeof MeasureRef>;
export type PlaceMeasureRef = z.infer<typeof PlaceMeasureRef>;
export type ModelRef = z.infer<typeof ModelRef>;
export type PlaceModelRef = z.infer<typeof PlaceModelRef>;
export type ZonePassage = z.infer<typeof ZonePassage>;
export type Industry = z.infer<typeof Industry>;
export type Figure = z.infer<typeof Figure>;
export type AtlasEvent = z.infer<typeof Event>;
export type Zone = z.infer<typeof Zone>;
export type Place = z.infer<typeof Place>;
export type TourStep = z.infer<typeof TourStep>;
export type Dataset = z.infer<typeof Dataset>;
export type AtlasFile = z.infer<typeof AtlasFile>;
export type UserSource = z.infer<typeof UserSource>;
export type UserDataset = z.infer<typeof UserDataset>;

/** The municipalities (北京, 天津, 上海, 重庆): their counties (xx02xx, 重庆's 丰都县 500230) belong to the city, xx0100. */
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/**
 * Whether a district or county (6-digit adcode, GB/T 2260) lies in a prefecture: the same first four digits, or a
 * municipality's county in the municipality (500230 丰都县 in 500100 重庆市, as the national layer and divisions.json
 * file them).
 */
export function inPrefecture(district: string, prefecture: string): boolean {
  if (district.slice(0, 4) === prefecture.slice(0, 4)) return true;
  const province = prefecture.slice(0, 2);
  return MUNICIPALITIES.has(province) && prefecture === `${province}0100` && district.startsWith(`${province}02`);
}
