/**
 * Gives an element the shared store from context and re-renders it only when the slice of state
 * it selects changes. Subscribes while the element is connected and undoes itself on disconnect.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChatState } from '../../services/chat-state.js';
import type { ChatStore } from '../../services/chat-store.js';
import { chatStoreContext } from '../../services/context.js';

type Host = ReactiveControllerHost & HTMLElement;

export class StoreController<T> implements ReactiveController {
  #store?: ChatStore;
  #value?: T;
  #unsubscribe = () => {};

  readonly #host: Host;
  readonly #select: (state: ChatState, store: ChatStore) => T;

  /**
   * @param options.fromContext false for the element that provides the store itself (a provider
   *   does not answer its own host's requests); it calls `attach` instead.
   */
  constructor(
    host: Host,
    select: (state: ChatState, store: ChatStore) => T,
    options: { fromContext?: boolean } = {},
  ) {
    this.#host = host;
    this.#select = select;
    host.addController(this);
    if (options.fromContext !== false) {
      new ContextConsumer(host, { context: chatStoreContext, subscribe: true, callback: (store) => this.attach(store) });
    }
  }

  /** The store, once the element is inside a provider. */
  get store(): ChatStore | undefined {
    return this.#store;
  }

  /** The selected slice (undefined until a store is provided). */
  get value(): T | undefined {
    return this.#value;
  }

  hostConnected(): void {
    if (this.#store) this.attach(this.#store);
  }

  hostDisconnected(): void {
    this.#unsubscribe();
    this.#unsubscribe = () => {};
  }

  /** Follows `store` (or nothing) from now on. */
  attach(store: ChatStore | undefined): void {
    this.#unsubscribe();
    this.#store = store;
    if (!store) return;
    const refresh = () => {
      const next = this.#select(store.state, store);
      if (!shallowEqual(next, this.#value)) {
        this.#value = next;
        this.#host.requestUpdate();
      }
    };
    this.#unsubscribe = store.subscribe(refresh);
    this.#value = undefined;
    refresh();
  }
}

/** Equal by reference, or objects/arrays whose own entries are equal by reference. */
function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((k) => Object.is((a as never)[k], (b as never)[k]));
}
