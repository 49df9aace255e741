// The page's scheme: the link's theme= (light, dark, auto), else the system's, and following the system while auto.
import { describe, expect, it } from 'vitest';
import { applyTheme, linkTheme } from '../../src/lib/core/theme-choice';

/** A window whose system scheme can be switched, and a document whose <html> attributes are recorded. */
function page(search: string, dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  const attrs = new Map<string, string>();
  const doc = { documentElement: { setAttribute: (k: string, v: string) => attrs.set(k, v) } } as unknown as Document;
  const win = { location: { search }, matchMedia: () => query } as unknown as Window;
  return {
    doc,
    win,
    theme: () => attrs.get('data-theme'),
    switchSystem(to: boolean) {
      dark = to;
      for (const f of listeners) f();
    },
    listening: () => listeners.size,
  };
}

describe('the colour scheme', () => {
  it.each([
    ['?theme=dark', 'dark'],
    ['?theme=light&zone=x', 'light'],
    ['?theme=auto', null],
    ['?theme=DARK', null],
    ['?theme=<b>', null],
    ['', null],
  ])('linkTheme(%j) is %j', (search, theme) => expect(linkTheme(search)).toBe(theme));

  it('a link’s theme holds whatever the system does; auto follows the system’s switches', () => {
    const fixed = page('?theme=light', true);
    applyTheme(fixed.doc, fixed.win);
    expect(fixed.theme()).toBe('light');
    expect(fixed.listening()).toBe(0);

    const auto = page('?theme=auto', false);
    const stop = applyTheme(auto.doc, auto.win);
    expect(auto.theme()).toBe('light');
    auto.switchSystem(true);
    expect(auto.theme()).toBe('dark');
    stop();
    expect(auto.listening()).toBe(0);
  });
});
