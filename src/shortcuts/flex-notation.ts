/** Flex's key notation: one letter or digit, to which Flex adds Ctrl+Shift; see key-notation.ts. */
import { phrase } from '../l10n/phrase.js';
import { ENGLISH_SPOKEN, isApplePlatform, keyName, type KeyNotation } from './key-notation.js';

/**
 * Ctrl+Shift+ these belong to the browser in Chrome, Edge and Firefox alike (developer tools,
 * windows, tabs, bookmarks) or to typing (paste as plain text, redo); Flex never stops them, so
 * a shortcut there would do both. The catalogs say what for. (Keys only one browser uses, such
 * as Firefox's K, stay free: Settings are kept per browser. chat-shortcuts.ts lists them all.)
 */
export const BROWSER_KEYS = ['I', 'J', 'C', 'N', 'T', 'W', 'Q', 'O', 'B', 'D', 'V', 'Z'] as const;
export type BrowserKey = (typeof BROWSER_KEYS)[number];

function isBrowserKey(key: string): key is BrowserKey {
  return (BROWSER_KEYS as readonly string[]).includes(key);
}

export function flexNotation(apple = isApplePlatform()): KeyNotation {
  const label = (key: string) => (apple ? `⌃⇧${key}` : `Ctrl+Shift+${key}`);
  return {
    scheme: 'flex',
    prompt: phrase('pressFlexKey'),
    fromEvent(event) {
      const name = keyName(event);
      return name && /^[A-Z0-9]$/.test(name) ? name : null;
    },
    label,
    words: (key, spoken = ENGLISH_SPOKEN) => (apple ? `${spoken.Control} ${spoken.Shift} ${key}` : label(key)),
    refusal(key) {
      if (!/^[A-Z0-9]$/.test(key)) return phrase('flexKeysOnly');
      return isBrowserKey(key) ? phrase('browserKeeps', label(key), key) : null;
    },
    isKey: (key): key is string => typeof key === 'string' && /^[A-Z0-9]$/.test(key),
  };
}
