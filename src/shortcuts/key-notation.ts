/**
 * How keys are written, read from key presses, shown and refused: what the two notations share.
 * Each has a module of its own (widget-notation.ts, flex-notation.ts), so a bundle carries only
 * the one it uses:
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
import type { Phrase } from '../l10n/phrase.js';

/** How a screen reader should say modifier and arrow keys: a catalog's `spokenKeys`. */
export type SpokenKeys = Catalog['spokenKeys'];
/** What keys are called when no catalog is given: English. */
export const ENGLISH_SPOKEN = english('en').spokenKeys;

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

/**
 * The composer's other send key as the widget's notation writes `Mod+Enter`, for Settings,
 * which shows it in Flex too without carrying the rest of that notation.
 */
export const sendKeyLabel = (apple = isApplePlatform()): string => (apple ? '⌘Enter' : 'Ctrl+Enter');

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'AltGraph', 'Meta', 'OS', 'Hyper', 'Super', 'CapsLock', 'Fn']);
/** The key itself, without modifiers: "K", "1", "ArrowDown", "/". */
export function keyName(event: KeyboardEvent): string | null {
  if (MODIFIER_KEYS.has(event.key)) return null;
  if (/^[a-z0-9]$/i.test(event.key)) return event.key.toUpperCase();
  const physical = /^(?:Key([A-Z])|Digit([0-9]))$/.exec(event.code ?? '');
  if (physical) return physical[1] ?? physical[2]!;
  if (event.key === ' ') return 'Space';
  if (!event.key || event.key === 'Dead' || event.key === 'Unidentified' || event.key === 'Process') return null;
  return event.key;
}

