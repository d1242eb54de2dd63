/** Test helper: renders an element inside a context provider for `store`, as the root would. */
import { fixture } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import type { TemplateResult } from 'lit';
import type { ChatStore } from '../../src/services/chat-store.js';
import { chatStoreContext } from '../../src/services/context.js';

export async function fixtureWithStore<T extends HTMLElement>(store: ChatStore, template: TemplateResult): Promise<T> {
  const provider = document.createElement('div');
  new ContextProvider(provider, { context: chatStoreContext, initialValue: store });
  document.body.append(provider);
  return fixture<T>(template, { parentNode: provider });
}

/** Resolves after the element and everything it rendered have updated. */
export async function settled(element: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
  const children = [...(element.shadowRoot?.querySelectorAll('*') ?? [])] as Array<HTMLElement & { updateComplete?: Promise<unknown> }>;
  await Promise.all(children.map((child) => child.updateComplete));
}
