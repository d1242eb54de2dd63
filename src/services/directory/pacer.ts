/** Starts at most `perWindow` queries in any `windowMs`, in the order asked; the rest wait. */
export class Pacer {
  #starts: number[] = [];
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly perWindow: number,
    readonly windowMs = 1000,
  ) {}

  /**
   * Resolves `true` when the caller may start now, or `false`, using up no start, when
   * `wanted()` no longer holds by then. Never at once: a caller can still change its mind.
   */
  turn(wanted: () => boolean = () => true): Promise<boolean> {
    const turn = this.#queue.then(() => this.#next(wanted));
    this.#queue = turn;
    return turn;
  }

  async #next(wanted: () => boolean): Promise<boolean> {
    for (;;) {
      if (!wanted()) return false;
      const now = performance.now();
      while (this.#starts.length > 0 && now - this.#starts[0]! >= this.windowMs) this.#starts.shift();
      if (this.#starts.length < this.perWindow) {
        this.#starts.push(now);
        return true;
      }
      await new Promise((resolve) => setTimeout(resolve, this.#starts[0]! + this.windowMs - now));
    }
  }
}
