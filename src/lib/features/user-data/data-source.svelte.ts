// Which dataset the atlas shows: the built-in one or a user's file (picker, drop or ?data=); all-or-nothing swaps.
import { getContext, setContext } from 'svelte';
import type { Topology } from 'topojson-specification';
import { buildAtlas, type Atlas } from '../../core/data/atlas';
import { prepareClusters } from '../../map/geo/clusters';
import type { AtlasFile, Bilingual } from '../../core/data/schema';
import type { Published } from '../../core/data/published';
import type { NationalTopology } from '../../core/data/national';
import { loadNational, NATIONAL_URL } from '../../core/data/load';
import type { NationalLayer } from '../../map/geo/national';
import type { Crs } from './io/crs';
import type { ImportIssue, ImportResult } from './io/errors';

// The importer is only needed when someone loads a file, so it is fetched then (it stays out of the first paint).
const io = () => Promise.all([import('./io/load'), import('./io/search'), import('./io/messages')]);

export interface UserData {
  name: string;
  zones: number;
  /** How the file was read (encoding, delimiter, sheet, converted points), as the load notice tells it. */
  read: Bilingual;
}

export class DataSource {
  /** The built-in atlas, once loaded. */
  builtIn = $state.raw<Atlas | null>(null);
  /** The atlas on screen; it changes only when a new file is valid as a whole. */
  atlas = $state.raw<Atlas | null>(null);
  user = $state.raw<UserData | null>(null);
  /** The user's dataset as the app's file format (what Publish writes into a page); null for the built-in data. */
  userFile = $state.raw<AtlasFile | null>(null);
  /** The `data` URL parameter for what is on screen: the ?data= value that loaded, else null (it leaves the URL). */
  url = $state.raw<string | null>(null);
  busy = $state(false);
  /** The reader's code (fetched on first use) could not be loaded, e.g. offline; the current data stays. */
  partFailed = $state(false);
  errors = $state.raw<ImportIssue[]>([]);
  warnings = $state.raw<ImportIssue[]>([]);
  /** Set after a successful load, for the new view to announce once. */
  justLoaded = $state.raw<UserData | null>(null);
  /** The first problem of a failed load in both languages, for the notice (the dialog lists them all). */
  firstError = $state.raw<Bilingual | null>(null);
  /** The coordinate system of rows that name none: the dialog's choice. */
  crs = $state<Crs>('wgs84');
  /**
   * The national layer, while the atlas on screen has a city the basemap does not draw (map/geo/national.ts); null for
   * the built-in data. Set together with `atlas`.
   */
  national = $state.raw<NationalLayer | null>(null);
  #basemap: Topology | null = null;
  #fetch: typeof fetch = (...args) => fetch(...args);
  #nationalLoad: Promise<NationalTopology> | null = null;

  /**
   * The built-in atlas and the basemap, whose regions give a user's zones their province, city and district; `fetcher`
   * is how the national layer is fetched (the one-file copy answers from the page).
   */
  setBuiltIn(atlas: Atlas, basemap: Topology, fetcher?: typeof fetch) {
    this.builtIn = atlas;
    this.atlas = atlas;
    this.#basemap = basemap;
    if (fetcher) this.#fetch = fetcher;
  }

  /** Fetches the national layer once (a failed fetch is tried again next time). */
  #loadNational = (): Promise<NationalTopology> =>
    (this.#nationalLoad ??= loadNational(NATIONAL_URL, this.#fetch).catch((err: unknown) => {
      this.#nationalLoad = null;
      throw err;
    }));

  /**
   * The national layer when an atlas has a city the basemap does not draw, else null. A layer that cannot be fetched
   * leaves the map without those borders rather than refusing the data.
   */
  async #layerFor(atlas: Atlas): Promise<NationalLayer | null> {
    const basemap = this.#basemap;
    if (!basemap) return null;
    try {
      // Loaded with a file, never on the first visit: the layer's code (with the importer) as well as its data.
      const { basemapCoverage, nationalLayer } = (await io())[0];
      const covered = basemapCoverage(basemap).prefectures;
      if (atlas.data.places.every((p) => covered.has(p.prefecture))) return null;
      return nationalLayer(await this.#loadNational(), basemap);
    } catch {
      return null;
    }
  }

  get #options() {
    if (!this.builtIn || !this.#basemap) throw new Error('the built-in data is not loaded yet');
    return {
      taxonomy: this.builtIn.data.taxonomy,
      basemap: this.#basemap,
      crs: this.crs,
      loadNational: this.#loadNational,
    };
  }

  async useFile(file: File) {
    const options = this.#options;
    await this.#apply(file.name, null, async () => (await io())[0].importFile(file, options));
  }

  async useUrl(value: string, pageHref: string) {
    const options = this.#options;
    // The notice and header name the file, not the whole address.
    const name = value.split(/[?#]/)[0]!.split('/').pop() || value;
    await this.#apply(name, value, async () => (await io())[0].importFromUrl(value, { ...options, pageHref }));
  }

  /**
   * The dataset a published page carries (core/data/published.ts), already validated: shown as a user's file is, named
   * by the name it was published under.
   */
  async usePublished(published: Published) {
    const atlas = buildAtlas(published.file);
    await prepareClusters(atlas.zones.length);
    this.national = await this.#layerFor(atlas);
    this.userFile = published.file;
    this.user = {
      name: published.name,
      zones: atlas.zones.length,
      read: { zh: '已发布的文件', en: 'a published file' },
    };
    this.url = null;
    this.atlas = atlas;
  }

  useBuiltIn() {
    this.url = null;
    this.national = null;
    this.atlas = this.builtIn;
    this.user = null;
    this.userFile = null;
    this.errors = [];
    this.warnings = [];
  }

  async #apply(name: string, url: string | null, load: () => Promise<ImportResult>) {
    this.busy = true;
    this.errors = [];
    this.firstError = null;
    this.partFailed = false;
    try {
      const result = await load();
      const [, search, messages] = await io();
      if (!result.ok) {
        this.errors = result.errors;
        const first = result.errors[0]!;
        this.firstError = { zh: messages.formatImportError(first, 'zh'), en: messages.formatImportError(first, 'en') };
        return;
      }
      const file = search.toAtlasFile(result.dataset);
      const atlas = buildAtlas(file);
      await prepareClusters(atlas.zones.length);
      this.national = await this.#layerFor(atlas);
      this.userFile = file;
      this.warnings = result.warnings;
      this.user = { name, zones: atlas.zones.length, read: messages.readInfoText(result.info) };
      this.justLoaded = this.user;
      this.url = url;
      this.atlas = atlas;
    } catch {
      // importFile and importFromUrl report bad input as a result, never by throwing: what throws here is a dynamic
      // import of the reader that could not be fetched.
      this.partFailed = true;
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
