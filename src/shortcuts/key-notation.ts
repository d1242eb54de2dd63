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
 */

export interface KeyNotation {
  readonly scheme: 'widget' | 'flex';
  /** The key a key press stands for, or null (a modifier on its own, or nothing this notation holds). */
  fromEvent(event: KeyboardEvent): string | null;
  /** For the eye: "Ctrl+K", "⌘K", "Ctrl+Shift+K". */
  label(key: string): string;
  /** For the ear: the same with modifier names spelled out ("Command K"). */
  words(key: string): string;
  /** Why `key` can't be a chat shortcut (typing or the browser needs it), in words; null when it can. */
  refusal(key: string): string | null;
  /** Whether a stored value is a key in this notation at all. */
  isKey(key: unknown): key is string;
  /** What to press, for the person choosing a new key. */
  readonly prompt: string;
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
const KEY_WORDS: Record<string, string> = { ArrowUp: 'Up Arrow', ArrowDown: 'Down Arrow', ArrowLeft: 'Left Arrow', ArrowRight: 'Right Arrow', Escape: 'Escape' };

function split(key: string): { modifiers: Modifier[]; name: string } {
  // The key itself may be "+": "Mod++".
  const parts = key.endsWith('++') ? [...key.slice(0, -2).split('+'), '+'] : key.split('+');
  const name = parts.pop() ?? '';
  return { modifiers: parts.filter((part): part is Modifier => (MODIFIERS as readonly string[]).includes(part)), name };
}

/** What browsers and text fields already do with these keys (widget notation). */
const KEPT_FOR: Record<string, string> = {
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

export function widgetNotation(apple = isApplePlatform()): KeyNotation {
  const glyph: Record<Modifier, string> = apple ? { Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' } : { Mod: 'Ctrl', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };
  const spoken: Record<Modifier, string> = apple
    ? { Mod: 'Command', Ctrl: 'Control', Alt: 'Option', Shift: 'Shift' }
    : { Mod: 'Ctrl', Ctrl: 'Ctrl', Alt: 'Alt', Shift: 'Shift' };
  // Apple lists ⌃⌥⇧⌘; everyone else Ctrl+Alt+Shift.
  const shownOrder: readonly Modifier[] = apple ? ['Ctrl', 'Alt', 'Shift', 'Mod'] : ['Mod', 'Ctrl', 'Alt', 'Shift'];
  const label = (key: string) => {
    const { modifiers, name } = split(key);
    const parts = [...shownOrder.filter((m) => modifiers.includes(m)).map((m) => glyph[m]), KEY_GLYPHS[name] ?? name];
    return parts.join(apple ? '' : '+');
  };
  return {
    scheme: 'widget',
    prompt: `Press the new keys, with ${apple ? '⌘, ⌃ or ⌥' : 'Ctrl or Alt'}. Escape cancels.`,
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
    words(key) {
      const { modifiers, name } = split(key);
      return [...shownOrder.filter((m) => modifiers.includes(m)).map((m) => spoken[m]), KEY_WORDS[name] ?? name].join(apple ? ' ' : '+');
    },
    refusal(key) {
      const { modifiers, name } = split(key);
      const functionKey = /^F([1-9]|1[0-9]|2[0-4])$/.test(name);
      if (!functionKey && !modifiers.some((m) => m !== 'Shift')) {
        return `Use ${apple ? '⌘, ⌃ or ⌥' : 'Ctrl or Alt'} with another key: keys on their own are for typing.`;
      }
      const kept = KEPT_FOR[key];
      return kept ? `${label(key)} is kept for ${kept}. Choose another key.` : null;
    },
    isKey(key): key is string {
      if (typeof key !== 'string' || key.length === 0 || key.length > 40) return false;
      const { modifiers, name } = split(key);
      return name.length > 0 && key.split('+').length - (name === '+' ? 2 : 1) === modifiers.length;
    },
  };
}

/** Ctrl+Shift+ these belong to the browser (developer tools, windows, tabs). */
const BROWSER_KEEPS: Record<string, string> = {
  I: 'opens the developer tools',
  J: 'opens the developer tools',
  C: 'opens the developer tools',
  N: 'opens a private window',
  T: 'reopens a closed tab',
  W: 'closes the window',
  Q: 'quits the browser',
};

export function flexNotation(apple = isApplePlatform()): KeyNotation {
  const label = (key: string) => (apple ? `⌃⇧${key}` : `Ctrl+Shift+${key}`);
  return {
    scheme: 'flex',
    prompt: 'Press a letter or digit: Flex adds Ctrl+Shift. Escape cancels.',
    fromEvent(event) {
      const name = keyName(event);
      return name && /^[A-Z0-9]$/.test(name) ? name : null;
    },
    label,
    words: (key) => (apple ? `Control Shift ${key}` : label(key)),
    refusal(key) {
      if (!/^[A-Z0-9]$/.test(key)) return 'Flex shortcuts are Ctrl+Shift and one letter or digit.';
      const kept = BROWSER_KEEPS[key];
      return kept ? `${label(key)} ${kept} in the browser. Choose another key.` : null;
    },
    isKey: (key): key is string => typeof key === 'string' && /^[A-Z0-9]$/.test(key),
  };
}
