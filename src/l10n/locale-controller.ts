/**
 * Gives an element the words of its language and re-renders it when the language changes.
 *
 * Inside `<internal-agent-chat>` the language is the root's (its `lang`, else the person's
 * Settings, else the browser's), shared through context. An element mounted alone (a gallery,
 * a page that uses the composer by itself) follows the nearest `lang` above it, else the
 * browser's language, else English, and follows changes to either.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Catalog } from './en.js';
import { browserLanguages } from './locales.js';
import { Localization, localizationContext } from './localization.js';
import type { Phrase } from './phrase.js';

type Host = ReactiveControllerHost & HTMLElement;

export class LocaleController implements ReactiveController {
  readonly #host: Host;
  #provided: Localization | undefined;
  #own: Localization | undefined;
  #unsubscribe = () => {};
  #unwatch = () => {};

  constructor(host: Host) {
    this.#host = host;
    // Added first, so a provider has answered by the time this controller's hostConnected runs.
    new ContextConsumer(host, { context: localizationContext, subscribe: true, callback: (localization) => this.#follow(localization) });
    host.addController(this);
  }

  /** The localization followed: the widget's, or this element's own. */
  get localization(): Localization {
    return this.#provided ?? (this.#own ??= new Localization());
  }

  /** The catalog of the element's language. */
  get words(): Catalog {
    return this.localization.words;
  }

  /** The tag to format dates and numbers with. */
  get tag(): string {
    return this.localization.tag;
  }

  /** A service's phrase in the element's language. */
  say(text: Phrase): string {
    return this.localization.say(text);
  }

  hostConnected(): void {
    if (this.#provided) return;
    this.#follow(undefined);
  }

  hostDisconnected(): void {
    this.#unsubscribe();
    this.#unwatch();
    this.#unsubscribe = this.#unwatch = () => {};
    // Asked again on reconnection: the element may have moved into or out of a widget.
    this.#provided = undefined;
  }

  #follow(provided: Localization | undefined): void {
    this.#unsubscribe();
    this.#unwatch();
    this.#unwatch = () => {};
    this.#provided = provided;
    const localization = this.localization;
    this.#unsubscribe = localization.subscribe(() => this.#host.requestUpdate());
    if (!provided) {
      const choose = () => void localization.choose([inheritedLang(this.#host), ...browserLanguages()]);
      this.#unwatch = watchLanguage(choose);
      choose();
    }
    this.#host.requestUpdate();
  }
}

/** The `lang` of the element or its nearest ancestor that has one, across shadow roots. */
export function inheritedLang(element: Element): string | null {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return null;
}

/**
 * One observer for every element mounted alone: `lang` changing anywhere in the document, and
 * the browser's language changing. (A `lang` changed inside another element's shadow root is
 * not seen; the widget itself tells its elements through context.)
 */
const watchers = new Set<() => void>();
let observer: MutationObserver | undefined;

function watchLanguage(changed: () => void): () => void {
  if (!observer) {
    const notify = () => watchers.forEach((watcher) => watcher());
    observer = new MutationObserver(notify);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    addEventListener('languagechange', notify);
  }
  watchers.add(changed);
  return () => watchers.delete(changed);
}
