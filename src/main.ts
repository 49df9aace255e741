// Entry point: starts loading the data at once and mounts the app.
import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { registerOffline } from './lib/core/state/offline.svelte';

const target = document.getElementById('app');
if (target) {
  // The static skeleton in index.html gives way to the app's own (which knows the reader's language).
  target.replaceChildren();
  mount(App, { target });
  registerOffline();
}
