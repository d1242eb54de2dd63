/**
 * How keys are written, read from key presses, shown and refused, in the two notations:
 *
 * - **widget** (outside Flex): modifiers and a key, "Mod+K", "Alt+Shift+ArrowDown". "Mod" is Ctrl,
 *   or ⌘ on Apple keyboards, so one key map fits both; shown as "Ctrl+K" or "⌘K".
 * - **flex**: one letter or digit, as Flex's KeyboardShortcutManager keys them; Flex adds
 *   Ctrl+Shift itself, so "K" is shown as "Ctrl+Shift+K".
 *
 * Letters and digits are read from `event.code` when `event.key` is something else (Shift+1 is "!",
 * ⌥K on a Mac is "˚"), so a shortcut is the same keys whatever the modifiers produce.
 *
 * Labels ("Ctrl+K", "⌘K") are what keycaps show and stay as they are; what is said about keys
 * (prompts, refusals, the spoken form) is phrases and catalog words (src/l10n).
 */
import { catalog as english, type Catalog } from '../l10n/en.js';
import { phrase, type Phrase } from '../l10n/phrase.js';

/** How a screen reader should say modifier and arrow keys: a catalog's `spokenKeys`. */
export type SpokenKeys = Catalog['spokenKeys'];
const ENGLISH_SPOKEN = english('en').spokenKeys;

export interface KeyNotation {
  readonly scheme: 'widget' | 'flex';
  /** The key a key press stands for, or null (a modifier on its own, or nothing this notation holds). */
  fromEvent(event: KeyboardEvent): string | null;
  /** For the eye: "Ctrl+K", "⌘K", "Ctrl+Shift+K". */
  label(key: string): string;
  /** For the ear: the same with modifier names spelled out ("Command K"), in English unless `spoken` is given. */
  words(key: string, spoken?: SpokenKeys): string;
  /** Why `key` can't be a chat shortcut (typing or the browser needs it), in words; null when it can. */
  refusal(key: string): Phrase | null;
  /** Whether a stored value is a key in this notation at all. */
  isKey(key: unknown): key is string;
  /** What to press, for the person choosing a new key. */
  readonly prompt: Phrase;
}

export function isApplePlatform(): boolean {
  const platform = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData?.platform ?? navigator.platform;
  return /mac|iphone|ipad/i.test(platform);
}

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'AltGraph', 'Meta', 'OS', 'Hyper', 'Super', 'CapsLock', 'Fn']);
const MODIFIERS = ['Mod', 'Ctrl', 'Alt', 'Shift'] as const;
type Modifier = (typeof MODIFIERS)[number];

/** The key itself, without modifiers: "K", "1", "ArrowDown", "/". */
function keyName(event: KeyboardEvent): string | null {
  if (MODIFIER_KEYS.has(event.key)) return null;
  if (/^[a-z0-9]$/i.test(event.key)) return event.key.toUpperCase();
  const physical = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(event.code ?? '');
  if (physical) return physical[1] ?? physical[2]!;
  if (event.key === ' ') return 'Space';
  if (!event.key || event.key === 'Dead' || event.key === 'Unidentified' || event.key === 'Process') return null;
  return event.key;
}

const KEY_GLYPHS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };
const NAMED_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Escape']);

function spokenName(name: string, spoken: SpokenKeys): string {
  return NAMED_KEYS.has(name) ? spoken[name as keyof SpokenKeys] : name;
}

function split(key: string): { modifiers: Modifier[]; name: string } {
  // The key itself may be "+": "Mod++".
  const parts = key.endsWith('++') ? [...key.slice(0, -2).split('+'), '+'] : key.split('+');
  const name = parts.pop() ?? '';
  return { modifiers: parts.filter((part): part is Modifier => (MODIFIERS as readonly string[]).includes(part)), name };
}

/** Keys browsers and text fields already use (widget notation); the catalogs say what for. */
export const KEPT_KEYS = [
  'Mod+C',
  'Mod+V',
  'Mod+X',
  'Mod+A',
  'Mod+Z',
  'Mod+Shift+Z',
  'Mod+Y',
  'Mod+Enter',
  'Mod+W',
  'Mod+T',
  'Mod+Shift+T',
  'Mod+N',
  'Mod+Shift+N',
  'Mod+Q',
  'Mod+R',
  'Mod+F',
  'Mod+L',
  'Mod+P',
  'Mod+S',
  'Alt+F4',
] as const;
export type KeptKey = (typeof KEPT_KEYS)[number];

export function widgetNotation(apple = isApplePlatform()): KeyNotation {
  const glyph: Record<Modifier, string> = apple ? { Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' } : { Mod: 'Ctrl', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };
  const modifierWords = (spoken: SpokenKeys): Record<Modifier, string> =>
    apple
      ? { Mod: spoken.Command, Ctrl: spoken.Control, Alt: spoken.Option, Shift: spoken.Shift }
      : { Mod: spoken.Ctrl, Ctrl: spoken.Ctrl, Alt: spoken.Alt, Shift: spoken.Shift };
  // Apple lists ⌃⌥⇧⌘; everyone else Ctrl+Alt+Shift.
  const shownOrder: readonly Modifier[] = apple ? ['Ctrl', 'Alt', 'Shift', 'Mod'] : ['Mod', 'Ctrl', 'Alt', 'Shift'];
  const label = (key: string) => {
    const { modifiers, name } = split(key);
    const parts = [...shownOrder.filter((m) => modifiers.includes(m)).map((m) => glyph[m]), KEY_GLYPHS[name] ?? name];
    return parts.join(apple ? '' : '+');
  };
  return {
    scheme: 'widget',
    prompt: phrase('pressKeysWith', apple),
    fromEvent(event) {
      const name = keyName(event);
      if (!name) return null;
      // The Windows key belongs to the system; on a Mac ⌘ is "Mod" and Control is its own.
      if (event.metaKey && !apple) return null;
      const held: Modifier[] = [];
      if (apple ? event.metaKey : event.ctrlKey) held.push('Mod');
      if (apple && event.ctrlKey) held.push('Ctrl');
      if (event.altKey) held.push('Alt');
      if (event.shiftKey) held.push('Shift');
      return [...held, name].join('+');
    },
    label,
    words(key, spoken = ENGLISH_SPOKEN) {
      const { modifiers, name } = split(key);
      const said = modifierWords(spoken);
      return [...shownOrder.filter((m) => modifiers.includes(m)).map((m) => said[m]), spokenName(name, spoken)].join(apple ? ' ' : '+');
    },
    refusal(key) {
      const { modifiers, name } = split(key);
      const functionKey = /^F([1-9]|1[0-9]|2[0-4])$/.test(name);
      if (!functionKey && !modifiers.some((m) => m !== 'Shift')) return phrase('keysForTyping', apple);
      return isKept(key) ? phrase('keptFor', label(key), key) : null;
    },
    isKey(key): key is string {
      if (typeof key !== 'string' || key.length === 0 || key.length > 40) return false;
      const { modifiers, name } = split(key);
      return name.length > 0 && key.split('+').length - (name === '+' ? 2 : 1) === modifiers.length;
    },
  };
}

/**
 * Ctrl+Shift+ these belong to the browser in Chrome, Edge and Firefox alike (developer tools,
 * windows, tabs, bookmarks) or to typing (paste as plain text, redo); Flex never stops them, so
 * a shortcut there would do both. The catalogs say what for. (Keys only one browser uses, such
 * as Firefox's K, stay free: Settings are kept per browser. chat-shortcuts.ts lists them all.)
 */
export const BROWSER_KEYS = ['I', 'J', 'C', 'N', 'T', 'W', 'Q', 'O', 'B', 'D', 'V', 'Z'] as const;
export type BrowserKey = (typeof BROWSER_KEYS)[number];

function isKept(key: string): key is KeptKey {
  return (KEPT_KEYS as readonly string[]).includes(key);
}

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
