import { css } from 'lit';
import { avatarStyles } from '../shared/avatar.js';
import { controlStyles } from '../shared/controls.styles.js';
import { primaryButtonStyles } from '../shared/primary-button.styles.js';
import { paneStyles } from '../shared/pane.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

export const styles = [
  avatarStyles,
  controlStyles,
  primaryButtonStyles,
  visuallyHiddenStyles,
  paneStyles,
  css`
    :host {
      background: var(--iac-chat-thread-background, var(--iac-color-background));
      line-height: 1.45;
    }
    header {
      display: flex;
      align-items: center;
      gap: 0.625rem;
      padding: 0.625rem 1rem;
      border-block-end: 1px solid var(--iac-color-border-weak);
    }
    .who {
      display: grid;
      flex: 1;
      min-inline-size: 0;
    }
    h2 {
      margin: 0;
      overflow: hidden;
      font-size: 1rem;
      font-weight: 600;
      white-space: nowrap;
      text-overflow: ellipsis;
      /* A name keeps its own direction, so a long one is cut at its end, not its start. */
      unicode-bidi: plaintext;
    }
    /* With plaintext, start is the name's own start: a physical edge keeps it at the chat's start. */
    :host(:dir(rtl)) h2 {
      text-align: right;
    }
    .activity {
      color: var(--iac-color-text-weak);
      font-size: 0.8125rem;
    }
    .mute[aria-pressed='true'] svg,
    .pin[aria-pressed='true'] svg {
      fill: var(--iac-color-icon-brand);
    }
    .back {
      display: var(--iac-thread-back-display, none);
    }
    :dir(rtl) .back svg {
      scale: -1 1;
    }
    .body-area {
      position: relative;
      flex: 1;
      display: flex;
      flex-direction: column;
      min-block-size: 0;
    }
    .log {
      flex: 1;
      overflow-y: auto;
      overflow-anchor: none;
      padding: 0.5rem 1rem 0.25rem;
    }
    .jump {
      position: absolute;
      inset-block-end: 0.75rem;
      inset-inline: 0;
      inline-size: fit-content;
      margin-inline: auto;
      display: flex;
      align-items: center;
      gap: 0.375rem;
      padding: 0.375rem 0.875rem;
      border: 0;
      border-radius: 999px;
      background: var(--iac-color-brand);
      color: var(--iac-color-text-inverse);
      box-shadow: 0 2px 8px rgb(18 28 45 / 0.25);
      font: inherit;
      font-size: 0.8125rem;
      font-weight: 600;
      cursor: pointer;
    }
    .jump svg {
      inline-size: 1rem;
      fill: currentColor;
    }
    .drop-hint {
      position: absolute;
      inset: 0.5rem;
      display: none;
      place-items: center;
      margin: 0;
      border: 2px dashed var(--iac-color-icon-brand);
      border-radius: var(--iac-border-radius-large);
      background: color-mix(in srgb, var(--iac-color-background) 85%, transparent);
      color: var(--iac-color-icon-brand);
      font-weight: 600;
      pointer-events: none;
    }
    :host([dragging]) .drop-hint {
      display: grid;
    }
    .new-messages {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      align-self: stretch;
      margin-block: 0.5rem;
      color: var(--iac-color-text-error);
      font-size: 0.75rem;
      font-weight: 700;
    }
    .new-messages::after {
      content: '';
      flex: 1;
      border-block-start: 1px solid currentColor;
    }
    .message {
      position: relative;
      border-radius: 1rem;
    }
    .message:focus-visible {
      outline-offset: 2px;
    }
    .actions {
      position: absolute;
      inset-block-start: -1.25rem;
      inset-inline-end: 0;
      z-index: 1;
      display: none;
      gap: 0.125rem;
      padding: 0.125rem;
      border: 1px solid var(--iac-color-border-weak);
      border-radius: var(--iac-border-radius);
      background: var(--iac-color-background);
      box-shadow: 0 1px 4px rgb(18 28 45 / 0.15);
    }
    [data-own] .actions {
      inset-inline-end: auto;
      inset-inline-start: 0;
    }
    .message:hover .actions,
    .message:focus-within .actions {
      display: flex;
    }
    .actions .icon-button {
      inline-size: 1.75rem;
      block-size: 1.75rem;
    }
    .actions svg {
      inline-size: 1rem;
    }
    .body a {
      color: inherit;
      text-decoration: underline;
    }
    .edited {
      opacity: 0.75;
      font-size: 0.75rem;
    }
    .editor {
      display: grid;
      gap: 0.375rem;
      min-inline-size: min(24rem, 70vw);
    }
    .editor textarea {
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 4rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid var(--iac-color-border);
      border-radius: var(--iac-border-radius-large);
      background: var(--iac-color-background);
      color: inherit;
      font: inherit;
      resize: vertical;
    }
    .editor-actions {
      display: flex;
      justify-content: flex-end;
      gap: 0.75rem;
      align-items: center;
    }
    .save {
      padding: 0.25rem 0.875rem;
    }
    .confirm {
      margin: 0.25rem 0 0;
      font-size: 0.8125rem;
    }
    .confirm .link {
      margin-inline-start: 0.5rem;
    }
    .danger {
      color: var(--iac-color-text-error);
    }
    .log:focus-visible {
      outline-offset: -2px;
    }
    .start {
      display: grid;
      justify-items: center;
      gap: 0.5rem;
      padding: 2rem 1rem 1rem;
      color: var(--iac-color-text-weak);
      text-align: center;
      --iac-avatar-size: 3.5rem;
    }
    .start p {
      margin: 0;
    }
    .day {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      margin-block: 1rem 0.25rem;
      color: var(--iac-color-text-weak);
      font-size: 0.75rem;
      font-weight: 600;
    }
    .day::before,
    .day::after {
      content: '';
      flex: 1;
      border-block-start: 1px solid var(--iac-color-border-weak);
    }
    .row {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.125rem;
      margin-block-start: 0.125rem;
    }
    .row[data-starts-run] {
      margin-block-start: 0.75rem;
    }
    .row[data-own] {
      align-items: flex-end;
    }
    .row.notice-row {
      align-items: center;
    }
    .message.notice {
      display: block;
      max-inline-size: none;
      margin: 0;
      padding-inline: 0.5rem;
      color: var(--iac-color-text-weak);
      font-size: 0.8125rem;
      text-align: center;
    }
    .notice time {
      margin-inline-start: 0.375rem;
      font-size: 0.75rem;
    }
    .meta {
      display: flex;
      gap: 0.5rem;
      align-items: baseline;
      padding-inline: 0.25rem;
      font-size: 0.75rem;
      color: var(--iac-color-text-weak);
    }
    /* In a group, the author's avatar starts each run of theirs. */
    .meta .avatar {
      --iac-avatar-size: 1.375rem;
      align-self: center;
    }
    /* A long author name wraps; the time beside it stays on one line. */
    .meta time {
      flex: none;
      white-space: nowrap;
    }
    .author {
      color: var(--iac-color-text);
      font-weight: 600;
    }
    .message {
      display: grid;
      gap: 0.375rem;
      max-inline-size: min(85%, 36rem);
    }
    .body {
      margin: 0;
      padding: 0.4375rem 0.75rem;
      border-radius: 1rem;
      border-start-start-radius: 0.25rem;
      background: var(--iac-message-other-background, var(--iac-color-background-weak));
      color: var(--iac-message-other-color, var(--iac-color-text));
      white-space: pre-wrap;
      /* A word breaks only when it is wider than the message on its own. Not break-word: that
         leaves a long word out of the bubble's min-content width, and the bubble overflows. */
      overflow-wrap: anywhere;
      /* Each paragraph takes the direction of its own text: English in a right-to-left page too. */
      unicode-bidi: plaintext;
    }
    [data-own] .body {
      border-start-start-radius: 1rem;
      border-start-end-radius: 0.25rem;
      background: var(--iac-message-own-background, var(--iac-color-brand));
      color: var(--iac-message-own-color, var(--iac-color-text-inverse));
    }
    /* A mention: the name marked in the text; a message that mentions the person, marked at its side. */
    .mention {
      margin-inline: -0.125rem;
      padding-inline: 0.125rem;
      border-radius: 0.25rem;
      background: var(--iac-color-background-selected);
      color: inherit;
      font-weight: 600;
    }
    /* On the brand colour a tint would lose contrast: underlined instead. */
    [data-own] .mention {
      background: none;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    [data-mentions-me] .body {
      background: var(--iac-color-background-warning);
      box-shadow: inset 3px 0 0 var(--iac-color-border-warning);
    }
    :host(:dir(rtl)) [data-mentions-me] .body {
      box-shadow: inset -3px 0 0 var(--iac-color-border-warning);
    }
    [data-delivery='failed'] .body {
      background: var(--iac-color-background-error);
      color: var(--iac-color-text);
      outline: 1px solid var(--iac-color-border-error);
    }
    .delivery {
      margin: 0;
      padding-inline: 0.25rem;
      color: var(--iac-color-text-weak);
      font-size: 0.75rem;
    }
    /* Under an own message (at the end edge), its state lines up with it: as wide as a message
       can be at most, and ending where it ends, on every line. */
    [data-own] > .delivery {
      max-inline-size: min(85%, 36rem);
      box-sizing: border-box;
      text-align: end;
    }
    .uploading {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 0.25rem;
    }
    .uploading progress {
      inline-size: 10rem;
      block-size: 0.25rem;
      accent-color: var(--iac-color-brand);
    }
    .delivery.failed,
    .problem {
      color: var(--iac-color-text-error);
    }
    .status,
    .problem {
      margin: 0.75rem 0;
      text-align: center;
      color: var(--iac-color-text-weak);
    }
    .problem {
      color: var(--iac-color-text-error);
    }
    details.seen summary {
      cursor: pointer;
      list-style: none;
    }
    .typing {
      min-block-size: 1.25rem;
      margin: 0;
      padding: 0 1rem 0.25rem;
      color: var(--iac-color-text-weak);
      font-size: 0.75rem;
      font-style: italic;
    }
  `,
];
