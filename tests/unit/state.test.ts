// The stateful pieces, each on its own: URL state, session state, app state, presenter state and the map controller.
import { describe, expect, it } from 'vitest';
import { loadSourceData } from '../../scripts/lib/source-data';
import { atlasFile } from '../../scripts/lib/search-index';
import { buildAtlas } from '../../src/lib/core/data/atlas';
import { AppState } from '../../src/lib/core/state/app.svelte';
import { SessionState } from '../../src/lib/core/state/session.svelte';
import { UrlStore } from '../../src/lib/core/state/url-store.svelte';
import { urlContextFor } from '../../src/lib/core/state/url-context';
import { buildTour } from '../../src/lib/features/present/tour';
import { PresenterState, stepIndex } from '../../src/lib/features/present/presenter.svelte';
import { MapController } from '../../src/lib/map/controller.svelte';
import { CAMERA } from '../../src/lib/map/model';

const atlas = buildAtlas(atlasFile(loadSourceData().data!));
const tour = buildTour(atlas, { zh: '{places}地', en: '{places} places' });

function setup(search = '', dataUrl: string | null = null) {
  const app = new AppState({
    atlas,
    languages: ['en-GB'],
    regionNames: new Map(),
    steps: stepIndex(tour),
    dataUrl,
  });
  app.applySearch(search);
  return { app, presenter: new PresenterState(app, tour) };
}

describe('UrlStore', () => {
  const ctx = urlContextFor(atlas, tour.length);

  it('holds what the link says and reports what it dropped', () => {
    const url = new UrlStore();
    const { dropped } = url.apply('?zone=yantai-etdz&lang=en&model=statutory-body&zone2=x&lang=fr', ctx);
    expect([url.zone, url.lang, url.filters.model]).toEqual(['yantai-etdz', 'en', ['statutory-body']]);
    expect(dropped).toEqual([]);
    expect(url.apply('?lang=fr', ctx).dropped).toEqual([{ param: 'lang', value: 'fr' }]);
    expect(url.lang).toBeNull();
  });

  it('writes the step only while presenting, and the data file it is given', () => {
    const url = new UrlStore();
    url.apply('?view=present&step=4', ctx);
    expect(url.snapshot(null)).toMatchObject({ view: 'present', step: 4, data: null });
    url.view = null;
    expect(url.snapshot('./mine.csv')).toMatchObject({ view: null, step: null, data: './mine.csv' });
  });
});

describe('SessionState', () => {
  it('keys a highlight by kind and id, so a language switch keeps it', () => {
    const s = new SessionState();
    s.previewHighlight('measure', 'streamlining', ['a']);
    expect(s.highlight).toMatchObject({ kind: 'measure', id: 'streamlining', pinned: false });
    s.endPreview();
    expect(s.highlight).toBeNull();
    s.togglePinnedHighlight('sector', 'marine', ['a', 'b']);
    expect(s.isPinned('sector', 'marine')).toBe(true);
    // A preview does not replace a pinned highlight; ending a preview keeps it.
    s.previewHighlight('measure', 'streamlining', ['c']);
    s.endPreview();
    expect(s.isPinned('sector', 'marine')).toBe(true);
    s.togglePinnedHighlight('sector', 'marine', ['a', 'b']);
    expect(s.highlight).toBeNull();
  });

  it('numbers notices and dismisses one', () => {
    const s = new SessionState();
    s.notify('present.copied');
    s.notify('present.fullscreenRefused');
    s.dismiss(s.notices[0]!.id);
    expect(s.notices.map((n) => n.key)).toEqual(['present.fullscreenRefused']);
  });
});

describe('AppState', () => {
  it('follows the URL’s language, else the browser’s', () => {
    expect(setup('').app.lang).toBe('en');
    expect(setup('?lang=zh').app.lang).toBe('zh');
  });

  it('names a data file in the link only while it is on screen', () => {
    expect(setup('?data=./x.csv&lang=zh').app.searchFor('?data=./x.csv&lang=zh')).toBe('?lang=zh');
    expect(setup('?lang=zh', './mine.csv').app.searchFor('?lang=zh')).toBe('?lang=zh&data=./mine.csv');
  });

  it('draws the filtered zones at full strength, narrowed by a highlight', () => {
    const { app } = setup('?city=qingdao');
    const qingdao = atlas.zones.filter((z) => z.place.id === 'qingdao').map((z) => z.zone.id);
    expect(app.highlightedIds).toEqual(qingdao);
    app.session.previewHighlight('measure', 'x', [qingdao[0]!, 'yantai-etdz']);
    expect(app.highlightedIds).toEqual([qingdao[0]]);
    app.select('yantai-etdz');
    expect(app.session.highlight).toBeNull();
  });

  it('compares only the zones the filters leave', () => {
    const { app } = setup('?city=zibo');
    expect(app.matrixZones.map((z) => z.place.id)).toEqual(app.visible.map(() => 'zibo'));
    app.clearFilters();
    expect(app.matrixZones).toHaveLength(atlas.zones.length);
  });

  it('a link with several bad values gives one notice that names them all', () => {
    const { app } = setup('?zone=atlantis&lang=fr&model=x&from=singlemessage&isappinstalled=0');
    expect(app.session.notices).toHaveLength(1);
    expect(app.t(app.session.notices[0]!.key, app.session.notices[0]!.params)).toBe(
      'The link has 3 values that are not valid; they were ignored: zone=“atlantis”, lang=“fr”, model=“x”.',
    );
    expect(setup('?from=singlemessage&isappinstalled=0').app.session.notices).toHaveLength(0);
  });

  it('clearing the last measure drops "all"', () => {
    const { app } = setup('?measure=streamlining&match=all');
    expect(app.url.filters.match).toBe('all');
    app.toggleOption('measure', 'streamlining');
    expect(app.url.filters.match).toBe('any');
  });

  it('starts the tour at the selected zone’s step; a presenter link with a zone but no step does too', () => {
    const { app } = setup('?zone=linfen-edz');
    app.present();
    expect(app.url.view).toBe('present');
    expect(tour[app.url.step - 1]!.zone?.zone.id).toBe('linfen-edz');
    const linked = setup('?view=present&zone=linfen-edz').app;
    expect(linked.url.step).toBe(app.url.step);
  });

  it('a zone the tour folds into its place starts at the place’s step (Houma, in Linfen’s)', () => {
    const { app } = setup('?zone=houma-edz');
    app.present();
    expect(tour[app.url.step - 1]).toMatchObject({ kind: 'place', place: { id: 'linfen' } });
  });
});

describe('comparing', () => {
  it('with two or more pinned, the map fronts the compared zones whatever the filters, until a zone outside is selected', () => {
    const { app } = setup('?compare=yantai-etdz,qingdao-blue-valley&model=three-modernisations');
    expect(app.comparing).toBe(true);
    expect(app.highlightedIds).toEqual(['yantai-etdz', 'qingdao-blue-valley']);
    app.select('qingdao-blue-valley');
    expect(app.comparing).toBe(true);
    app.select('linfen-edz');
    expect(app.comparing).toBe(false);
    expect(app.highlightedIds).toEqual(app.visible.map((z) => z.zone.id));
    app.select(null);
    app.togglePin('qingdao-blue-valley');
    expect(app.comparing).toBe(false);
  });
});

describe('PresenterState', () => {
  // Moved from the browser suite (docs/testing.md): every step of the tour selects what it shows.
  it('every step of the tour selects its zone, or fronts its place’s or compared zones, and writes its number', () => {
    const { app, presenter } = setup('?view=present');
    tour.forEach((step, i) => {
      presenter.goToStep(i + 1);
      expect(app.url.step, `step ${i + 1}`).toBe(i + 1);
      expect(app.url.zone, `step ${i + 1}`).toBe(step.zone?.zone.id ?? null);
      const fronted =
        step.kind === 'place'
          ? step.place!.zones.map((z) => z.id)
          : step.kind === 'compare'
            ? step.compare.map((z) => z.zone.id)
            : null;
      if (fronted) expect(app.highlightedIds, `step ${i + 1}`).toEqual(fronted);
      else expect(app.session.focus, `step ${i + 1}`).toBeNull();
    });
  });

  it('a talk left by a link or Back (not Esc) leaves no step’s focus to pull the map: a comparison frames its zones', () => {
    const { app, presenter } = setup('?view=present');
    presenter.goToStep(tour.findIndex((s) => s.kind === 'place') + 1);
    expect(app.focus).not.toBeNull();
    app.applySearch('?compare=yantai-etdz,qingdao-blue-valley');
    expect(app.focus).toBeNull();
    expect(app.highlightedIds).toEqual(['yantai-etdz', 'qingdao-blue-valley']);
  });

  it('a place step focuses its city and puts its zones in front; a zone step selects; the ends clamp', () => {
    const { app, presenter } = setup('?view=present');
    const placeStep = tour.findIndex((s) => s.kind === 'place') + 1;
    presenter.goToStep(placeStep);
    const place = tour[placeStep - 1]!.place!;
    expect(app.session.focus).toEqual({ adcode: place.prefecture, zoneIds: place.zones.map((z) => z.id) });
    expect(app.highlightedIds).toEqual(place.zones.map((z) => z.id));
    expect(app.url.zone).toBeNull();
    presenter.goToStep(placeStep + 1);
    expect(app.url.zone).toBe(tour[placeStep]!.zone!.zone.id);
    expect(app.session.focus).toBeNull();
    presenter.goToStep(999);
    expect(presenter.step).toBe(tour.length);
    // The closing step compares zones: none is selected, the map frames and fronts the compared ones.
    const compared = tour.at(-1)!.compare.map((z) => z.zone.id);
    expect(compared.length).toBeGreaterThanOrEqual(2);
    expect(app.url.zone).toBeNull();
    expect(app.session.focus).toEqual({ adcode: null, zoneIds: compared });
    expect(app.highlightedIds).toEqual(compared);
    expect(app.comparing).toBe(false);
    presenter.goToStep(-3);
    expect(presenter.step).toBe(1);
    expect(presenter.current?.kind).toBe('overview');
    app.leavePresent();
    expect(presenter.current).toBeNull();
  });
});

describe('MapController', () => {
  const frame: [[number, number], [number, number]] = [
    [110, 30],
    [122, 38],
  ];

  it('applies reduced motion in one place', () => {
    expect(new MapController(false).duration).toBe(CAMERA.duration);
    expect(new MapController(true).duration).toBe(0);
  });

  it('starts at the frame; the camera is a value, and each command is one event, even when it repeats', () => {
    const c = new MapController(false);
    const moves: unknown[] = [];
    const stop = c.listen((camera) => moves.push(camera));
    c.reset();
    expect(c.camera).toBeNull();
    expect(moves).toEqual([]);
    c.setFrame(frame);
    const fit = { kind: 'fit', bounds: frame, maxZoom: CAMERA.fitMaxZoom };
    expect(c.camera).toEqual(fit);
    c.centerOn([120, 36]);
    expect(c.camera).toEqual({ kind: 'center', center: [120, 36], zoom: CAMERA.selectZoom });
    // The same command twice (reset after the reader panned) is two moves.
    c.reset();
    c.reset();
    expect(c.camera).toEqual(fit);
    expect(moves).toEqual([fit, { kind: 'center', center: [120, 36], zoom: CAMERA.selectZoom }, fit, fit]);
    // A new frame does not move a camera that is already somewhere.
    c.centerOn([118, 35], 9);
    c.setFrame([
      [100, 20],
      [130, 45],
    ]);
    expect(c.camera).toEqual({ kind: 'center', center: [118, 35], zoom: 9 });
    // A renderer that has gone hears nothing more.
    stop();
    c.reset();
    expect(moves).toHaveLength(5);
  });
});
