// Published pages (issue 32): the user's data written into the one-file copy, safely, and read back strictly.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  publishHtml,
  readPublished,
  scriptJson,
  PublishedError,
  PUBLISHED_ID,
  validatePublished,
} from '../../src/lib/core/data/published';
import type { AtlasFile } from '../../src/lib/core/data/schema';
import { publishedFileName } from '../../src/lib/features/user-data/publish';

const built = JSON.parse(readFileSync('data/build/atlas.json', 'utf8')) as AtlasFile;
const TEMPLATE = `<!doctype html><html><head><title>Atlas</title><script>const s = "</head><body>";</script>
  </head>
  <body><div id="app"></div></body></html>`;

/** The element's text as a browser's parser would give it (the script element ends at the first "</script"). */
function elementText(html: string): string | null {
  const start = html.indexOf(`id="${PUBLISHED_ID}">`);
  if (start < 0) return null;
  const from = start + `id="${PUBLISHED_ID}">`.length;
  return html.slice(from, html.indexOf('</script', from));
}
const docOf = (html: string) =>
  ({
    getElementById: (id: string) =>
      id === PUBLISHED_ID && elementText(html) !== null ? { textContent: elementText(html) } : null,
  }) as unknown as Document;

describe('published pages', () => {
  it('a name that would end the script element stays inside it and reads back the same', async () => {
    const name = '</script><script>alert(1)</script><!-- \u2028';
    const html = publishHtml(TEMPLATE, { name, search: 'view=embed&lang=en', file: built }, `${name} · Atlas`);
    expect(scriptJson(name)).not.toMatch(/</);
    const read = readPublished(docOf(html));
    expect(read?.name).toBe(name.slice(0, 200));
    expect(read?.search).toBe('view=embed&lang=en');
    const valid = await validatePublished(read!);
    expect(valid.file.dataset.places.length).toBe(built.dataset.places.length);
    // The title is text: no tag of the name's reaches the page.
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('goes before the page’s own </head>, not one inside a script, and replaces an earlier publication', () => {
    const once = publishHtml(TEMPLATE, { name: 'a', search: '', file: built }, 'a');
    expect(once.indexOf(PUBLISHED_ID)).toBeGreaterThan(once.indexOf('const s ='));
    const twice = publishHtml(once, { name: 'b', search: '', file: built }, 'b');
    expect(twice.split(`id="${PUBLISHED_ID}"`)).toHaveLength(2);
    expect(readPublished(docOf(twice))?.name).toBe('b');
    expect(() => publishHtml('<p>not the atlas</p>', { name: 'a', search: '', file: built }, 'a')).toThrow();
  });

  it('refuses a page whose data was changed: broken JSON, a dataset that fails the schema', async () => {
    const doc = (text: string) => ({ getElementById: () => ({ textContent: text }) }) as unknown as Document;
    expect(() => readPublished(doc('{'))).toThrow(PublishedError);
    const edited = readPublished(doc('{"name":"x","search":"","file":{"dataset":{}}}'))!;
    await expect(validatePublished(edited)).rejects.toThrow(PublishedError);
    expect(() => readPublished(doc('{"search":""}'))).toThrow(PublishedError);
    expect(readPublished({ getElementById: () => null } as unknown as Document)).toBeNull();
  });
});

describe('publishedFileName', () => {
  it.each([
    ['my-zones.csv', 'my-zones-atlas.html'],
    ['开发区名单.xlsx', '开发区名单-atlas.html'],
    ['a/b:c*?.csv', 'a-b-c---atlas.html'],
    ['.csv', 'atlas-atlas.html'],
  ])('%s → %s', (name, expected) => {
    expect(publishedFileName(name)).toBe(expected);
  });
});
