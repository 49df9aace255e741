// Keeps the URL and the app state in step: state changes push history entries; Back/Forward re-apply the URL.
import type { AppState } from './app.svelte';
import { replacesEntry } from './url';

export function syncUrl(state: AppState, win: Window = window) {
  state.applySearch(win.location.search);
  let first = true;

  $effect(() => {
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
  });

  $effect(() => {
    const onPop = () => state.applySearch(win.location.search);
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
