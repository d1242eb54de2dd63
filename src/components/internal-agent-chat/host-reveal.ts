/**
 * "Show the host first, then act": what every action from outside the chat's own clicks (a
 * shortcut, a desktop notification, Settings' gear) does before it acts. A host that hides the
 * chat (Flex's view) hears `iac-reveal` and gets a moment to show it; a chat still starting (a
 * key pressed right after Flex loads) is waited for; then the element's render has settled.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ChatStore } from '../../services/chat-store.js';
import { IacRevealEvent } from '../../events/reveal.js';
import { isDisplayed } from './is-displayed.js';

/** How long to wait for a host to show the widget after `iac-reveal`. */
const REVEAL_WAIT_MS = 1000;

export interface RevealableHost extends ReactiveControllerHost, HTMLElement {
  readonly store: ChatStore | undefined;
}

/**
 * Resolves once `host` is showing (or the host had its moment and did not show it), has started,
 * and has rendered. While the chat is showing and started this costs one render, so what an
 * action says comes before anything said about a later key press.
 */
export async function shownAndStarted(host: RevealableHost): Promise<void> {
  if (!isDisplayed(host)) await showHost(host);
  const store = host.store;
  if (store?.state.startup === 'starting') {
    await new Promise<void>((resolve) => {
      const stop = store.subscribe(() => {
        if (store.state.startup === 'starting') return;
        stop();
        resolve();
      });
    });
  }
  await host.updateComplete;
}

async function showHost(host: RevealableHost): Promise<void> {
  host.dispatchEvent(new IacRevealEvent());
  const until = Date.now() + REVEAL_WAIT_MS;
  while (!isDisplayed(host) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
  await host.updateComplete;
}
