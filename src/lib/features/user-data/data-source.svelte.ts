// Which dataset the atlas shows: the built-in one or a user's file (picker, drop or ?data=); all-or-nothing swaps.
import { getContext, setContext } from 'svelte';
import { buildAtlas, type Atlas } from '../../core/data/atlas';
import type { ImportIssue, ImportResult } from './io/errors';

// The importer is only needed when someone loads a file, so it is fetched then (it stays out of the first paint).
const io = () => Promise.all([import('./io/load'), import('./io/search')]);

export interface UserData {
  name: string;
  zones: number;
}

export class DataSource {
  /** The built-in atlas, once loaded. */
  builtIn = $state.raw<Atlas | null>(null);
  /** The atlas on screen; it changes only when a new file is valid as a whole. */
  atlas = $state.raw<Atlas | null>(null);
  user = $state.raw<UserData | null>(null);
  /** The `data` URL parameter for what is on screen: the ?data= value that loaded, else null (it leaves the URL). */
  url = $state.raw<string | null>(null);
  busy = $state(false);
  errors = $state.raw<ImportIssue[]>([]);
  warnings = $state.raw<ImportIssue[]>([]);
  /** Set after a successful load, for the new view to announce once. */
  justLoaded = $state.raw<UserData | null>(null);

  setBuiltIn(atlas: Atlas) {
    this.builtIn = atlas;
    this.atlas = atlas;
  }

  get #taxonomy() {
    if (!this.builtIn) throw new Error('the built-in data is not loaded yet');
    return this.builtIn.data.taxonomy;
  }

  async useFile(file: File) {
    const taxonomy = this.#taxonomy;
    await this.#apply(file.name, null, async () => (await io())[0].importFile(file, { taxonomy }));
  }

  async useUrl(value: string, pageHref: string) {
    const taxonomy = this.#taxonomy;
    await this.#apply(value, value, async () => (await io())[0].importFromUrl(value, { taxonomy, pageHref }));
  }

  useBuiltIn() {
    this.url = null;
    this.atlas = this.builtIn;
    this.user = null;
    this.errors = [];
    this.warnings = [];
  }

  async #apply(name: string, url: string | null, load: () => Promise<ImportResult>) {
    this.busy = true;
    this.errors = [];
    try {
      const result = await load();
      if (!result.ok) {
        this.errors = result.errors;
        return;
      }
      const atlas = buildAtlas((await io())[1].toAtlasFile(result.dataset));
      this.warnings = result.warnings;
      this.user = { name, zones: atlas.zones.length };
      this.justLoaded = this.user;
      this.url = url;
      this.atlas = atlas;
    } finally {
      this.busy = false;
    }
  }
}

const KEY = Symbol('data-source');

export function provideDataSource(source: DataSource): DataSource {
  return setContext(KEY, source);
}

export function useDataSource(): DataSource {
  return getContext<DataSource>(KEY);
}
