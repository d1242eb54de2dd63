/** Test helper: the English catalog, and the English words of the phrases services return. */
import { catalog } from '../../src/l10n/en.js';
import { say, type Phrase } from '../../src/l10n/phrase.js';

export const english = catalog('en');

export function inEnglish(text: Phrase): string;
export function inEnglish(text: Phrase | null | undefined): string | null;
export function inEnglish(text: Phrase | null | undefined): string | null {
  return text ? say(english, text) : null;
}
