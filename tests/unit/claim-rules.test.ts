// The claim rules (docs/data.md, "Claims"): the dataset passes each, and each fails on a variant that breaks it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../scripts/lib/source-data.ts';
import { readArticles } from '../../scripts/lib/evidence.ts';
import {
  cityClaimsOutsidePassages,
  completedWords,
  completedWordsForProposed,
  chineseInEnglish,
  glossaryProblems,
  missingClaimFields,
  parseGlossary,
  readingDisagreements,
  unmarkedInferredYears,
  type ReadingArticle,
} from '../../scripts/lib/claim-rules.ts';
import type { Dataset } from '../../src/lib/core/data/schema.ts';
import { placeContext, resolveZone } from '../../src/lib/core/data/resolve.ts';

const loaded = loadSourceData();
const data = loaded.data!;
const raw = loaded.rawPlaces!;
const glossary = parseGlossary(readFileSync('docs/glossary.md', 'utf8'));
const reading = parse(readFileSync('data/readings/third-reading.yaml', 'utf8')) as ReadingArticle[];
const articles = readArticles(data);
/** A deep copy to break. */
const copy = (): Dataset => structuredClone(data);
const place = (d: Dataset, id: string) => d.places.find((p) => p.id === id)!;
const zone = (d: Dataset, id: string) => d.places.flatMap((p) => p.zones).find((z) => z.id === id)!;
const order = data.taxonomy.measures.map((m) => m.id);

describe('claim fields', () => {
  it('every claim of the dataset has its status, scope and strength as written', () => {
    expect(
      missingClaimFields(
        raw.map((r) => r.value),
        raw.map((r) => r.name),
      ),
    ).toEqual([]);
  });
  it('fails on a measure written without status or strength, and a level without its source', () => {
    const broken = structuredClone(raw.map((r) => r.value)) as { zones: { measures: object[]; level: object }[] }[];
    const zibo = broken[raw.findIndex((r) => r.name === 'places/zibo')]!;
    const m = zibo.zones[0]!.measures[0] as Record<string, unknown>;
    delete m.status;
    delete m.strength;
    delete (zibo.zones[0]!.level as Record<string, unknown>).from;
    const problems = missingClaimFields(
      broken,
      raw.map((r) => r.name),
    );
    expect(problems.map((p) => p.message)).toEqual(['claim without status, strength', 'claim without from']);
    expect(problems[0]!.where).toMatch(/^places\/zibo › zones\[0\] \(zibo-edz\) › measures\[0\] \(scope-upgrade\)$/);
  });
});

describe.runIf(articles)('city claims and the passages about zones', () => {
  it('every city claim of the dataset quotes a passage about its zones', () => {
    expect(cityClaimsOutsidePassages(data, articles!)).toEqual([]);
  });
  it('fails on a city campaign made a city claim (Zibo task 1, approvals)', () => {
    const d = copy();
    const approvals = place(d, 'zibo').measures.find((m) => m.id === 'devolved-powers')!;
    approvals.scope = 'city';
    expect(cityClaimsOutsidePassages(d, articles!).map((p) => p.where)).toEqual([
      'places/zibo › measures[5] (devolved-powers)',
    ]);
  });
  it('fails on a city claim on a place with no passages, and on a passage not in the article', () => {
    const d = copy();
    place(d, 'linfen').zonePassages = [];
    place(d, 'qingdao').zonePassages[0]!.from = '并不存在的一句话';
    const messages = cityClaimsOutsidePassages(d, articles!).map((p) => p.message);
    expect(messages).toContain('a city claim, but the place lists no zonePassages: is it context?');
    expect(messages).toContain('“并不存在的一句话” is not in the article');
  });
});

describe('inheritance follows scope', () => {
  it('a Zibo zone inherits the city claims of the zone tasks, never the city’s own campaigns', () => {
    const zibo = place(data, 'zibo');
    const edz = resolveZone(zone(data, 'zibo-edz'), zibo, order);
    const ids = edz.measures.map((m) => m.id);
    expect(ids).toContain('market-operation');
    expect(ids).not.toContain('devolved-powers');
    expect(ids).not.toContain('opening-ftz');
    expect(edz.measures.find((m) => m.id === 'market-operation')!.evidence.map((e) => e.quote)).not.toContain(
      '加快推进市属国有企业集团组建工作',
    );
    expect(placeContext(zibo).map((m) => m.id)).toEqual([
      'market-operation',
      'devolved-powers',
      'investment-attraction',
      'opening-ftz',
    ]);
  });
  it('a sub-area’s inherited measures come from its parent zone by id, not “the city”', () => {
    const xishan = place(data, 'xishan');
    const lake = resolveZone(zone(data, 'wanshan-lake-science-city'), xishan, order);
    expect(lake.measures.length).toBeGreaterThan(0);
    for (const m of lake.measures) expect([m.scope, m.origin, m.parentId]).toEqual(['parent', 'parent', 'xishan-etdz']);
  });
  it('statuses reach the zone: Yantai’s calls are proposed, Qingdao’s reform in place, Linfen’s model in progress', () => {
    const status = (id: string) =>
      resolveZone(
        zone(data, id),
        data.places.find((p) => p.zones.some((z) => z.id === id))!,
        order,
      );
    expect(new Set(status('yantai-etdz').measures.map((m) => m.status))).toEqual(new Set(['proposed']));
    expect(new Set(status('qingdao-hi-tech-zone').measures.map((m) => m.status))).toEqual(new Set(['in-place']));
    expect(status('houma-edz').model).toMatchObject({
      id: 'three-modernisations',
      status: 'in-progress',
      scope: 'city',
    });
  });
});

describe('inferred years in the tour', () => {
  it('every inferred year the tour prints is marked', () => {
    expect(unmarkedInferredYears(data)).toEqual([]);
  });
  it('fails on an inferred year printed plain (Yantai, 2019)', () => {
    const d = copy();
    const step = d.tour!.find((s) => s.place === 'yantai')!;
    step.caption = { zh: '烟台，2019年9月：动员会。', en: 'Yantai, September 2019: a meeting.' };
    const problems = unmarkedInferredYears(d);
    expect(problems.map((p) => p.where)).toEqual([
      `tour › steps[${d.tour!.indexOf(step)}].caption.zh`,
      `tour › steps[${d.tour!.indexOf(step)}].caption.en`,
    ]);
  });
  it('a year the article prints needs no mark (Qingdao, 2019年以来)', () => {
    const d = copy();
    d.tour!.find((s) => s.place === 'qingdao')!.caption.en = 'Qingdao, since 2019: reform.';
    expect(unmarkedInferredYears(d)).toEqual([]);
  });
});

describe('plans told as plans', () => {
  it('no caption, note or label of the dataset tells a proposed claim as done', () => {
    expect(completedWordsForProposed(data)).toEqual([]);
  });
  it('fails on a plan in the past tense (“merged departments”, 新设立)', () => {
    const d = copy();
    const step = d.tour!.find((s) => s.zone === 'yantai-etdz')!;
    step.caption = {
      zh: '烟台开发区：已深化“大部制”。',
      en: 'Yantai ETDZ: merged departments, social roles handed off.',
    };
    const note = zone(d, 'zibo-advanced-manufacturing').measures[0]!;
    note.note = { zh: '新设立的功能区。', en: 'A newly created functional area.' };
    const where = completedWordsForProposed(d).map((p) => `${p.where}: ${p.message}`);
    expect(where.some((w) => /caption\.en: .*“handed”, “merged”/.test(w))).toBe(true);
    expect(where.some((w) => /caption\.zh: .*“已”/.test(w))).toBe(true);
    expect(where.some((w) => /zibo-advanced-manufacturing.*note\.zh: .*“新设立”/.test(w))).toBe(true);
  });
  it('an infinitive is a plan: “to set up”, “to be redrawn” pass; “set up” and “redrawn” do not', () => {
    expect(completedWords('the city is to set up a zone and its area is to be redrawn', 'en')).toEqual([]);
    expect(completedWords('the city set up a zone; its area was redrawn', 'en')).toEqual(['redrawn', 'set up']);
  });
});

describe('one English term per taxonomy item', () => {
  it('the dataset uses the glossary’s terms only', () => {
    expect(glossary.length).toBeGreaterThan(30);
    expect(glossaryProblems(data, glossary)).toEqual([]);
  });
  it('fails on a second form of a term and on a label that is not the glossary’s', () => {
    const d = copy();
    d.tour![1]!.notes!.en = 'the “three-modernisation, three-system” reform; county appraisals';
    d.taxonomy.measures.find((m) => m.id === 'devolved-powers')!.label.en = 'Devolved powers';
    const messages = glossaryProblems(d, glossary).map((p) => p.message);
    expect(messages).toContain("“Devolved powers”: the glossary's term is “Delegated powers and approvals”");
    expect(messages.filter((m) => /three-modernisation|three-system/.test(m))).toHaveLength(2);
    expect(messages.some((m) => m.startsWith('“appraisal”'))).toBe(true);
  });
});

describe('each language speaks its own', () => {
  it('no English text of the dataset holds Chinese', () => {
    expect(chineseInEnglish(data)).toEqual([]);
  });
  it('fails on Chinese inside an English label', () => {
    const d = copy();
    place(d, 'zibo').events[1]!.label.en = 'The list appears in 掌握鲁中';
    expect(chineseInEnglish(d).map((p) => p.where)).toEqual(['places/zibo › events[1].label']);
  });
});

describe('the third reading', () => {
  it('the dataset agrees with every decision of the third reading', () => {
    expect(readingDisagreements(data, reading)).toEqual([]);
  });
  it('fails on a status other than the reading’s, a doubted claim kept, and a kept claim left out', () => {
    const d = copy();
    zone(d, 'yantai-etdz').measures[0]!.status = 'in-place';
    zone(d, 'xishan-etdz').measures.push({
      id: 'fiscal-land',
      status: 'proposed',
      scope: 'zone',
      strength: 'implied',
      reason: { zh: '资源收储', en: 'land reserve' },
      evidence: [{ source: '002_0ff76321841cd5ab', quote: '要加大资源收储力度' }],
    });
    place(d, 'qingdao').figures.pop();
    const messages = readingDisagreements(d, reading).map((p) => `${p.where}: ${p.message}`);
    expect(messages).toContain(
      'yantai-etdz | measure | streamlining | zone: status in-place, but the third reading says proposed',
    );
    expect(messages).toContain(
      'xishan-etdz | measure | fiscal-land | zone: the third reading says “doubtful”: leave it out',
    );
    expect(messages.some((m) => /^place:qingdao \| figure \| .*missing from the atlas/.test(m))).toBe(true);
  });
});
