// The prerender's pure parts: which visits get the first view, style attributes to classes, the page's composition.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { firstViewApplies } from '../../src/lib/core/first-view';
import { browserLang } from '../../src/lib/core/i18n/lang';
import { OWNED_PARAMS } from '../../src/lib/core/state/url';
import { composeFirstView, cspHash, styleAttributesToClasses } from '../../scripts/lib/prerender';

const applies = (search: string, languages = ['zh-CN']) =>
  firstViewApplies(search, languages, OWNED_PARAMS, browserLang);

describe('firstViewApplies', () => {
  it('fits the default view in a Chinese browser, light or dark, whatever chat apps append', () => {
    expect(applies('')).toBe(true);
    // The scheme is the head script's to set first; the map draws with its custom properties (map/theme.ts).
    expect(applies('?theme=dark')).toBe(true);
    expect(applies('?isappinstalled=0&scene=1&utm_source=x')).toBe(true);
    expect(applies('', ['zh-TW', 'en'])).toBe(true);
    expect(applies('', ['fr-FR', 'de'])).toBe(true);
  });
  it('leaves every parameter of the URL contract and English browsers to the client', () => {
    for (const key of OWNED_PARAMS) expect(applies(`?${key}=x`), key).toBe(false);
    expect(applies('?lang=zh')).toBe(false);
    expect(applies('', ['en-GB', 'zh-CN'])).toBe(false);
  });
  it('runs from its own source text, as the inline head script does', () => {
    const rebuilt = new Function(`return (${firstViewApplies})`)() as typeof firstViewApplies;
    const lang = new Function(`return (${browserLang})`)() as typeof browserLang;
    expect(rebuilt('?zone=a', ['zh'], OWNED_PARAMS, lang)).toBe(false);
    expect(rebuilt('?scene=1', ['zh'], OWNED_PARAMS, lang)).toBe(true);
    expect(rebuilt('', ['en-US'], OWNED_PARAMS, lang)).toBe(false);
  });
});

describe('styleAttributesToClasses', () => {
  it('moves each distinct style into one class, merged with the class attribute', () => {
    const { markup, css } = styleAttributesToClasses(
      '<span class="swatch a" style="background: #0072B2;"></span><i style="background: #0072B2;"></i>' +
        '<main class="stage" style="--compared: 0;" data-x="a>b"><br/></main>',
    );
    expect(markup).toBe(
      '<span class="swatch a pr-s0"></span><i class="pr-s0"></i><main class="stage pr-s1" data-x="a>b"><br/></main>',
    );
    expect(css).toBe('.pr-s0{background: #0072B2;}\n.pr-s1{--compared: 0;}');
  });
  it('decodes entities in the style value', () => {
    expect(styleAttributesToClasses('<p style="font-family: &quot;Noto&quot;"></p>').css).toBe(
      '.pr-s0{font-family: "Noto"}',
    );
  });
});

describe('composeFirstView', () => {
  const page = (link = '<link rel="stylesheet" crossorigin href="./assets/index-1.css">') =>
    `<html><head><title>t</title>${link}\n    <link rel="preload" href="./atlas-data/atlas.json" as="fetch" crossorigin="anonymous" />\n    <script type="module" crossorigin src="./assets/index-1.js"></script>\n    <link rel="modulepreload" crossorigin href="./assets/a-1.js">\n</head><body><div id="app"><div class="skeleton">…</div></div>\n<noscript>x</noscript></body></html>`;
  it('inlines the stylesheet, adds the head script, keeps the skeleton beside the prerendered app', () => {
    const { html, hashes } = composeFirstView(
      page(),
      { href: './assets/index-1.css', css: 'a{}' },
      { body: '<h1 style="color: red">x</h1>', headScript: 'void 0' },
    );
    expect(html).toContain('<style>a{}\n.pr-s0{color: red}</style>');
    expect(html).toContain('<title>t</title>\n    <script>void 0</script>');
    expect(html).toContain('<div id="boot-skeleton"><div class="skeleton">…</div></div>');
    expect(html).toContain('<div id="app" data-prerendered><h1 class="pr-s0">x</h1></div>');
    expect(html).not.toContain('index-1.css');
    // The code and data for hydration are asked for after the page's own bytes: at the end of the body, in order.
    const tail = html.slice(html.indexOf('<noscript>'));
    expect(html.indexOf('<script type="module"')).toBeGreaterThan(html.indexOf('data-prerendered'));
    expect(tail).toMatch(/atlas\.json[\s\S]*index-1\.js[\s\S]*a-1\.js[\s\S]*<\/body>/);
    expect(html.slice(0, html.indexOf('</head>'))).not.toMatch(/modulepreload|rel="preload"|type="module"/);
    expect(hashes).toEqual({ script: [cspHash('void 0')], style: [cspHash('a{}\n.pr-s0{color: red}')] });
  });
  it('throws when the page lacks the stylesheet or the app element', () => {
    const view = { body: '', headScript: '' };
    expect(() => composeFirstView(page(''), { href: './assets/index-1.css', css: '' }, view)).toThrow(/does not link/);
    expect(() =>
      composeFirstView(page().replace('id="app"', 'id="root"'), { href: './assets/index-1.css', css: '' }, view),
    ).toThrow(/no <div id="app">/);
  });
  it('hashes as CSP Level 2 does: SHA-256 of the UTF-8 text, base64', () => {
    expect(cspHash('开发区')).toBe(`'sha256-${createHash('sha256').update(Buffer.from('开发区')).digest('base64')}'`);
    expect(cspHash('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
});
