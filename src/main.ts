// Entry point: hydrates the prerendered first view once its data is in, or mounts the app for any other view.
import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { registerOffline } from './lib/core/state/offline.svelte';
import { loadBasemap, loadDataset } from './lib/core/data/load';

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

if (target) {
  if (firstView) {
    // The same files the prerender used, so the hydrated state matches the HTML; a failed load mounts the app, which
    // says why (App's own load and message).
    Promise.all([loadDataset('./atlas-data/atlas.json'), loadBasemap('./atlas-data/basemap.topo.json')]).then(
      ([file, basemap]) => {
        document.getElementById('boot-skeleton')?.remove();
        hydrate(App, { target, props: { loaded: { file, basemap }, firstView: true } });
        target.removeAttribute('data-prerendered');
      },
      () => mountFresh(target),
    );
  } else mountFresh(target);
  registerOffline();
}
