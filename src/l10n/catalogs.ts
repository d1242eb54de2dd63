/**
 * The catalogs, by language. English is imported here and ships in every bundle; the others are
 * fetched the first time someone chooses them (catalog-loaders.ts).
 */
import { catalog as english, type Catalog } from './en.js';
import { catalogLoaders } from './catalog-loaders.js';
import type { LocaleId } from './locales.js';

export type CatalogFactory = (locale: string) => Catalog;

const factories = new Map<LocaleId, CatalogFactory | Promise<CatalogFactory>>([['en', english]]);
/** One catalog per locale tag (numbers and plurals follow the tag: `es-MX`, `ar-MA`). */
const catalogs = new Map<string, Catalog>();

/**
 * Loads a language's catalog (once; later calls share it). A host can call it before showing
 * the chat, so the first paint is already in that language.
 */
export async function loadCatalog(id: LocaleId): Promise<void> {
  let factory = factories.get(id);
  if (!factory) {
    factory = catalogLoaders[id as Exclude<LocaleId, 'en'>]().then((module) => module.catalog);
    factories.set(id, factory);
    // A failed load (the chunk could not be fetched) may be tried again later.
    factory.then((loaded) => factories.set(id, loaded), () => factories.delete(id));
  }
  await factory;
}

/** The catalog for `tag` in language `id`, when that language has loaded. */
export function loadedCatalog(id: LocaleId, tag: string): Catalog | undefined {
  const factory = factories.get(id);
  if (typeof factory !== 'function') return undefined;
  let words = catalogs.get(tag);
  if (!words) catalogs.set(tag, (words = factory(tag)));
  return words;
}
