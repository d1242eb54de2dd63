/**
 * The widget's theme tokens: every `--iac-*` custom property the elements read, its light
 * default (Twilio Paste, the value each element falls back to) and its dark value. Element tokens
 * (`--iac-composer-*`, `--iac-message-*`, …) fall back to system tokens (`--iac-color-*`, …),
 * which fall back to the light default, so a host sets as few as it likes.
 *
 * What ships: the values only, of the tokens that have their own. What each token styles, the
 * Paste token it follows, and the element tokens that follow a system token are in
 * token-docs.ts, for the gallery, README's token table and the public THEME_TOKENS; a Flex
 * agent's browser never needs them.
 */

import type { FollowingTokenName } from './token-docs.js';

export type TokenGroup = 'color' | 'presence' | 'avatar' | 'shape' | 'type' | 'agent-list' | 'chat-thread' | 'composer';

export interface TokenValues {
  readonly group: TokenGroup;
  /** The default: the value (or the token, then its value) the elements fall back to. */
  readonly light: string;
  /** The dark set's value, when it differs from following the system token. */
  readonly dark?: string;
}

/**
 * The tokens with a default of their own, by group: what the bundles ship (registered as the
 * custom properties' initial values, and the light and dark themes). Element tokens whose default
 * is a system token (`var(--iac-…)`) are in token-docs.ts's FOLLOWING_TOKENS: that fallback is
 * written in the elements' styles, so no bundle needs them here.
 */
export const TOKEN_VALUES = {
  color: {
    '--iac-color-background': { light: '#ffffff', dark: '#121c2d' },
    '--iac-color-background-weak': { light: '#f4f4f6', dark: '#1f304c' },
    '--iac-color-background-hover': { light: 'rgb(18 28 45 / 0.06)', dark: 'rgb(255 255 255 / 0.08)' },
    '--iac-color-background-selected': { light: '#ebf4ff', dark: '#1e3a66' },
    '--iac-color-background-warning': { light: '#fef5ee', dark: '#4a2d12' },
    '--iac-color-background-error': { light: '#feecec', dark: '#310c0c' },
    '--iac-color-background-disabled': { light: '#e1e3ea', dark: '#394762' },
    '--iac-color-border': { light: '#8891aa', dark: '#606b85' },
    '--iac-color-border-weak': { light: '#e1e3ea', dark: '#394762' },
    '--iac-color-border-warning': { light: '#f47c22' },
    '--iac-color-border-error': { light: '#d61f1f', dark: '#eb5656' },
    '--iac-color-brand': { light: '#0263e0' },
    '--iac-color-icon-brand': { light: '#0263e0', dark: '#99cdff' },
    '--iac-color-brand-strong': { light: '#043cb5' },
    '--iac-color-focus': { light: '#0263e0', dark: '#99cdff' },
    '--iac-color-text': { light: '#121c2d', dark: '#f4f4f6' },
    '--iac-color-text-weak': { light: '#606b85', dark: '#aeb2c1' },
    '--iac-color-text-link': { light: '#0263e0', dark: '#99cdff' },
    '--iac-color-text-error': { light: '#d61f1f', dark: '#f58a8a' },
    '--iac-color-text-inverse': { light: '#ffffff' },
    '--iac-color-text-disabled': { light: '#8891aa' },
  },
  presence: {
    '--iac-presence-available': { light: '#14b053' },
    '--iac-presence-busy': { light: '#d61f1f' },
    '--iac-presence-away': { light: '#f47c22' },
    '--iac-presence-offline': { light: '#8891aa' },
    '--iac-presence-other': { light: '#8891aa' },
  },
  avatar: {
    '--iac-avatar-size': { light: '2.25rem' },
    '--iac-avatar-border-radius': { light: '50%' },
    '--iac-avatar-lightness': { light: '88%', dark: '25%' },
    '--iac-avatar-text-lightness': { light: '25%', dark: '92%' },
  },
  shape: {
    '--iac-border-radius': { light: '4px' },
    '--iac-border-radius-large': { light: '8px' },
  },
  type: {
    '--iac-font-family': { light: 'Inter, system-ui, sans-serif' },
    '--iac-font-size': { light: '0.875rem' },
    '--iac-line-height': { light: '1.25rem' },
  },
  'agent-list': {
    '--iac-agent-list-width': { light: '20rem' },
  },
  composer: {
    '--iac-composer-max-height': { light: '10rem' },
    '--iac-composer-shadow': { light: '0 1px 2px 0 rgb(18 28 45 / 0.08)' },
  },
} as const satisfies Partial<Record<TokenGroup, Record<`--iac-${string}`, Omit<TokenValues, 'group'>>>>;

type Grouped = typeof TOKEN_VALUES;
/** A token with a default of its own. */
export type ValueTokenName = { [G in keyof Grouped]: keyof Grouped[G] }[keyof Grouped];
export type TokenName = ValueTokenName | FollowingTokenName;

/** Each token with a default of its own, its group and values, in the documented order. */
export const tokenValues = (): Array<[ValueTokenName, TokenValues]> =>
  Object.entries(TOKEN_VALUES).flatMap(([group, tokens]) =>
    Object.entries(tokens).map(([name, values]): [ValueTokenName, TokenValues] => [name as ValueTokenName, { group: group as TokenGroup, ...values }]),
  );

const values = tokenValues();

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
export const LIGHT_THEME: ThemeTokens = Object.fromEntries(values.map(([name, token]) => [name, token.light]));

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
