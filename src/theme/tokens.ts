/**
 * The widget's theme tokens: every `--iac-*` custom property the elements read, its light
 * default (Twilio Paste, the value each element falls back to) and its dark value. Element tokens
 * (`--iac-composer-*`, `--iac-message-*`, …) fall back to system tokens (`--iac-color-*`, …),
 * which fall back to the light default, so a host sets as few as it likes.
 *
 * What ships: the values only. What each token styles, and the Paste token it follows, are in
 * token-docs.ts, for the gallery, README's token table and the public THEME_TOKENS; a Flex
 * agent's browser never needs them.
 */

export type TokenGroup = 'color' | 'presence' | 'avatar' | 'shape' | 'type' | 'agent-list' | 'chat-thread' | 'composer';

export interface TokenValues {
  readonly group: TokenGroup;
  /** The default: the value (or the token, then its value) the elements fall back to. */
  readonly light: string;
  /** The dark set's value, when it differs from following the system token. */
  readonly dark?: string;
}

export const TOKEN_VALUES = {
  // System colours: what most themes set.
  '--iac-color-background': { group: 'color', light: '#ffffff', dark: '#121c2d' },
  '--iac-color-background-weak': { group: 'color', light: '#f4f4f6', dark: '#1f304c' },
  '--iac-color-background-hover': { group: 'color', light: 'rgb(18 28 45 / 0.06)', dark: 'rgb(255 255 255 / 0.08)' },
  '--iac-color-background-selected': { group: 'color', light: '#ebf4ff', dark: '#1e3a66' },
  '--iac-color-background-warning': { group: 'color', light: '#fef5ee', dark: '#4a2d12' },
  '--iac-color-background-error': { group: 'color', light: '#feecec', dark: '#310c0c' },
  '--iac-color-background-disabled': { group: 'color', light: '#e1e3ea', dark: '#394762' },
  '--iac-color-border': { group: 'color', light: '#8891aa', dark: '#606b85' },
  '--iac-color-border-weak': { group: 'color', light: '#e1e3ea', dark: '#394762' },
  '--iac-color-border-warning': { group: 'color', light: '#f47c22' },
  '--iac-color-border-error': { group: 'color', light: '#d61f1f', dark: '#eb5656' },
  '--iac-color-brand': { group: 'color', light: '#0263e0' },
  '--iac-color-icon-brand': { group: 'color', light: '#0263e0', dark: '#99cdff' },
  '--iac-color-brand-strong': { group: 'color', light: '#043cb5' },
  '--iac-color-focus': { group: 'color', light: '#0263e0', dark: '#99cdff' },
  '--iac-color-text': { group: 'color', light: '#121c2d', dark: '#f4f4f6' },
  '--iac-color-text-weak': { group: 'color', light: '#606b85', dark: '#aeb2c1' },
  '--iac-color-text-link': { group: 'color', light: '#0263e0', dark: '#99cdff' },
  '--iac-color-text-error': { group: 'color', light: '#d61f1f', dark: '#f58a8a' },
  '--iac-color-text-inverse': { group: 'color', light: '#ffffff' },
  '--iac-color-text-disabled': { group: 'color', light: '#8891aa' },

  // Presence dots on avatars.
  '--iac-presence-available': { group: 'presence', light: '#14b053' },
  '--iac-presence-busy': { group: 'presence', light: '#d61f1f' },
  '--iac-presence-away': { group: 'presence', light: '#f47c22' },
  '--iac-presence-offline': { group: 'presence', light: '#8891aa' },
  '--iac-presence-other': { group: 'presence', light: '#8891aa' },

  // Avatars.
  '--iac-avatar-size': { group: 'avatar', light: '2.25rem' },
  '--iac-avatar-border-radius': { group: 'avatar', light: '50%' },
  '--iac-avatar-lightness': { group: 'avatar', light: '88%', dark: '25%' },
  '--iac-avatar-text-lightness': { group: 'avatar', light: '25%', dark: '92%' },

  // Shape and type.
  '--iac-border-radius': { group: 'shape', light: '4px' },
  '--iac-border-radius-large': { group: 'shape', light: '8px' },
  '--iac-font-family': { group: 'type', light: 'Inter, system-ui, sans-serif' },
  '--iac-font-size': { group: 'type', light: '0.875rem' },
  '--iac-line-height': { group: 'type', light: '1.25rem' },

  // Element tokens: each falls back to the system token named in `light`.
  '--iac-agent-list-background': { group: 'agent-list', light: 'var(--iac-color-background-weak)' },
  '--iac-agent-list-width': { group: 'agent-list', light: '20rem' },
  '--iac-chat-thread-background': { group: 'chat-thread', light: 'var(--iac-color-background)' },
  '--iac-message-own-background': { group: 'chat-thread', light: 'var(--iac-color-brand)' },
  '--iac-message-own-color': { group: 'chat-thread', light: 'var(--iac-color-text-inverse)' },
  '--iac-message-other-background': { group: 'chat-thread', light: 'var(--iac-color-background-weak)' },
  '--iac-message-other-color': { group: 'chat-thread', light: 'var(--iac-color-text)' },
  '--iac-composer-text-color': { group: 'composer', light: 'var(--iac-color-text)' },
  '--iac-composer-text-weak-color': { group: 'composer', light: 'var(--iac-color-text-weak)' },
  '--iac-composer-background': { group: 'composer', light: 'var(--iac-color-background)' },
  '--iac-composer-background-weak': { group: 'composer', light: 'var(--iac-color-background-weak)' },
  '--iac-composer-border-color': { group: 'composer', light: 'var(--iac-color-border)' },
  '--iac-composer-border-weak-color': { group: 'composer', light: 'var(--iac-color-border-weak)' },
  '--iac-composer-brand-color': { group: 'composer', light: 'var(--iac-color-brand)' },
  '--iac-composer-brand-strong-color': { group: 'composer', light: 'var(--iac-color-brand-strong)' },
  '--iac-composer-on-brand-color': { group: 'composer', light: 'var(--iac-color-text-inverse)' },
  '--iac-composer-focus-color': { group: 'composer', light: 'var(--iac-color-focus)' },
  '--iac-composer-border-radius': { group: 'composer', light: 'var(--iac-border-radius)' },
  '--iac-composer-font-family': { group: 'composer', light: 'var(--iac-font-family)' },
  '--iac-composer-font-size': { group: 'composer', light: 'var(--iac-font-size)' },
  '--iac-composer-max-height': { group: 'composer', light: '10rem' },
  '--iac-composer-shadow': { group: 'composer', light: '0 1px 2px 0 rgb(18 28 45 / 0.08)' },
  '--iac-composer-drop-background': { group: 'composer', light: 'var(--iac-composer-background-weak)' },
} as const satisfies Record<`--iac-${string}`, TokenValues>;

export type TokenName = keyof typeof TOKEN_VALUES;

const values = Object.entries(TOKEN_VALUES) as Array<[TokenName, TokenValues]>;


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
export const LIGHT_THEME: ThemeTokens = Object.fromEntries(values.filter(([, token]) => !token.light.startsWith('var(')).map(([name, token]) => [name, token.light]));

/** The dark theme: only the tokens whose dark value differs; everything else follows them. */
export const DARK_THEME: ThemeTokens = Object.fromEntries(values.flatMap(([name, token]) => (token.dark === undefined ? [] : [[name, token.dark]])));

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
