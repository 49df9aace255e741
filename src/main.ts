// Entry point: hydrates the prerendered first view once its data is in, or mounts the app for any other view.
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { registerOffline } from './lib/core/state/offline.svelte';
import { BASEMAP_URL, DATA_URL, loadBasemap, loadDataset } from './lib/core/data/load';
import { EXPLORE_VIEW, preloaded, SIDE_PANEL } from './lib/ui/preloaded';
import { applyTheme } from './lib/core/theme-choice';
import { prepareClusters } from './lib/map/geo/clusters';

// The scheme (the link's theme=, or the system's) before anything renders; the head script set it already where there
// is one (the prerendered page).
applyTheme();
const target = document.getElementById('app');
/** index.html's head script sets `data-client-render` on <html> when this visit is not the prerendered view (first-view.ts). */
const prerendered = !!target?.hasAttribute('data-prerendered');
const firstView = prerendered && !document.documentElement.hasAttribute('data-client-render');

/** Any other view (or no prerender, as in `vite dev`): the prerendered markup gives way to the app's own. */
function mountFresh(el: HTMLElement) {
  el.removeAttribute('data-prerendered');
  el.replaceChildren();
  document.getElementById('boot-skeleton')?.remove();
  mount(App, { target: el });
}

/**
 * The full map's view is a chunk of its own (embeds never load it): a visit to it (no `view`) fetches it now, beside
 * the data, rather than after the app has mounted and asked for it.
 */
const exploreView = new URLSearchParams(location.search).has('view')
  ? null
  : import('./lib/features/explore/ExploreView.svelte');

if (target) {
  if (firstView) {
    // The same files the prerender used, so the hydrated state matches the HTML; a failed load mounts the app, which
    // says why (App's own load and message).
    // The full map's view and its side panel (the overview) are the first view, so their code is loaded before hydrating.
    Promise.all([
      // A national catalogue clusters (map/geo/clusters.ts): its clusterer is fetched before hydrating, as drawn.
      loadDataset(DATA_URL).then(async (file) => {
        await prepareClusters(file.dataset.places.reduce((n, p) => n + p.zones.length, 0));
        return file;
      }),
      loadBasemap(BASEMAP_URL),
      exploreView ?? import('./lib/features/explore/ExploreView.svelte'),
      import('./lib/features/explore/SidePanel.svelte'),
    ]).then(
      ([file, basemap, explore, panel]) => {
        preloaded.set(EXPLORE_VIEW, explore);
        preloaded.set(SIDE_PANEL, panel);
        document.getElementById('boot-skeleton')?.remove();
        hydrate(App, { target, props: { loaded: { file, basemap }, firstView: true } });
        target.removeAttribute('data-prerendered');
      },
      () => mountFresh(target),
    );
  } else mountFresh(target);
  registerOffline();
}
