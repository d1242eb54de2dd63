/**
 * The widget's theme tokens: every `--iac-*` custom property the elements read, what it styles,
 * its light default (Twilio Paste, the value each element falls back to) and its dark value.
 * Element tokens (`--iac-composer-*`, `--iac-message-*`, …) fall back to system tokens
 * (`--iac-color-*`, …), which fall back to the light default, so a host sets as few as it likes.
 *
 * One source for the demo, the gallery, the Flex plugin and README's token table.
 */

export type TokenGroup = 'color' | 'presence' | 'avatar' | 'shape' | 'type' | 'agent-list' | 'chat-thread' | 'composer';

export interface ThemeToken {
  readonly name: `--iac-${string}`;
  readonly group: TokenGroup;
  /** The default: the value (or the token, then its value) the elements fall back to. */
  readonly light: string;
  /** The dark set's value, when it differs from following the system token. */
  readonly dark?: string;
  /** The Twilio Paste token the light default follows, if there is one. */
  readonly paste?: string;
  readonly description: string;
}

export const THEME_TOKENS: readonly ThemeToken[] = [
  // System colours: what most themes set.
  { name: '--iac-color-background', group: 'color', light: '#ffffff', dark: '#121c2d', paste: 'color-background-body', description: 'Main background: the root, the thread, the composer box, file cards.' },
  { name: '--iac-color-background-weak', group: 'color', light: '#f4f4f6', dark: '#1f304c', paste: 'color-background', description: "The directory, the other agent's messages, attachment chips." },
  { name: '--iac-color-background-hover', group: 'color', light: 'rgb(18 28 45 / 0.06)', dark: 'rgb(255 255 255 / 0.08)', paste: 'palette-gray-100, 6 %', description: 'Rows and icon buttons under the pointer.' },
  { name: '--iac-color-background-selected', group: 'color', light: '#ebf4ff', dark: '#1e3a66', paste: 'color-background-primary-weakest', description: 'The open chat’s row in the directory.' },
  { name: '--iac-color-background-warning', group: 'color', light: '#fef5ee', dark: '#4a2d12', paste: 'color-background-warning-weakest', description: 'Reconnecting and storage banners.' },
  { name: '--iac-color-background-error', group: 'color', light: '#feecec', dark: '#310c0c', paste: 'color-background-error-weakest', description: 'Problem banner, a message that failed to send.' },
  { name: '--iac-color-background-disabled', group: 'color', light: '#e1e3ea', dark: '#394762', paste: 'color-background-strong', description: 'The Send button while there is nothing to send.' },
  { name: '--iac-color-border', group: 'color', light: '#8891aa', dark: '#606b85', paste: 'color-border', description: 'Search box and composer borders.' },
  { name: '--iac-color-border-weak', group: 'color', light: '#e1e3ea', dark: '#394762', paste: 'color-border-weaker', description: 'Dividers, day separators, chips and cards.' },
  { name: '--iac-color-border-warning', group: 'color', light: '#f47c22', paste: 'color-border-warning', description: 'Edge of the warning banners.' },
  { name: '--iac-color-border-error', group: 'color', light: '#d61f1f', dark: '#eb5656', paste: 'color-border-error', description: 'Edge of the problem banner and of a failed message.' },
  { name: '--iac-color-brand', group: 'color', light: '#0263e0', paste: 'color-background-primary', description: 'Accent: Send button, own messages, unread badges.' },
  { name: '--iac-color-icon-brand', group: 'color', light: '#0263e0', dark: '#99cdff', paste: 'color-icon-primary', description: 'Accent icons drawn on a background: pinned and muted toggles, file icons, the drop hint.' },
  { name: '--iac-color-brand-strong', group: 'color', light: '#043cb5', paste: 'palette-blue-70', description: 'The Send button under the pointer.' },
  { name: '--iac-color-focus', group: 'color', light: '#0263e0', dark: '#99cdff', paste: 'color-border-primary', description: 'Focus rings.' },
  { name: '--iac-color-text', group: 'color', light: '#121c2d', dark: '#f4f4f6', paste: 'color-text', description: 'Main text.' },
  { name: '--iac-color-text-weak', group: 'color', light: '#606b85', dark: '#aeb2c1', paste: 'color-text-weak', description: 'Secondary text: activity, times, sizes, placeholders, icons.' },
  { name: '--iac-color-text-link', group: 'color', light: '#0263e0', dark: '#99cdff', paste: 'color-text-link', description: 'Text buttons (Try again, Retry, Dismiss), links, the drop hint: accent text.' },
  { name: '--iac-color-text-error', group: 'color', light: '#d61f1f', dark: '#f58a8a', paste: 'color-text-error', description: 'Failure text.' },
  { name: '--iac-color-text-inverse', group: 'color', light: '#ffffff', paste: 'color-text-inverse', description: 'Text on the brand colour.' },
  { name: '--iac-color-text-disabled', group: 'color', light: '#8891aa', paste: '≈ color-text-weaker', description: 'Disabled buttons.' },

  // Presence dots on avatars.
  { name: '--iac-presence-available', group: 'presence', light: '#14b053', paste: 'color-background-available', description: 'Available, online, ready.' },
  { name: '--iac-presence-busy', group: 'presence', light: '#d61f1f', paste: 'color-background-unavailable', description: 'Busy, on a call, in a meeting, training, on a task.' },
  { name: '--iac-presence-away', group: 'presence', light: '#f47c22', paste: 'color-background-busy', description: 'Break, lunch, away.' },
  { name: '--iac-presence-offline', group: 'presence', light: '#8891aa', paste: '≈ color-background-offline', description: 'Ring of an offline agent (the dot is hollow).' },
  { name: '--iac-presence-other', group: 'presence', light: '#8891aa', description: 'Any activity name the widget does not recognise.' },

  // Avatars.
  { name: '--iac-avatar-size', group: 'avatar', light: '2.25rem', description: 'Avatar diameter (3.5rem at the start of a chat).' },
  { name: '--iac-avatar-border-radius', group: 'avatar', light: '50%', paste: 'border-radius-circle', description: 'Avatar corners; set e.g. 0.5rem for rounded squares.' },
  { name: '--iac-avatar-lightness', group: 'avatar', light: '88%', dark: '25%', description: 'Lightness of the initials’ background (its hue comes from the agent’s identity).' },
  { name: '--iac-avatar-text-lightness', group: 'avatar', light: '25%', dark: '92%', description: 'Lightness of the initials.' },

  // Shape and type.
  { name: '--iac-border-radius', group: 'shape', light: '4px', paste: 'border-radius-20', description: 'Buttons, inputs, the composer, chips.' },
  { name: '--iac-border-radius-large', group: 'shape', light: '8px', paste: 'border-radius-30', description: 'Directory rows, images and file cards.' },
  { name: '--iac-font-family', group: 'type', light: 'Inter, system-ui, sans-serif', paste: 'font-family-text (shortened)', description: 'Font of the whole widget.' },
  { name: '--iac-font-size', group: 'type', light: '0.875rem', paste: 'font-size-30', description: 'Base text size.' },
  { name: '--iac-line-height', group: 'type', light: '1.25rem', paste: 'line-height-30', description: 'Line height in the composer.' },

  // Element tokens: each falls back to the system token named in `light`.
  { name: '--iac-agent-list-background', group: 'agent-list', light: 'var(--iac-color-background-weak)', description: 'Background of the directory.' },
  { name: '--iac-agent-list-width', group: 'agent-list', light: '20rem', description: 'Width of the directory beside the chat (at least 15rem).' },
  { name: '--iac-chat-thread-background', group: 'chat-thread', light: 'var(--iac-color-background)', description: 'Background of the thread.' },
  { name: '--iac-message-own-background', group: 'chat-thread', light: 'var(--iac-color-brand)', description: "The person's own message bubbles." },
  { name: '--iac-message-own-color', group: 'chat-thread', light: 'var(--iac-color-text-inverse)', description: 'Text of own messages.' },
  { name: '--iac-message-other-background', group: 'chat-thread', light: 'var(--iac-color-background-weak)', description: "The other agent's message bubbles." },
  { name: '--iac-message-other-color', group: 'chat-thread', light: 'var(--iac-color-text)', description: "Text of the other agent's messages." },
  { name: '--iac-composer-text-color', group: 'composer', light: 'var(--iac-color-text)', description: 'Composer text.' },
  { name: '--iac-composer-text-weak-color', group: 'composer', light: 'var(--iac-color-text-weak)', description: 'Placeholder, sizes and icons.' },
  { name: '--iac-composer-background', group: 'composer', light: 'var(--iac-color-background)', description: 'Composer box.' },
  { name: '--iac-composer-background-weak', group: 'composer', light: 'var(--iac-color-background-weak)', description: 'Chips and hover backgrounds.' },
  { name: '--iac-composer-border-color', group: 'composer', light: 'var(--iac-color-border)', description: 'Composer border.' },
  { name: '--iac-composer-border-weak-color', group: 'composer', light: 'var(--iac-color-border-weak)', description: 'Chip borders.' },
  { name: '--iac-composer-brand-color', group: 'composer', light: 'var(--iac-color-brand)', description: 'Send button, focus and drop hint.' },
  { name: '--iac-composer-brand-strong-color', group: 'composer', light: 'var(--iac-color-brand-strong)', description: 'Send button under the pointer.' },
  { name: '--iac-composer-on-brand-color', group: 'composer', light: 'var(--iac-color-text-inverse)', description: 'Send button text.' },
  { name: '--iac-composer-focus-color', group: 'composer', light: 'var(--iac-color-focus)', description: 'Focus rings in the composer.' },
  { name: '--iac-composer-border-radius', group: 'composer', light: 'var(--iac-border-radius)', description: 'Composer corners.' },
  { name: '--iac-composer-font-family', group: 'composer', light: 'var(--iac-font-family)', description: 'Composer font.' },
  { name: '--iac-composer-font-size', group: 'composer', light: 'var(--iac-font-size)', description: 'Composer text size.' },
  { name: '--iac-composer-max-height', group: 'composer', light: '10rem', description: 'How tall the textbox grows before it scrolls.' },
  { name: '--iac-composer-shadow', group: 'composer', light: '0 1px 2px 0 rgb(18 28 45 / 0.08)', description: "The composer box's shadow." },
  { name: '--iac-composer-drop-background', group: 'composer', light: 'var(--iac-composer-background-weak)', description: 'Background of the "Drop files to attach" hint.' },
];

/**
 * Custom properties the elements set for themselves (layout and per-agent values). They appear
 * in the styles but are not for hosts to set.
 */
export const INTERNAL_PROPERTIES: readonly string[] = ['--iac-avatar-hue', '--iac-thread-back-display'];

export type ThemeTokens = Readonly<Record<string, string>>;

/**
 * The light theme, spelled out: the elements' own defaults, so setting it changes nothing. Use it
 * as the base of a custom theme, or to undo another theme on part of a page.
 */
export const LIGHT_THEME: ThemeTokens = Object.fromEntries(
  THEME_TOKENS.filter((token) => !token.light.startsWith('var(')).map((token) => [token.name, token.light]),
);

/** The dark theme: only the tokens whose dark value differs; everything else follows them. */
export const DARK_THEME: ThemeTokens = Object.fromEntries(
  THEME_TOKENS.filter((token) => token.dark !== undefined).map((token) => [token.name, token.dark!]),
);

/** Sets `tokens` as inline custom properties on `element`; returns the undo. */
export function applyTheme(element: HTMLElement, tokens: ThemeTokens): () => void {
  for (const [name, value] of Object.entries(tokens)) element.style.setProperty(name, value);
  return () => {
    for (const name of Object.keys(tokens)) element.style.removeProperty(name);
  };
}

/** The tokens as a CSS rule, e.g. for a `<style>` or a stylesheet: `themeCss(DARK_THEME, '.dark')`. */
export function themeCss(tokens: ThemeTokens, selector = ':root'): string {
  const lines = Object.entries(tokens).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}
