// A value that follows its source one painted frame later at national scale (React's useDeferredValue): what answers a
// keystroke updates at once, heavier views after that frame, and a burst of changes costs them one update.

/** From this many zones (a national catalogue) heavy views follow the filters and search a frame late. */
export const DEFER_FROM = 500;

/**
 * `current` is `get()`, or, while `defer()` holds, the value `get()` had one painted frame ago: an update is queued as
 * a task from requestAnimationFrame (so it runs after that frame's paint), and a newer value cancels it. Construct it
 * during a component's initialisation (it owns an effect).
 */
export class Deferred<T> {
  #late = $state.raw<T>() as T;
  readonly #get: () => T;
  readonly #defer: () => boolean;

  constructor(get: () => T, defer: () => boolean) {
    this.#get = get;
    this.#defer = defer;
    this.#late = get();
    $effect(() => {
      if (!defer()) return;
      const value = get();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const frame = requestAnimationFrame(() => (timer = setTimeout(() => (this.#late = value))));
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    });
  }

  get current(): T {
    return this.#defer() ? this.#late : this.#get();
  }
}
