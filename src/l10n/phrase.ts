/**
 * How words that services produce reach the screen in the reader's language.
 *
 * Services never hold words of their own, and never import a catalog: where a service used to
 * build a sentence ("Couldn't send this message: you're offline…"), it now returns a `Phrase`, a
 * typed code (a catalog key) and the values that go into it — names, counts, sizes in bytes,
 * an error's own detail, or other phrases, such as the action that failed. Whoever shows the
 * words turns the phrase into text with the catalog of its own locale (`say`): the elements in
 * `render`, the Flex plugin for Flex's notifications, the attention service for a desktop
 * notification through the function its element gives it.
 *
 * Chosen over services calling the catalog because a service has no locale — one store serves
 * every element, and each element may be in another language (`lang`) — and because state
 * that holds phrases re-renders in the new language the moment it changes, with nothing to
 * translate again. Phrases are plain data: tests compare them, and `say(english(…), p)` gives
 * the English words for a test that reads them.
 */
import type { Catalog } from './en.js';

type Entry = string | ((...values: never[]) => string);

/** Catalog keys whose value is words, or a function making words from values. */
export type PhraseKey = { [K in keyof Catalog]: Catalog[K] extends Entry ? K : never }[keyof Catalog];

type ValuesOf<K extends PhraseKey> = Catalog[K] extends (...values: infer V) => string ? V : [];
/** A string a catalog function takes may be given as a phrase, put into words first. */
type Value<T> = T extends string ? string | Phrase : T;
type Values<V extends readonly unknown[]> = { readonly [I in keyof V]: Value<V[I]> };
type PhraseValues<K extends PhraseKey> = Values<ValuesOf<K>>;

export type Phrase = { [K in PhraseKey]: { readonly key: K; readonly values: PhraseValues<K> } }[PhraseKey];

/** A phrase: `phrase('typing', 'Bob Smith')`, `phrase('couldNotOffline', phrase('actionSend'))`. */
export function phrase<K extends PhraseKey>(key: K, ...values: PhraseValues<K>): Phrase {
  return { key, values } as unknown as Phrase;
}

export function isPhrase(value: unknown): value is Phrase {
  return typeof value === 'object' && value !== null && typeof (value as Phrase).key === 'string' && Array.isArray((value as Phrase).values);
}

/** The words for `text` in `words`' language. */
export function say(words: Catalog, text: Phrase): string {
  const entry = words[text.key] as Entry;
  if (typeof entry === 'string') return entry;
  const values = (text.values as readonly unknown[]).map((value) => (isPhrase(value) ? say(words, value) : value));
  return (entry as (...values: unknown[]) => string)(...values);
}
