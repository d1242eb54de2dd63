/** The Flex plugin's src/l10n/catalog-loaders.ts (its build substitutes this one): the languages are the plugin's words part. */
import type { catalogLoaders as Loaders } from '../l10n/catalog-loaders.js';
import { loadPart } from './plugin-parts.js';
import type * as Words from './flex-words.js';

const words = () => loadPart<typeof Words>('words');

export const catalogLoaders: typeof Loaders = {
  es: async () => ({ catalog: (await words()).es }),
  ar: async () => ({ catalog: (await words()).ar }),
};
