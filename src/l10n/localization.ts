/**
 * One element tree's language: the catalog its elements read, the locale tag for Intl, and the
 * direction. `<internal-agent-chat>` owns one and provides it to the elements inside through
 * @lit/context, as it provides the store; it is a stable object that announces its own changes.
 * An element mounted alone makes its own (see LocaleController).
 */
import { createContext } from '@lit/context';
import { loadCatalog, loadedCatalog } from './catalogs.js';
import type { Catalog } from './en.js';
import { directionOf, LANGUAGE_NAMES, resolveLocale, type LocaleId, type ResolvedLocale } from './locales.js';
import { phrase, say, type Phrase } from './phrase.js';

export class Localization {
  #locale: ResolvedLocale = { id: 'en', tag: 'en' };
  #words: Catalog = loadedCatalog('en', 'en')!;
  #wanted: ResolvedLocale = this.#locale;
  #problem: Phrase | null = null;
  readonly #listeners = new Set<() => void>();

  /** The language shown. */
  get id(): LocaleId {
    return this.#locale.id;
  }

  /** The tag dates, numbers and plurals are formatted with (`en`, `es-MX`, `ar`). */
  get tag(): string {
    return this.#locale.tag;
  }

  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.#locale.id);
  }

  /** The catalog: `words.send`, `words.isTyping(name)`. */
  get words(): Catalog {
    return this.#words;
  }

  /** Why the language asked for isn't shown (its words could not be fetched; a reload fetches them again), in words; null when it is. */
  get problem(): Phrase | null {
    return this.#problem;
  }

  /** A service's phrase in this language. */
  say(text: Phrase): string {
    return say(this.#words, text);
  }

  /** Calls `listener` after every change of language; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Switches to the first of `wanted` (language tags, most wanted first) that ships, English
   * when none does: at once when its catalog has loaded, else once it has (the current words
   * stay meanwhile, and a later choice wins over one still loading).
   */
  async choose(wanted: ReadonlyArray<string | null | undefined>): Promise<void> {
    const locale = resolveLocale(wanted);
    this.#wanted = locale;
    if (!loadedCatalog(locale.id, locale.tag)) {
      try {
        await loadCatalog(locale.id);
      } catch {
        // The words stay as they are, and the person is told why. The browser keeps a module that
        // failed to load as failed for the page's life, so the way forward is a reload.
        if (this.#wanted === locale) this.#setProblem(phrase('languageNotLoaded', LANGUAGE_NAMES[locale.id]));
        return;
      }
    }
    if (this.#wanted !== locale) return;
    this.#setProblem(null);
    if (locale.id === this.#locale.id && locale.tag === this.#locale.tag) return;
    this.#locale = locale;
    this.#words = loadedCatalog(locale.id, locale.tag)!;
    this.#changed();
  }

  #setProblem(problem: Phrase | null): void {
    if (JSON.stringify(problem) === JSON.stringify(this.#problem)) return;
    this.#problem = problem;
    this.#changed();
  }

  #changed(): void {
    for (const listener of this.#listeners) listener();
  }
}

/** The localization of the widget an element is in; provided by `<internal-agent-chat>`. */
export const localizationContext = createContext<Localization | undefined>(Symbol('iac-localization'));
