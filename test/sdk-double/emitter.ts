/**
 * The double's own event emitter (on/once/off/emit), kept apart from services/local so the two
 * implementations of the port share no code that could hide a shared mistake.
 */
type Listener = (...args: never[]) => unknown;
export type EventMap<Events> = { [E in keyof Events]: Listener };

export class DoubleEmitter<Events extends EventMap<Events>> {
  readonly #listeners = new Map<keyof Events, Listener[]>();
  /** The arguments each event was last emitted with, for the `…WithReplay` calls (the SDK's ReplayEventEmitter). */
  readonly #last = new Map<keyof Events, unknown[]>();
  /** once() wrappers by the listener they wrap, so that off(listener) removes a pending once(). */
  readonly #wrappers = new WeakMap<Listener, Listener>();

  on<E extends keyof Events>(event: E, listener: Events[E]): this {
    this.#listeners.set(event, [...(this.#listeners.get(event) ?? []), listener]);
    return this;
  }

  once<E extends keyof Events>(event: E, listener: Events[E]): this {
    const wrapper = ((...args: never[]) => {
      this.off(event, wrapper);
      return listener(...args);
    }) as Events[E];
    this.#wrappers.set(listener, wrapper);
    return this.on(event, wrapper);
  }

  /** Like once(), but when `event` has happened already the listener hears its last arguments at once. */
  onceWithReplay<E extends keyof Events>(event: E, listener: Events[E]): this {
    const last = this.#last.get(event);
    if (!last) return this.once(event, listener);
    (listener as Listener)(...(last as never[]));
    return this;
  }

  off<E extends keyof Events>(event: E, listener: Events[E]): this {
    const list = this.#listeners.get(event) ?? [];
    const wrapper = this.#wrappers.get(listener);
    const at = Math.max(list.lastIndexOf(listener), wrapper ? list.lastIndexOf(wrapper) : -1);
    if (at >= 0) this.#listeners.set(event, list.filter((_, i) => i !== at));
    return this;
  }

  /** A listener that throws is reported and does not stop delivery to the others. */
  emit<E extends keyof Events>(event: E, ...args: Parameters<Events[E]>): void {
    this.#last.set(event, args);
    for (const listener of this.#listeners.get(event) ?? []) {
      try {
        (listener as (...a: Parameters<Events[E]>) => unknown)(...args);
      } catch (error) {
        if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
        else console.error(error);
      }
    }
  }
}
