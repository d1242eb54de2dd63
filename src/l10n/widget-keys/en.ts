/**
 * The words of the widget's own shortcuts (outside Flex): its key notation's prompt and refusals
 * (src/shortcuts/widget-notation.ts) and its own manager's "pressed too soon". Apart from the rest
 * of the catalog, like portal/, so that the Flex plugin, which uses Flex's notation and manager,
 * ships without them in any language (esbuild.config.mjs gives it an empty set instead).
 */
import type { KeptKey } from '../../shortcuts/widget-notation.js';

export function widgetKeyWords() {
  const keptFor: Record<KeptKey, string> = {
    'Mod+C': 'copying',
    'Mod+V': 'pasting',
    'Mod+X': 'cutting',
    'Mod+A': 'selecting all text',
    'Mod+Z': 'undoing',
    'Mod+Shift+Z': 'redoing',
    'Mod+Y': 'redoing',
    'Mod+Enter': 'sending a message',
    'Mod+W': 'closing the tab',
    'Mod+T': 'opening a tab',
    'Mod+Shift+T': 'reopening a closed tab',
    'Mod+N': 'opening a window',
    'Mod+Shift+N': 'opening a private window',
    'Mod+Q': 'quitting the browser',
    'Mod+R': 'reloading the page',
    'Mod+F': 'finding in the page',
    'Mod+L': 'the address bar',
    'Mod+P': 'printing',
    'Mod+S': 'saving the page',
    'Alt+F4': 'closing the window',
  };
  return {
    shortcutsWorkInChat: (openChat: string) => `They work while the cursor is in the chat; “${openChat}” works anywhere on the page.`,
    pressedTooSoon: (shortcut: string) => `“${shortcut}” was pressed again too soon, so that press was ignored.`,
    pressKeysWith: (apple: boolean) => `Press the new keys, with ${apple ? '⌘, ⌃ or ⌥' : 'Ctrl or Alt'}. Escape cancels.`,
    keysForTyping: (apple: boolean) => `Use ${apple ? '⌘, ⌃ or ⌥' : 'Ctrl or Alt'} with another key: keys on their own are for typing.`,
    keptFor: (keys: string, key: KeptKey) => `${keys} is kept for ${keptFor[key]}. Choose another key.`,
  };
}

export type WidgetKeyWords = ReturnType<typeof widgetKeyWords>;
