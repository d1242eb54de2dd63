import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';

export const styles = [
  controlStyles,
  css`
  :host {
    display: block;
    max-inline-size: min(100%, 20rem);
  }
  img {
    display: block;
    max-inline-size: 100%;
    max-block-size: 16rem;
    border-radius: var(--iac-border-radius-large);
    border: 1px solid var(--iac-color-border-weak);
    object-fit: contain;
    background: var(--iac-color-background-weak);
  }
  .file {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    padding: 0.5rem 0.625rem;
    border: 1px solid var(--iac-color-border-weak);
    border-radius: var(--iac-border-radius-large);
    background: var(--iac-color-background);
    color: var(--iac-color-text);
  }
  .icon {
    flex: none;
    inline-size: 1.5rem;
    fill: var(--iac-color-icon-brand);
  }
  .text {
    display: grid;
    flex: 1;
    min-inline-size: 0;
  }
  .name {
    overflow: hidden;
    font-weight: 500;
    white-space: nowrap;
    text-overflow: ellipsis;
    /* A filename keeps its own direction, so a long one is cut at its end, not its start. */
    unicode-bidi: plaintext;
  }
  /* The size ("6.2 KB") too: its unit stays after the number in a right-to-left page. */
  .size {
    unicode-bidi: plaintext;
  }
  /* With plaintext, start is the text's own start: a physical edge keeps both at the card's start. */
  :host(:dir(rtl)) :is(.name, .size) {
    text-align: right;
  }
  .size {
    color: var(--iac-color-text-weak);
    font-size: 0.75rem;
  }
  .problem {
    color: var(--iac-color-text-error);
    font-size: 0.75rem;
  }
`,
];
