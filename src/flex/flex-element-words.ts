/**
 * The Flex plugin's src/l10n/element-words.ts (its build substitutes this one). The elements'
 * English words come with the view part, the only code that shows them: an English catalog made
 * at Flex start holds the rest, and the view part adds its words to it (`addElementWords`) as it
 * loads, before any element renders. e2e/plugin-words.test.mjs checks that nothing at start
 * names one of them.
 */
import type { withElementWords as WithElementWords } from '../l10n/element-words.js';
import type { elementWords as ElementWordsOf } from '../l10n/en-elements.js';

/** English catalogs made before the view part arrived: each gets the elements' words then. */
const waiting: Array<[locale: string, words: object]> = [];
let elementWords: typeof ElementWordsOf | undefined;

export const withElementWords = ((locale: string, words: object) => {
  if (elementWords) return Object.assign(words, elementWords(locale));
  waiting.push([locale, words]);
  return words;
}) as typeof WithElementWords;

/** Called by the view part as it loads, with its words. */
export function addElementWords(words: typeof ElementWordsOf): void {
  elementWords = words;
  for (const [locale, catalog] of waiting.splice(0)) Object.assign(catalog, words(locale));
}
