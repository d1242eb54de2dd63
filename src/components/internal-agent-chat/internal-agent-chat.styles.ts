import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { primaryButtonStyles } from '../shared/primary-button.styles.js';

export const styles = [
  controlStyles,
  primaryButtonStyles,
  css`
  :host {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    min-block-size: 20rem;
    overflow: hidden;
    container-type: inline-size;
    background: var(--iac-color-background);
    color: var(--iac-color-text);
    font-family: var(--iac-font-family);
    font-size: var(--iac-font-size);
  }
  .layout {
    flex: 1;
    display: grid;
    grid-template-columns: minmax(15rem, var(--iac-agent-list-width)) 1fr;
    min-block-size: 0;
  }
  .directory {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    border-inline-end: 1px solid var(--iac-color-border-weak);
    background: var(--iac-agent-list-background, var(--iac-color-background-weak));
  }
  iac-agent-list {
    flex: 1;
    min-block-size: 0;
  }
  .me {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding-block: 0.375rem;
    padding-inline: 1rem 0.5rem;
    border-block-start: 1px solid var(--iac-color-border-weak);
  }
  .me-name {
    flex: 1;
    overflow: hidden;
    font-weight: 600;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .status {
    position: absolute;
    inset-inline: 0;
    inset-block-end: 1rem;
    inline-size: fit-content;
    max-inline-size: calc(100% - 2rem);
    margin: 0 auto;
    pointer-events: none;
  }
  .status.shown {
    padding: 0.5rem 0.875rem;
    border-radius: var(--iac-border-radius-large);
    background: var(--iac-color-text);
    color: var(--iac-color-background);
    box-shadow: 0 4px 12px rgb(18 28 45 / 0.25);
  }
  .pane {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    min-block-size: 0;
  }
  iac-chat-thread {
    flex: 1;
  }
  iac-composer {
    margin: 0 1rem 1rem;
  }
  .empty,
  .full {
    flex: 1;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 0.5rem;
    padding: 2rem;
    color: var(--iac-color-text-weak);
    text-align: center;
  }
  .empty p,
  .full p {
    margin: 0;
  }
  .title {
    color: var(--iac-color-text);
    font-size: 1.125rem;
    font-weight: 600;
  }
  .banner {
    margin: 0;
    padding: 0.5rem 1rem;
    background: var(--iac-color-background-warning);
    color: var(--iac-color-text);
    border-block-end: 1px solid var(--iac-color-border-warning);
  }
  .banner.problem {
    background: var(--iac-color-background-error);
    border-color: var(--iac-color-border-error);
  }
  @container (max-width: 40rem) {
    .layout {
      grid-template-columns: 1fr;
    }
    .directory {
      border-inline-end: 0;
    }
    .layout[data-chat-open] .directory,
    .layout:not([data-chat-open]) .pane {
      display: none;
    }
    iac-chat-thread {
      --iac-thread-back-display: grid;
    }
    iac-composer {
      margin: 0 0.5rem 0.5rem;
    }
  }
`,
];
