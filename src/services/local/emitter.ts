/**
 * A small typed event emitter in the SDK's style (on/once/off/emit), without Node's `events`.
 * Like the SDK's emitters it warns past 10 listeners for one event: that usually means a
 * component subscribes per render instead of once in the service.
 */
export type EventMap<Events> = { [E in keyof Events]: (...args: never[]) => unknown };

type Listener = (...args: never[]) => unknown;

const WARN_ABOVE = 10;

export class TypedEmitter<Events extends EventMap<Events>> {
  private readonly listeners = new Map<keyof Events, Set<Listener>>();
  private readonly warned = new Set<keyof Events>();
  /** once() wrappers by original listener, so off(listener) also removes a pending once(). */
  private readonly onceWrappers = new WeakMap<Listener, Listener>();
  /** The arguments each event was last emitted with, replayed by onceWithReplay() as the SDK's emitters do. */
  private readonly lastArgs = new Map<keyof Events, unknown[]>();

  on<E extends keyof Events>(event: E, listener: Events[E]): this {
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(listener);
    if (set.size > WARN_ABOVE && !this.warned.has(event)) {
      this.warned.add(event);
      console.warn(`${String(event)}: more than ${WARN_ABOVE} listeners; subscribe once in a service.`);
    }
    return this;
  }

  once<E extends keyof Events>(event: E, listener: Events[E]): this {
    const wrapper = ((...args: Parameters<Events[E]>) => {
      this.off(event, wrapper);
      (listener as (...a: Parameters<Events[E]>) => unknown)(...args);
    }) as unknown as Events[E];
    this.onceWrappers.set(listener, wrapper);
    return this.on(event, wrapper);
  }

  /** once(), or at once with the last arguments when `event` has been emitted already. */
  onceWithReplay<E extends keyof Events>(event: E, listener: Events[E]): this {
    const last = this.lastArgs.get(event);
    if (!last) return this.once(event, listener);
    (listener as Listener)(...(last as never[]));
    return this;
  }

  off<E extends keyof Events>(event: E, listener: Events[E]): this {
    const set = this.listeners.get(event);
    set?.delete(listener);
    const wrapper = this.onceWrappers.get(listener);
    if (wrapper) set?.delete(wrapper);
    return this;
  }

  /** Calls every listener; one that throws is reported and does not stop the others. */
  emit<E extends keyof Events>(event: E, ...args: Parameters<Events[E]>): void {
    this.lastArgs.set(event, args);
    const set = this.listeners.get(event);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        (listener as (...a: Parameters<Events[E]>) => unknown)(...args);
      } catch (error) {
        reportListenerError(error);
      }
    }
  }

  removeAllListeners(): void {
    this.listeners.clear();
  }
}

function reportListenerError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}
