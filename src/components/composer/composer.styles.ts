import { css } from 'lit';
import { linkButtonStyles } from '../shared/controls.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';
import { avatarStyles } from '../shared/avatar.js';

// Element tokens (--iac-composer-*) fall back to system tokens (--iac-*), which fall back to
// Twilio Paste's defaults, so the composer looks native in Flex and a host can theme it (dark too).
export const styles = [
  visuallyHiddenStyles,
  linkButtonStyles,
  avatarStyles,
  css`
  :host {
    --_text: var(--iac-composer-text-color, var(--iac-color-text));
    --_text-weak: var(--iac-composer-text-weak-color, var(--iac-color-text-weak));
    --_background: var(--iac-composer-background, var(--iac-color-background));
    --_background-weak: var(--iac-composer-background-weak, var(--iac-color-background-weak));
    --_border: var(--iac-composer-border-color, var(--iac-color-border));
    --_border-weak: var(--iac-composer-border-weak-color, var(--iac-color-border-weak));
    --_brand: var(--iac-composer-brand-color, var(--iac-color-brand));
    --_brand-strong: var(--iac-composer-brand-strong-color, var(--iac-color-brand-strong));
    --_on-brand: var(--iac-composer-on-brand-color, var(--iac-color-text-inverse));
    --_focus: var(--iac-composer-focus-color, var(--iac-color-focus));
    --_disabled-background: var(--iac-color-background-disabled);
    --_disabled-text: var(--iac-color-text-disabled);
    --_radius: var(--iac-composer-border-radius, var(--iac-border-radius));

    display: block;
    position: relative;
    color: var(--_text);
    font-family: var(--iac-composer-font-family, var(--iac-font-family));
    font-size: var(--iac-composer-font-size, var(--iac-font-size));
    line-height: var(--iac-line-height);
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .refusals {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    margin-block-end: 0.5rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--iac-color-border-error);
    border-radius: var(--iac-composer-border-radius, var(--iac-border-radius));
    background: var(--iac-color-background-error);
    color: var(--iac-color-text);
    font-size: 0.8125rem;
  }
  .refusals ul {
    flex: 1;
    margin: 0;
    padding-inline-start: 1rem;
    overflow-wrap: anywhere;
  }
  .dismiss {
    flex: none;
  }
  .dismiss:focus-visible {
    outline: 2px solid var(--iac-color-focus);
    outline-offset: 2px;
  }

  .box {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    padding: 0.625rem 0.75rem 0.5rem;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--iac-composer-shadow);
    cursor: text;
    transition:
      border-color 120ms ease,
      box-shadow 120ms ease;
  }

  .box:has(textarea:focus-visible) {
    border-color: var(--_focus);
    box-shadow: 0 0 0 1px var(--_focus);
  }

  :host([disabled]) .box {
    background: var(--_background-weak);
    border-color: var(--_border-weak);
    box-shadow: none;
    cursor: not-allowed;
  }

  /* The people offered after "@", above the box; the arrow keys' option is marked, focus stays in the textbox. */
  .mentions {
    --iac-avatar-size: 1.5rem;
    position: absolute;
    inset-inline: 0;
    inset-block-end: calc(100% + 0.25rem);
    z-index: 2;
    max-block-size: 15rem;
    overflow-y: auto;
    margin: 0;
    padding: 0.25rem;
    list-style: none;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.16);
    cursor: default;
  }
  .mentions li {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
  }
  .mentions li:hover,
  .mentions [aria-selected='true'] {
    background: var(--_background-weak);
  }
  .mentions [aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_focus);
  }

  /* Attachments */

  /* Each chip as wide as its name needs, side by side while they fit: a name is cut only when
     it is wider than the composer, not at a fixed column's width with room to spare. */
  .attachments {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0.125rem;
    max-block-size: 7rem;
    overflow-y: auto;
    list-style: none;
    cursor: default;
    scrollbar-width: thin;
    scrollbar-color: var(--_border) transparent;
  }

  .attachment {
    box-sizing: border-box;
    display: flex;
    flex: 0 1 auto;
    align-items: center;
    gap: 0.5rem;
    min-inline-size: min(10rem, 100%);
    max-inline-size: 100%;
    padding: 0.25rem;
    background: var(--_background-weak);
    border: 1px solid var(--_border-weak);
    border-radius: var(--_radius);
  }

  .thumbnail,
  .file-icon {
    flex: none;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    border-radius: calc(var(--_radius) - 1px);
  }

  .thumbnail {
    display: block;
    object-fit: cover;
    background: var(--_background);
  }

  .file-icon {
    display: grid;
    place-items: center;
    color: var(--_brand);
    background: var(--_background);
    border: 1px solid var(--_border-weak);
  }

  .details {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-inline-size: 0;
  }

  .name {
    overflow: hidden;
    text-align: match-parent;
    font-weight: 500;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .size {
    text-align: match-parent;
    color: var(--_text-weak);
    font-size: 0.75rem;
    line-height: 1rem;
  }

  /* Text */

  textarea {
    display: block;
    inline-size: 100%;
    min-block-size: 1.75rem;
    max-block-size: var(--iac-composer-max-height);
    margin: 0;
    padding: 0.25rem 0;
    overflow-y: auto;
    color: inherit;
    font: inherit;
    background: transparent;
    border: 0;
    outline: none;
    resize: none;
    field-sizing: content;
    /* Long lines wrap instead of widening the textbox (and whatever contains the composer). */
    contain: inline-size;
  }

  textarea::placeholder {
    color: var(--_text-weak);
    opacity: 1;
  }

  textarea:disabled {
    cursor: not-allowed;
  }

  /* Toolbar */

  .toolbar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    cursor: default;
  }

  button {
    margin: 0;
    font: inherit;
    cursor: pointer;
  }

  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  button:disabled {
    cursor: not-allowed;
  }

  .icon-button {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    color: var(--_text-weak);
    background: transparent;
    border: 0;
    border-radius: var(--_radius);
  }

  .icon-button:hover:not(:disabled) {
    color: var(--_text);
    background: var(--_background-weak);
  }

  .icon-button:disabled {
    color: var(--_disabled-text);
  }

  .remove {
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }

  .attachment .remove:hover:not(:disabled) {
    background: var(--_border-weak);
  }

  .send {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2rem;
    padding: 0 0.875rem;
    color: var(--_on-brand);
    font-weight: 600;
    background: var(--_brand);
    border: 1px solid var(--_brand);
    border-radius: var(--_radius);
    transition:
      background-color 120ms ease,
      border-color 120ms ease;
  }

  .send:hover:not(:disabled) {
    background: var(--_brand-strong);
    border-color: var(--_brand-strong);
  }

  .send:disabled {
    color: var(--_disabled-text);
    background: var(--_disabled-background);
    border-color: var(--_disabled-background);
  }

  .send svg {
    flex: none;
  }

  :host(:dir(rtl)) .send svg {
    transform: scaleX(-1);
  }

  /* Drop hint, shown while files are dragged over the composer */

  .drop-hint {
    position: absolute;
    inset: 0;
    display: none;
    place-items: center;
    gap: 0.25rem;
    /* Accent text: the link colour, which stays readable on a dark theme's background. */
    color: var(--iac-color-text-link);
    font-weight: 600;
    background: var(--iac-composer-drop-background, var(--_background-weak));
    border: 2px dashed var(--_brand);
    border-radius: var(--_radius);
    pointer-events: none;
  }

  :host([dragging]) .drop-hint {
    display: grid;
  }

  @media (forced-colors: active) {
    .box:has(textarea:focus-visible) {
      outline: 2px solid CanvasText;
    }
    .send:disabled {
      border-color: GrayText;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .box,
    .send {
      transition: none;
    }
  }
`,
];
