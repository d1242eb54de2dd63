/**
 * How the languages other than English arrive: dynamic imports, which a bundler that splits (the
 * portal bundle, the demo) turns into a chunk each. The Flex plugin's build puts its own in this
 * module's place (src/flex/flex-catalog-loaders.ts): the plugin fetches them as files of its own.
 */
import type { CatalogFactory } from './catalogs.js';
import type { LocaleId } from './locales.js';

export const catalogLoaders: Readonly<Record<Exclude<LocaleId, 'en'>, () => Promise<{ catalog: CatalogFactory }>>> = {
  es: () => import('./es.js'),
  ar: () => import('./ar.js'),
};
