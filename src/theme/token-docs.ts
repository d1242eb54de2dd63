/**
 * What each theme token styles and the Twilio Paste token its light default follows: for the
 * gallery, README's token table and portals' tools. Kept apart from the values (tokens.ts) so the
 * bundles that ship carry values only; the type-check fails if a token has no words here, or
 * words are left for a token that has gone.
 */
import { tokenValues, type TokenName, type TokenValues } from './tokens.js';

/**
 * Element tokens whose default is a system token: each element's styles write that fallback
 * (`var(--iac-composer-background, var(--iac-color-background))`), so only the docs need them.
 */
const FOLLOWING_TOKENS = {
  '--iac-agent-list-background': { group: 'agent-list', light: 'var(--iac-color-background-weak)' },
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
  '--iac-composer-drop-background': { group: 'composer', light: 'var(--iac-composer-background-weak)' },
} as const satisfies Record<`--iac-${string}`, TokenValues>;

export type FollowingTokenName = keyof typeof FOLLOWING_TOKENS;

const TOKEN_VALUES: Record<TokenName, TokenValues> = { ...Object.fromEntries(tokenValues()), ...FOLLOWING_TOKENS } as Record<TokenName, TokenValues>;

export interface TokenDocs {
  /** The Twilio Paste token the light default follows, if there is one. */
  readonly paste?: string;
  readonly description: string;
}

export type ThemeToken = TokenValues & TokenDocs & { readonly name: TokenName };

const TOKEN_DOCS: Record<TokenName, TokenDocs> = {
  // System colours: what most themes set.
  '--iac-color-background': { paste: 'color-background-body', description: 'Main background: the root, the thread, the composer box, file cards.' },
  '--iac-color-background-weak': { paste: 'color-background', description: "The directory, the other agent's messages, attachment chips." },
  '--iac-color-background-hover': { paste: 'palette-gray-100, 6 %', description: 'Rows and icon buttons under the pointer.' },
  '--iac-color-background-selected': { paste: 'color-background-primary-weakest', description: 'The open chat’s row in the directory.' },
  '--iac-color-background-warning': { paste: 'color-background-warning-weakest', description: 'Reconnecting and storage banners.' },
  '--iac-color-background-error': { paste: 'color-background-error-weakest', description: 'Problem banner, a message that failed to send.' },
  '--iac-color-background-disabled': { paste: 'color-background-strong', description: 'The Send button while there is nothing to send.' },
  '--iac-color-border': { paste: 'color-border', description: 'Search box and composer borders.' },
  '--iac-color-border-weak': { paste: 'color-border-weaker', description: 'Dividers, day separators, chips and cards.' },
  '--iac-color-border-warning': { paste: 'color-border-warning', description: 'Edge of the warning banners.' },
  '--iac-color-border-error': { paste: 'color-border-error', description: 'Edge of the problem banner and of a failed message.' },
  '--iac-color-brand': { paste: 'color-background-primary', description: 'Accent: Send button, own messages, unread badges.' },
  '--iac-color-icon-brand': { paste: 'color-icon-primary', description: 'Accent icons drawn on a background: pinned and muted toggles, file icons, the drop hint.' },
  '--iac-color-brand-strong': { paste: 'palette-blue-70', description: 'The Send button under the pointer.' },
  '--iac-color-focus': { paste: 'color-border-primary', description: 'Focus rings.' },
  '--iac-color-text': { paste: 'color-text', description: 'Main text.' },
  '--iac-color-text-weak': { paste: 'color-text-weak', description: 'Secondary text: activity, times, sizes, placeholders, icons.' },
  '--iac-color-text-link': { paste: 'color-text-link', description: 'Text buttons (Try again, Retry, Dismiss), links, the drop hint: accent text.' },
  '--iac-color-text-error': { paste: 'color-text-error', description: 'Failure text.' },
  '--iac-color-text-inverse': { paste: 'color-text-inverse', description: 'Text on the brand colour.' },
  '--iac-color-text-disabled': { paste: '≈ color-text-weaker', description: 'Disabled buttons.' },

  // Presence dots on avatars.
  '--iac-presence-available': { paste: 'color-background-available', description: 'Available, online, ready.' },
  '--iac-presence-busy': { paste: 'color-background-unavailable', description: 'Busy, on a call, in a meeting, training, on a task.' },
  '--iac-presence-away': { paste: 'color-background-busy', description: 'Break, lunch, away.' },
  '--iac-presence-offline': { paste: '≈ color-background-offline', description: 'Ring of an offline agent (the dot is hollow).' },
  '--iac-presence-other': { description: 'Any activity name the widget does not recognise.' },

  // Avatars.
  '--iac-avatar-size': { description: 'Avatar diameter (3.5rem at the start of a chat).' },
  '--iac-avatar-border-radius': { paste: 'border-radius-circle', description: 'Avatar corners; set e.g. 0.5rem for rounded squares.' },
  '--iac-avatar-lightness': { description: 'Lightness of the initials’ background (its hue comes from the agent’s identity).' },
  '--iac-avatar-text-lightness': { description: 'Lightness of the initials.' },

  // Shape and type.
  '--iac-border-radius': { paste: 'border-radius-20', description: 'Buttons, inputs, the composer, chips.' },
  '--iac-border-radius-large': { paste: 'border-radius-30', description: 'Directory rows, images and file cards.' },
  '--iac-font-family': { paste: 'font-family-text (shortened)', description: 'Font of the whole widget.' },
  '--iac-font-size': { paste: 'font-size-30', description: 'Base text size.' },
  '--iac-line-height': { paste: 'line-height-30', description: 'Line height in the composer.' },

  // Element tokens: each falls back to the system token named in `light`.
  '--iac-agent-list-background': { description: 'Background of the directory.' },
  '--iac-agent-list-width': { description: 'Width of the directory beside the chat (at least 15rem).' },
  '--iac-chat-thread-background': { description: 'Background of the thread.' },
  '--iac-message-own-background': { description: "The person's own message bubbles." },
  '--iac-message-own-color': { description: 'Text of own messages.' },
  '--iac-message-other-background': { description: "The other agent's message bubbles." },
  '--iac-message-other-color': { description: "Text of the other agent's messages." },
  '--iac-composer-text-color': { description: 'Composer text.' },
  '--iac-composer-text-weak-color': { description: 'Placeholder, sizes and icons.' },
  '--iac-composer-background': { description: 'Composer box.' },
  '--iac-composer-background-weak': { description: 'Chips and hover backgrounds.' },
  '--iac-composer-border-color': { description: 'Composer border.' },
  '--iac-composer-border-weak-color': { description: 'Chip borders.' },
  '--iac-composer-brand-color': { description: 'Send button, focus and drop hint.' },
  '--iac-composer-brand-strong-color': { description: 'Send button under the pointer.' },
  '--iac-composer-on-brand-color': { description: 'Send button text.' },
  '--iac-composer-focus-color': { description: 'Focus rings in the composer.' },
  '--iac-composer-border-radius': { description: 'Composer corners.' },
  '--iac-composer-font-family': { description: 'Composer font.' },
  '--iac-composer-font-size': { description: 'Composer text size.' },
  '--iac-composer-max-height': { description: 'How tall the textbox grows before it scrolls.' },
  '--iac-composer-shadow': { description: "The composer box's shadow." },
  '--iac-composer-drop-background': { description: 'Background of the "Drop files to attach" hint.' },
};

/** Every token with its values and what it styles, in the documented order. */
export const THEME_TOKENS: readonly ThemeToken[] = (Object.keys(TOKEN_DOCS) as TokenName[]).map((name) => ({
  name,
  ...TOKEN_VALUES[name],
  ...TOKEN_DOCS[name],
}));
