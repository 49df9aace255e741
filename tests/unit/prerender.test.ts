// The prerender's pure parts: which visits get the first view, style attributes to classes, the page's composition.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { firstViewLang } from '../../src/lib/core/first-view';
import { browserLang } from '../../src/lib/core/i18n/lang';
import { OWNED_PARAMS } from '../../src/lib/core/state/url';
import { composeFirstView, cspHash, styleAttributesToClasses, SWAP_SCRIPT } from '../../scripts/lib/prerender';

const lang = (search: string, languages = ['zh-CN']) => firstViewLang(search, languages, OWNED_PARAMS, browserLang);

describe('firstViewLang', () => {
  it('fits the default view in a Chinese browser, light or dark, whatever chat apps append', () => {
    expect(lang('')).toBe('zh');
    // The scheme is the head script's to set first; the map draws with its custom properties (map/theme.ts).
    expect(lang('?theme=dark')).toBe('zh');
    expect(lang('?isappinstalled=0&scene=1&utm_source=x')).toBe('zh');
    expect(lang('', ['zh-TW', 'en'])).toBe('zh');
    expect(lang('', ['fr-FR', 'de'])).toBe('zh');
  });
  it('gives English browsers and lang= links the view in their language', () => {
    expect(lang('', ['en-GB', 'zh-CN'])).toBe('en');
    expect(lang('?lang=en')).toBe('en');
    expect(lang('?lang=zh', ['en-US'])).toBe('zh');
    expect(lang('?lang=fr')).toBeNull();
  });
  it('leaves every other parameter of the URL contract to the client', () => {
    for (const key of OWNED_PARAMS.filter((k) => k !== 'lang')) expect(lang(`?${key}=x`), key).toBeNull();
    expect(lang('?lang=en&zone=linfen-edz')).toBeNull();
  });
  it('runs from its own source text, as the inline head script does', () => {
    const rebuilt = new Function(`return (${firstViewLang})`)() as typeof firstViewLang;
    const pick = new Function(`return (${browserLang})`)() as typeof browserLang;
    expect(rebuilt('?zone=a', ['zh'], OWNED_PARAMS, pick)).toBeNull();
    expect(rebuilt('?scene=1', ['zh'], OWNED_PARAMS, pick)).toBe('zh');
    expect(rebuilt('', ['en-US'], OWNED_PARAMS, pick)).toBe('en');
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
      { body: { zh: '<h1 style="color: red">x</h1>', en: '<h1 style="color: blue">y</h1>' }, headScript: 'void 0' },
    );
    expect(html).toContain('<style>a{}\n.pr-s0{color: red}\n.pr-e0{color: blue}</style>');
    expect(html).toContain('<title>t</title>\n    <script>void 0</script>');
    expect(html).toContain('<div id="boot-skeleton"><div class="skeleton">…</div></div>');
    expect(html).toContain('<div id="app" data-prerendered><h1 class="pr-s0">x</h1></div>');
    // The English view waits beside it for the swap script (an English visit: the head script's data-first-view).
    expect(html).toContain(
      `<template id="first-view-en"><h1 class="pr-e0">y</h1></template>\n    <script>${SWAP_SCRIPT}</script>`,
    );
    expect(html).not.toContain('index-1.css');
    // The code and data for hydration are asked for after the page's own bytes: at the end of the body, in order.
    const tail = html.slice(html.indexOf('<noscript>'));
    expect(html.indexOf('<script type="module"')).toBeGreaterThan(html.indexOf('data-prerendered'));
    expect(tail).toMatch(/atlas\.json[\s\S]*index-1\.js[\s\S]*a-1\.js[\s\S]*<\/body>/);
    expect(html.slice(0, html.indexOf('</head>'))).not.toMatch(/modulepreload|rel="preload"|type="module"/);
    expect(hashes).toEqual({
      script: [cspHash('void 0'), cspHash(SWAP_SCRIPT)],
      style: [cspHash('a{}\n.pr-s0{color: red}\n.pr-e0{color: blue}')],
    });
  });
  it('throws when the page lacks the stylesheet or the app element', () => {
    const view = { body: { zh: '', en: '' }, headScript: '' };
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
