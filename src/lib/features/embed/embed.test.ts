// Embed helpers: resize messages in pym / Datawrapper / own formats, the only parent message read, captions, snippet.
import { describe, expect, it, vi } from 'vitest';
import { embedIds, heightMessages, isPymWidthMessage } from './resize';
import { embedCaptions, fullMapUrl } from './captions';
import { embedPage, embedSnippet, embedUrl, type EmbedOptions } from './snippet';
import { editorNotices, parseEmbedNotices } from './notices';
import { baseSearch, listenToHost, parseHostMessage, parseHostStep, stepSearch } from './host-steps';

describe('embedIds', () => {
  it.each<[string, { childId: string | null; embedId: string }]>([
    ['', { childId: null, embedId: 'zone-reform-atlas' }],
    ['?childId=atlas', { childId: 'atlas', embedId: 'zone-reform-atlas' }],
    ['?childId=a%22b&embedId=x y', { childId: null, embedId: 'zone-reform-atlas' }],
    [`?embedId=${'a'.repeat(65)}`, { childId: null, embedId: 'zone-reform-atlas' }],
    ['?embedId=story-1', { childId: null, embedId: 'story-1' }],
  ])('%s', (search, expected) => {
    expect(embedIds(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('heightMessages', () => {
  it('speaks pym (with a child id), Datawrapper and iframe.resize, in whole pixels', () => {
    expect(heightMessages(512.2, { childId: 'atlas', embedId: 'e1' }, 'https://x/')).toEqual([
      'pymxPYMxatlasxPYMxheightxPYMx513',
      { 'datawrapper-height': { e1: 513 } },
      { context: 'iframe.resize', height: 513, src: 'https://x/' },
    ]);
  });
  it('leaves pym out without a pym child id', () => {
    expect(heightMessages(300, { childId: null, embedId: 'e1' }, 'u')).toHaveLength(2);
  });
});

describe('isPymWidthMessage', () => {
  it.each<[unknown, string | null, boolean]>([
    ['pymxPYMxatlasxPYMxwidthxPYMx640', 'atlas', true],
    ['pymxPYMxatlasxPYMxwidthxPYMx640.5', 'atlas', true],
    ['pymxPYMxotherxPYMxwidthxPYMx640', 'atlas', false],
    ['pymxPYMxatlasxPYMxheightxPYMx640', 'atlas', false],
    ['pymxPYMxatlasxPYMxwidthxPYMx<script>', 'atlas', false],
    ['pymxPYMxatlasxPYMxwidthxPYMx640', null, false],
    [{ width: 640 }, 'atlas', false],
    [`pymxPYMxatlasxPYMxwidthxPYMx${'9'.repeat(300)}`, 'atlas', false],
  ])('%j for child %s → %s', (data, child, expected) => {
    expect(isPymWidthMessage(data, child)).toBe(expected);
  });
});

describe('embedCaptions', () => {
  it.each<[string, { title: string | null; subtitle: string | null; source: string | null }]>([
    ['', { title: null, subtitle: null, source: null }],
    ['?title=%20Hi%20%20there%20', { title: 'Hi there', subtitle: null, source: null }],
    ['?title=<b>x</b>&source=AP', { title: '<b>x</b>', subtitle: null, source: 'AP' }],
    ['?subtitle=a%E2%80%AEb%00c', { title: null, subtitle: 'a b c', source: null }],
    [`?title=${'长'.repeat(200)}`, { title: `${'长'.repeat(159)}…`, subtitle: null, source: null }],
  ])('%s', (search, expected) => {
    expect(embedCaptions(new URLSearchParams(search))).toEqual(expected);
  });
});

describe('fullMapUrl', () => {
  it('keeps the view’s state and drops the embed’s and host’s parameters', () => {
    expect(
      fullMapUrl(
        'https://n.example/atlas/?view=embed&zone=a&model=x,y&title=T&childId=c&initialWidth=600&lang=en',
        'en',
      ),
    ).toBe('https://n.example/atlas/?zone=a&model=x,y&lang=en');
  });
  it('goes from the embed’s own page to the app’s folder, whose page has the first view', () => {
    expect(fullMapUrl('https://n.example/atlas/embed.html?view=embed&zone=a', 'en')).toBe(
      'https://n.example/atlas/?zone=a&lang=en',
    );
  });
  it('writes the language on screen, so the address is never bare', () => {
    expect(fullMapUrl('https://cdn.example/news/map.html?view=embed', 'zh')).toBe(
      'https://cdn.example/news/map.html?lang=zh',
    );
  });
});

describe('embed snippet', () => {
  const options: EmbedOptions = {
    height: 'auto',
    fixedHeight: 600,
    lang: 'en',
    theme: 'auto',
    title: '',
    subtitle: '',
    source: '',
  };
  const app = 'https://n.example/atlas/?zone=yantai-etdz&q=yt&lang=zh&model=a,b';
  it('builds the embed URL from the current view, the chosen language and the captions', () => {
    expect(embedUrl(app, { ...options, title: 'A & B' })).toBe(
      'https://n.example/atlas/?view=embed&zone=yantai-etdz&model=a,b&lang=en&title=A+%26+B',
    );
    expect(embedUrl(app, { ...options, lang: null })).not.toContain('lang=');
    // A theme fixed for a host page goes in; auto (the reader's system) writes nothing.
    expect(embedUrl(app, { ...options, theme: 'dark' })).toContain('&theme=dark');
    expect(embedUrl(`${app}&theme=light`, options)).not.toContain('theme=');
  });
  it('embeds the hosted app from its embed page; any other page as it is', () => {
    expect(embedPage(app)).toBe('https://n.example/atlas/embed.html?zone=yantai-etdz&q=yt&lang=zh&model=a,b');
    expect(embedPage('https://n.example/atlas/index.html?zone=a')).toBe('https://n.example/atlas/embed.html?zone=a');
    expect(embedPage('https://cdn.example/news/map.html?zone=a')).toBe('https://cdn.example/news/map.html?zone=a');
    expect(embedUrl(embedPage(app), options)).toMatch(/^https:\/\/n\.example\/atlas\/embed\.html\?view=embed&/);
  });
  it('auto height adds the loader from the app’s own folder; fixed height is one iframe', () => {
    const auto = embedSnippet(app, options, 'Atlas');
    expect(auto).toContain('<script src="https://n.example/atlas/embed.js" async></script>');
    expect(auto).toContain('data-zone-reform-atlas');
    const fixed = embedSnippet(app, { ...options, height: 'fixed', fixedHeight: 99999 }, 'Atlas');
    expect(fixed).not.toContain('<script');
    expect(fixed).toContain('height="2000"');
  });
  it('sizes the iframe by attributes, never a style attribute a strict page would drop; auto starts at the measured height', () => {
    for (const s of [
      embedSnippet(app, options, 'Atlas', 712.4),
      embedSnippet(app, { ...options, height: 'fixed' }, 'A'),
    ]) {
      expect(s).not.toMatch(/style=/);
      expect(s).toContain('width="100%"');
      expect(s).toContain('frameborder="0"');
    }
    expect(embedSnippet(app, options, 'Atlas', 712.4)).toContain('height="752"');
    expect(embedSnippet(app, options, 'Atlas')).toContain('height="560"');
    expect(embedSnippet(app, options, 'Atlas', 40)).toContain('height="300"');
  });
  it('escapes every value it writes into attributes', () => {
    const s = embedSnippet(app, { ...options, title: '"><script>alert(1)</script>' }, 'Atlas');
    expect(s).not.toContain('<script>alert');
    expect(s).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
  });
});

describe('editors see problems, readers do not', () => {
  it('writes each notice to the console once and posts them only to a same-origin parent', () => {
    const posts: [unknown, string][] = [];
    const parent = {
      postMessage: (m: unknown, origin: string) => posts.push([m, origin]),
      location: { origin: 'https://n.example' },
    };
    const win = { parent, location: { origin: 'https://n.example' } } as unknown as Window;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    editorNotices(win, [{ id: 1, text: 'zone “x” was dropped' }]);
    editorNotices(win, [
      { id: 1, text: 'zone “x” was dropped' },
      { id: 2, text: 'Loaded 3 zones' },
    ]);
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      '[Zone Reform Atlas] zone “x” was dropped',
      '[Zone Reform Atlas] Loaded 3 zones',
    ]);
    expect(posts.at(-1)).toEqual([
      { context: 'atlas.embed-notices', texts: ['zone “x” was dropped', 'Loaded 3 zones'] },
      'https://n.example',
    ]);
    // A news site's page (another origin: reading its location throws) is never posted to.
    const host = {
      postMessage: (m: unknown, origin: string) => posts.push([m, origin]),
      get location(): Location {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    };
    const framed = { parent: host, location: { origin: 'https://n.example' } } as unknown as Window;
    const before = posts.length;
    editorNotices(framed, [{ id: 3, text: 'x' }]);
    expect(posts.length).toBe(before);
    warn.mockRestore();
  });
  it('reads only its own message shape', () => {
    expect(parseEmbedNotices({ context: 'atlas.embed-notices', texts: ['a'] })).toEqual(['a']);
    for (const bad of [null, 'x', { context: 'atlas.embed-notices', texts: [1] }, { context: 'other', texts: [] }])
      expect(parseEmbedNotices(bad)).toBeNull();
  });
});

describe('host story steps (embed.js → the embed)', () => {
  it.each<[string, ReturnType<typeof parseHostStep>]>([
    ['7', { kind: 'tour', step: 7 }],
    [' 12 ', { kind: 'tour', step: 12 }],
    ['0', null],
    ['1234', null],
    // Before the first paragraph, embed.js sends an empty value: the frame's own view.
    ['', { kind: 'own' }],
    ['zone=qingdao-blue-valley', { kind: 'view', search: 'zone=qingdao-blue-valley', highlight: [] }],
    ['?compare=a,b&lang=en&view=present', { kind: 'view', search: 'compare=a%2Cb', highlight: [] }],
    ['model=statutory-body&match=all', { kind: 'view', search: 'model=statutory-body&match=all', highlight: [] }],
    ['highlight=a, b,,c', { kind: 'view', search: '', highlight: ['a', 'b', 'c'] }],
    // Only the view: the page's layout, language, data and theme are the host's iframe src, never a step's.
    ['data=/x.csv&theme=dark&title=<b>', null],
    [`zone=${'a'.repeat(600)}`, null],
  ])('%j', (value, expected) => {
    expect(parseHostStep(value)).toEqual(expected);
  });

  it('reads only the two story messages, strictly', () => {
    expect(parseHostMessage({ context: 'atlas.story', layout: 'behind' })).toEqual({
      context: 'atlas.story',
      layout: 'behind',
    });
    expect(parseHostMessage({ context: 'atlas.story', layout: 'float' })).toBeNull();
    expect(parseHostMessage({ context: 'atlas.step', step: 3 })).toBeNull();
    // A value that says nothing showable is kept to be told to the editor, shortened.
    expect(parseHostMessage({ context: 'atlas.step', step: `<b>${'x'.repeat(100)}` })).toEqual({
      context: 'atlas.step',
      step: null,
      value: `<b>${'x'.repeat(77)}`,
    });
    expect(parseHostMessage({ context: 'atlas.step', step: '3' })).toEqual({
      context: 'atlas.step',
      step: { kind: 'tour', step: 3 },
    });
    for (const junk of [null, 'atlas.step', [], { context: 'iframe.resize', height: 3 }, { step: '3' }])
      expect(parseHostMessage(junk)).toBeNull();
  });

  it('a step replaces the previous step’s view and keeps the page’s own parameters', () => {
    const page = 'view=embed&lang=en&theme=dark&title=T&zone=a&model=m';
    expect(stepSearch(page, { kind: 'view', search: 'compare=b%2Cc', highlight: [] })).toBe(
      'view=embed&lang=en&theme=dark&title=T&compare=b%2Cc',
    );
    expect(stepSearch(page, { kind: 'view', search: '', highlight: ['x'] })).toBe(
      'view=embed&lang=en&theme=dark&title=T',
    );
    expect(baseSearch(page)).toBe('view=embed&lang=en&theme=dark&title=T');
  });

  it('listens to its parent only, and says it is ready (again when greeted)', () => {
    const handlers: ((e: MessageEvent) => void)[] = [];
    const posts: unknown[] = [];
    const parent = { postMessage: (m: unknown) => posts.push(m) };
    const win = {
      parent,
      addEventListener: (_: string, h: (e: MessageEvent) => void) => handlers.push(h),
      removeEventListener: vi.fn(),
    } as unknown as Window;
    const got: unknown[] = [];
    const stop = listenToHost(win, (m) => got.push(m));
    expect(posts).toEqual([{ context: 'atlas.ready' }]);
    const send = (source: unknown, data: unknown) => handlers[0]!({ source, data } as MessageEvent);
    send({}, { context: 'atlas.step', step: '2' });
    expect(got).toEqual([]);
    send(parent, { context: 'atlas.step', step: '2' });
    expect(got).toEqual([{ context: 'atlas.step', step: { kind: 'tour', step: 2 } }]);
    send(parent, { context: 'atlas.hello' });
    expect(posts).toHaveLength(2);
    stop();
    expect(win.removeEventListener).toHaveBeenCalled();
  });
});
