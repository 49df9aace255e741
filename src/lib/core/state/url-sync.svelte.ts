// Keeps the URL and the app state in step: state changes push history entries; Back/Forward re-apply the URL.
import type { AppState } from './app.svelte';
import { untrack } from 'svelte';
import { replacesEntry } from './url';

export function syncUrl(state: AppState, win: Window = window) {
  state.applySearch(win.location.search);
  let first = true;

  /** Writes the state into the address bar: a new history entry, or the current one replaced. */
  const write = () => {
    const search = state.searchFor(win.location.search);
    if (search === win.location.search) {
      first = false;
      return;
    }
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    // The first write only tidies the incoming link (dropped values); it is not a step to go back to.
    // Search keystrokes and presenter steps replace the entry too, so Back steps over a whole search or talk.
    if (first || replacesEntry(search, win.location.search)) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    first = false;
  };
  let cancelPending = () => {};

  $effect(() => {
    // Read here so that the effect follows every change of the state the URL holds.
    state.searchFor(win.location.search);
    if (first || !state.deferViews) return untrack(write);
    // A national catalogue writes after the frame that answers the click or key has been painted: pushState costs
    // 5–10 ms, and a burst of changes within a frame becomes one entry (core/state/deferred, the same rhythm).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => untrack(write))));
    cancelPending = () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
    return cancelPending;
  });

  $effect(() => {
    // Back or Forward wins over a write still waiting for its frame.
    const onPop = () => {
      cancelPending();
      state.applySearch(win.location.search);
    };
    win.addEventListener('popstate', onPop);
    return () => win.removeEventListener('popstate', onPop);
  });

  // Before the DOM updates (a pre-effect, ahead of the views it holds): <html lang> picks the font stack (app.css), and
  // the charts measure their labels in the page's font as they render, so a language switch must set it first.
  $effect.pre(() => {
    win.document.documentElement.lang = state.htmlLang;
    win.document.title = `${state.t('app.title')} · ${state.lang === 'zh' ? 'Zone Reform Atlas' : '开发区改革地图'}`;
  });
}
