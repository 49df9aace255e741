// The dataset: schema validity, a dozen broken variants with their messages, evidence found in the articles, inheritance, ids.
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../scripts/lib/source-data.ts';
import { collectQuotes, missingQuotes, readArticles, describeMissing, seedsDir } from '../../scripts/lib/evidence.ts';
import { readFileSync } from 'node:fs';
import { AtlasFile, Dataset } from '../../src/lib/core/data/schema.ts';
import { loadDataset } from '../../src/lib/core/data/load.ts';
import { resolveZone } from '../../src/lib/core/data/resolve.ts';
import { syntheticAtlasJson } from '../../bench/synthetic.ts';

const { data, errors } = loadSourceData();
if (!data) throw new Error(`dataset invalid: ${JSON.stringify(errors)}`);
const dataset = data;
const zones = dataset.places.flatMap((p) => p.zones.map((z) => ({ zone: z, place: p })));
const measureOrder = dataset.taxonomy.measures.map((m) => m.id);

describe('the dataset', () => {
  it('validates against the schema', () => {
    expect(errors).toEqual([]);
  });

  it('is built as the schema parses it, so the browser need not parse it (issue 36)', () => {
    const built = JSON.parse(readFileSync('data/build/atlas.json', 'utf8'));
    expect(AtlasFile.parse(built)).toEqual(built);
  });

  it('the bench’s synthetic atlas is written the same way (the app it times parses nothing)', () => {
    const synthetic = JSON.parse(syntheticAtlasJson('data/build/atlas.json', 'data/basemap.topo.json', { zones: 200 }));
    expect(AtlasFile.parse(synthetic)).toEqual(synthetic);
  });

  it('a file that is not the atlas dataset is refused with a clear message', async () => {
    const fetcher = (async () => new Response('{"places":[]}')) as typeof fetch;
    await expect(loadDataset('./atlas-data/atlas.json', fetcher)).rejects.toThrow('not the atlas dataset');
  });

  it.each([
    '烟台经济技术开发区',
    '栖霞经济开发区',
    '淄博经济开发区',
    '张店东部化工区',
    '淄博先进制造业创新示范区',
    '锡山经济技术开发区',
    '宛山湖科技城',
    '临汾经济开发区',
    '侯马经济开发区',
    '洪洞经济开发区',
    '青岛蓝谷',
    '青岛邮轮港区',
    '青岛前湾保税港区（青岛自贸片区）',
    '中国—上合组织地方经贸合作示范区',
    '青岛高新区',
  ])('has the zone %s', (name) => {
    expect(zones.map(({ zone }) => zone.name.zh)).toContain(name);
  });

  it('has one place per article', () => {
    expect(dataset.places.map((p) => p.source).sort()).toEqual(dataset.sources.map((s) => s.id).sort());
  });

  it('gives every zone and fact a unique id', () => {
    const ids = zones.map(({ zone }) => zone.id);
    expect(new Set(ids).size).toBe(ids.length);
    const facts = dataset.places.flatMap((p) => [
      ...p.figures,
      ...p.events,
      ...p.zones.flatMap((z) => [...z.figures, ...z.events]),
    ]);
    expect(new Set(facts.map((f) => f.id)).size).toBe(facts.length);
  });

  it('labels every category in use in both languages', () => {
    const used = new Set<string>();
    for (const { zone, place } of zones) {
      const r = resolveZone(zone, place, measureOrder);
      used.add(r.model.id);
      r.measures.forEach((m) => used.add(m.id));
      zone.industries.forEach((i) => used.add(i.sector));
    }
    const all = [...dataset.taxonomy.models, ...dataset.taxonomy.measures, ...dataset.taxonomy.sectors];
    for (const id of used) {
      const cat = all.find((c) => c.id === id);
      expect(cat, id).toBeDefined();
      expect(
        cat!.label.zh.length * cat!.label.en.length * cat!.definition.zh.length * cat!.definition.en.length,
        id,
      ).toBeGreaterThan(0);
    }
    expect(measureOrder.length).toBeGreaterThanOrEqual(10);
    expect(measureOrder.length).toBeLessThanOrEqual(14);
  });

  it('marks inferred years with a reason', () => {
    const events = dataset.places.flatMap((p) => p.events);
    const yantai = events.find((e) => e.id === 'yantai-mobilisation-meeting')!;
    expect(yantai.date.inferred?.en).toMatch(/2019/);
    expect(events.find((e) => e.id === 'qingdao-online-publication')!.date.inferred).toBeUndefined();
  });
});

describe('evidence', () => {
  const articles = readArticles(dataset);
  if (articles)
    it('finds every quote verbatim in its normalised article', () => {
      const missing = missingQuotes(collectQuotes(dataset), articles);
      expect(missing.map(describeMissing)).toEqual([]);
    });
  else {
    console.log(`Skipping the quote check: no article folder at ${seedsDir()} (set ATLAS_SEEDS_DIR to check quotes).`);
    it.skip(`quotes (no article folder at ${seedsDir()})`, () => {});
  }

  it('names the zone, field and quote when a quote is not found', () => {
    const broken = structuredClone(dataset);
    broken.places[4]!.zones[0]!.model!.evidence[0]!.quote = '青岛蓝谷实行公司制';
    const texts = new Map([[broken.places[4]!.source, '青岛蓝谷、青岛邮轮港区实行“法定机构”体制']]);
    const missing = missingQuotes(
      collectQuotes(broken).filter((s) => s.evidence.source === broken.places[4]!.source),
      texts,
    );
    expect(missing.map(describeMissing)).toContain(
      'zone qingdao-blue-valley › model (statutory-body): quote not found in 004_772b24d4fb950dc7: “青岛蓝谷实行公司制”',
    );
  });
});

describe('inheritance', () => {
  const find = (id: string) => zones.find(({ zone }) => zone.id === id)!;
  const resolve = (id: string) => {
    const { zone, place } = find(id);
    return resolveZone(zone, place, measureOrder);
  };
  it.each([
    ['qingdao-blue-valley', 'statutory-body', 'stated'],
    ['qingdao-cruise-port', 'statutory-body', 'stated'],
    ['qingdao-hi-tech-zone', 'committee-plus-company', 'inherited'],
    ['qingdao-sco-demonstration-zone', 'committee-plus-company', 'inherited'],
    ['houma-edz', 'three-modernisations', 'inherited'],
    ['xishan-etdz', 'de-administration-market', 'stated'],
    ['wanshan-lake-science-city', 'de-administration-market', 'inherited'],
    ['yantai-etdz', 'committee-plus', 'stated'],
    ['qixia-edz', 'not-stated', 'stated'],
    ['zibo-edz', 'not-stated', 'stated'],
  ])('%s runs %s (%s)', (id, model, provenance) => {
    expect(resolve(id).model).toMatchObject({ id: model, provenance });
  });

  it.each([
    ['qingdao-hi-tech-zone', 'fiscal-land', 'inherited'],
    ['qingdao-qianwan-bonded-port', 'opening-ftz', 'stated'],
    ['linfen-edz', 'performance-exit', 'inherited'],
    ['hongtong-edz', 'performance-exit', 'inherited'],
    ['zibo-edz', 'scope-upgrade', 'stated'],
    ['zibo-edz', 'personnel-pay', 'inherited'],
    ['wanshan-lake-science-city', 'personnel-pay', 'inherited'],
    ['yantai-etdz', 'social-functions', 'stated'],
  ])('%s: %s is %s', (id, measure, provenance) => {
    expect(resolve(id).measures.find((m) => m.id === measure)).toMatchObject({ provenance });
  });

  it('does not pass a single zone’s measures to its partner zone', () => {
    expect(resolve('qixia-edz').measures.map((m) => m.id)).toEqual(['host-cooperation']);
  });

  it('returns measures in taxonomy order', () => {
    const ids = resolve('qingdao-blue-valley').measures.map((m) => m.id);
    expect(ids).toEqual([...ids].sort((a, b) => measureOrder.indexOf(a) - measureOrder.indexOf(b)));
  });
});

describe('schema rejects broken data with a plain message', () => {
  type Mutate = (d: ReturnType<typeof structuredClone<typeof dataset>>) => void;
  const zone0 = (d: typeof dataset) => d.places[0]!.zones[0]!;
  const cases: [string, Mutate, string, string][] = [
    ['a long quote', (d) => (zone0(d).nameEvidence[0]!.quote = '长'.repeat(61)), 'longer than 60', 'quote'],
    ['a bad source id', (d) => (zone0(d).nameEvidence[0]!.source = 'article-1'), 'seed file name', 'source'],
    [
      'an unknown source',
      (d) => (zone0(d).nameEvidence[0]!.source = '009_0000000000000000'),
      'unknown source',
      'source',
    ],
    ['no evidence', (d) => (zone0(d).measures[0]!.evidence = []), 'at least one quote', 'evidence'],
    ['an unknown measure', (d) => (zone0(d).measures[0]!.id = 'tax-holiday'), 'unknown measure "tax-holiday"', 'id'],
    [
      'an unknown model',
      (d) => (zone0(d).model = { id: 'soviet', status: 'in-place', scope: 'zone', evidence: zone0(d).nameEvidence }),
      'unknown model',
      'id',
    ],
    ['a duplicate zone id', (d) => (d.places[1]!.zones[0]!.id = zone0(d).id), 'duplicate zone id', 'id'],
    ['a bad adcode', (d) => (zone0(d).prefecture = '3706'), '6-digit administrative code', 'prefecture'],
    ['a zone in another city', (d) => (zone0(d).prefecture = '370200'), 'but its place is 370600', 'prefecture'],
    ['a bad slug', (d) => (zone0(d).id = 'Yantai ETDZ'), 'lowercase slug', 'id'],
    ['a bad date', (d) => (d.places[0]!.events[0]!.date.value = '2019/09/06'), 'YYYY-MM-DD', 'value'],
    [
      'a mismatched precision',
      (d) => (d.places[0]!.events[0]!.date.precision = 'year'),
      'precision does not match',
      'date',
    ],
    ['an empty English name', (d) => (zone0(d).name.en = ''), 'English text is empty', 'en'],
    ['a point outside China', (d) => (zone0(d).location.lngLat = [2.35, 48.85]), 'Too small', '0'],
    ['an unknown field', (d) => Object.assign(zone0(d), { colour: 'red' }), 'Unrecognized key', ''],
    ['a missing parent', (d) => (zone0(d).parent = 'nowhere'), 'parent "nowhere"', 'parent'],
    [
      'a tour comparison of five',
      (d) => (d.tour!.at(-1)!.compare = ['yantai-etdz', 'qixia-edz', 'zibo-edz', 'xishan-etdz', 'linfen-edz']),
      'Too big',
      'compare',
    ],
    ['a tour comparison of one', (d) => (d.tour!.at(-1)!.compare = ['yantai-etdz']), 'Too small', 'compare'],
    ['a compared zone unknown', (d) => (d.tour!.at(-1)!.compare![1] = 'atlantis'), 'unknown zone "atlantis"', '1'],
    ['a zone compared twice', (d) => (d.tour!.at(-1)!.compare = ['yantai-etdz', 'yantai-etdz']), 'compared twice', '1'],
    ['a step with a zone and a comparison', (d) => (d.tour!.at(-1)!.zone = 'yantai-etdz'), 'not two of them', ''],
    [
      'an unknown status',
      (d) => ((zone0(d).measures[0]! as { status: string }).status = 'done'),
      'Invalid option',
      'status',
    ],
    [
      'a target that is not a figure',
      (d) => ((zone0(d).measures[0]! as { status: string }).status = 'target'),
      'Invalid option',
      'status',
    ],
    [
      'a context scope written on a zone',
      (d) => ((zone0(d).measures[0]! as { scope: string }).scope = 'context'),
      'Invalid option',
      'scope',
    ],
    [
      'a parent scope on a zone without a parent',
      (d) => ((zone0(d).measures[0]! as { scope: string }).scope = 'parent'),
      'without a parent',
      'scope',
    ],
    [
      'an implied measure without a reason',
      (d) => Object.assign(zone0(d).measures[0]!, { strength: 'implied', reason: undefined }),
      'needs a reason',
      'reason',
    ],
    [
      'a measure twice with one scope',
      (d) => zone0(d).measures.push(structuredClone(zone0(d).measures[0]!)),
      'twice',
      'id',
    ],
  ];
  it.each(cases)('%s', (_name, mutate, message, lastPath) => {
    const broken = structuredClone(dataset);
    mutate(broken);
    const result = Dataset.safeParse(broken);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.message.includes(message));
    expect(issue, JSON.stringify(result.error!.issues.map((i) => i.message))).toBeDefined();
    if (lastPath) expect(String(issue!.path.at(-1) ?? '')).toBe(lastPath);
  });
});
