/**
 * Adds the elements' English words (en-elements.ts) to the rest of English's catalog. The Flex
 * plugin's build substitutes src/flex/flex-element-words.ts, which adds them once its view part
 * has loaded, so that Flex start carries only the words said before the chat's view opens.
 */
import { elementWords, type ElementWords } from './en-elements.js';

export function withElementWords<T extends object>(locale: string, words: T): T & ElementWords {
  return Object.assign(words, elementWords(locale));
}
