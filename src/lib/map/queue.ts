// Holds map calls made before the style has loaded and runs them, in order, once it has.
export class ReadyQueue<T> {
  #target: T | null = null;
  #pending: ((target: T) => void)[] = [];

  /** Runs now when ready, else later. */
  run(fn: (target: T) => void): void {
    if (this.#target) fn(this.#target);
    else this.#pending.push(fn);
  }

  ready(target: T): void {
    this.#target = target;
    const pending = this.#pending;
    this.#pending = [];
    for (const fn of pending) fn(target);
  }

  get pendingCount(): number {
    return this.#pending.length;
  }

  reset(): void {
    this.#target = null;
    this.#pending = [];
  }
}
