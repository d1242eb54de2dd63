import { css } from 'lit';
import { dialogStyles } from '../shared/dialog.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

export const styles = [
  dialogStyles,
  visuallyHiddenStyles,
  css`
    dialog {
      inline-size: min(36rem, calc(100vw - 1rem));
      max-block-size: calc(100dvh - 2rem);
      margin-block-start: 1rem;
    }
    dialog[open] {
      display: flex;
      flex-direction: column;
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1rem;
      padding: 0.75rem 1rem;
      border-block-end: 1px solid var(--iac-color-border-weak);
    }
    h2 {
      margin: 0;
      font-size: 1.125rem;
      font-weight: 600;
    }
    h2:focus {
      outline: none;
    }
    .body {
      overflow-y: auto;
      padding: 0 1rem 1rem;
    }
    section {
      display: grid;
      gap: 0.5rem;
      padding-block: 1rem;
      border-block-end: 1px solid var(--iac-color-border-weak);
    }
    h3 {
      margin: 0;
      font-size: 0.9375rem;
      font-weight: 600;
    }
    p {
      margin: 0;
    }
    .hint {
      color: var(--iac-color-text-weak);
      font-size: 0.8125rem;
    }
    .problem {
      color: var(--iac-color-text-error);
    }
    .note {
      padding: 0.5rem 0.75rem;
      border-inline-start: 3px solid var(--iac-color-border-warning);
      border-radius: var(--iac-border-radius);
      background: var(--iac-color-background-warning);
    }
    .switch,
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      inline-size: fit-content;
      cursor: pointer;
    }
    [role='radiogroup'] {
      display: grid;
      gap: 0.375rem;
    }
    [role='radiogroup'].choices {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
    }
    /* Twilio Paste's controls, drawn: a switch, a radio, a select with its chevron. */
    input,
    select,
    button {
      flex: none;
      margin: 0;
      border: 1px solid var(--iac-color-border);
      border-radius: var(--iac-border-radius);
      background: var(--iac-color-background) no-repeat;
      color: inherit;
      font: inherit;
      appearance: none;
      cursor: pointer;
    }
    input {
      inline-size: 1rem;
      block-size: 1rem;
      border-radius: 50%;
    }
    input:checked {
      border-color: var(--iac-color-brand);
      box-shadow: inset 0 0 0 0.25rem var(--iac-color-brand);
    }
    [role='switch'] {
      inline-size: 2rem;
      border: 0;
      border-radius: 1rem;
      background: radial-gradient(circle at 0.5rem, #fff 0.3125rem, #0000 0.375rem) no-repeat var(--iac-color-border);
      transition: background-position 0.1s;
    }
    [role='switch']:is(:checked, :dir(rtl)) {
      background-position: 1rem;
    }
    [role='switch']:checked {
      background-color: var(--iac-color-brand);
      box-shadow: none;
    }
    [role='switch']:checked:dir(rtl) {
      background-position: 0;
    }
    .field {
      display: flex;
      align-items: center;
      gap: 0.75rem;
    }
    select {
      padding: 0.3125rem 2rem 0.3125rem 0.75rem;
      background-image: linear-gradient(45deg, #0000 50%, currentColor 0 60%, #0000 0), linear-gradient(-45deg, #0000 50%, currentColor 0 60%, #0000 0);
      background-size: 0.5rem 0.5rem;
      background-position: calc(100% - 1.125rem) 55%, calc(100% - 0.75rem) 55%;
    }
    select:dir(rtl) {
      padding-inline: 0.75rem 2rem;
      background-position: 0.75rem 55%, 1.125rem 55%;
    }
    button {
      padding: 0.375rem 0.75rem;
      font-weight: 600;
    }
    button:hover {
      background-color: var(--iac-color-background-hover);
    }
    .small {
      padding: 0.125rem 0.5rem;
      font-size: 0.8125rem;
    }
    :is(select, input, button):focus-visible {
      outline: 2px solid var(--iac-color-focus);
      outline-offset: 1px;
    }
    .shortcuts {
      display: grid;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .shortcut {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding-block: 0.5rem;
      border-block-start: 1px solid var(--iac-color-border-weak);
    }
    .shortcut .name {
      font-weight: 500;
    }
    .keys {
      justify-self: end;
    }
    .controls {
      grid-column: 1 / -1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 1rem;
    }
    .throttle {
      display: flex;
      align-items: center;
      gap: 0.375rem;
      margin-inline-start: auto;
      color: var(--iac-color-text-weak);
      font-size: 0.8125rem;
    }
    button.capture {
      border-style: dashed;
      border-color: var(--iac-color-brand);
      color: var(--iac-color-text-link);
    }
    .capture-hint {
      grid-column: 1 / -1;
    }
    kbd {
      display: inline-block;
      padding: 0.125rem 0.375rem;
      border: 1px solid var(--iac-color-border-weak);
      border-block-end-width: 2px;
      border-radius: var(--iac-border-radius);
      background: var(--iac-color-background-weak);
      font: inherit;
      font-size: 0.8125rem;
      font-weight: 600;
      white-space: nowrap;
      /* Keys read left to right in every language, as they are printed on the keyboard. */
      direction: ltr;
      unicode-bidi: isolate;
    }
    .none,
    .off {
      color: var(--iac-color-text-weak);
      font-style: italic;
    }
    /* Shortcuts that Flex turned off for the session: nothing to change until it reloads. */
    :is(button, select):disabled {
      color: var(--iac-color-text-weak);
      cursor: not-allowed;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      padding-block-start: 0.5rem;
    }
    table {
      inline-size: 100%;
      margin-block-start: 0.5rem;
      border-collapse: collapse;
    }
    caption {
      padding-block: 0.5rem 0.25rem;
      font-weight: 600;
      text-align: start;
    }
    th,
    td {
      padding: 0.375rem 0;
      border-block-start: 1px solid var(--iac-color-border-weak);
      text-align: start;
    }
    th {
      color: var(--iac-color-text-weak);
      font-size: 0.8125rem;
      font-weight: 500;
    }
    th:last-child,
    td:last-child {
      text-align: end;
    }
    footer {
      padding-block-start: 1rem;
    }
  `,
];
