/** The widget's key notation (outside Flex): modifiers and a key, "Mod+K"; see key-notation.ts. */
import { phrase } from '../l10n/phrase.js';
import { ENGLISH_SPOKEN, isApplePlatform, keyName, type KeyNotation, type SpokenKeys } from './key-notation.js';

const MODIFIERS = ['Mod', 'Ctrl', 'Alt', 'Shift'] as const;
type Modifier = (typeof MODIFIERS)[number];

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

function isKept(key: string): key is KeptKey {
  return (KEPT_KEYS as readonly string[]).includes(key);
}

