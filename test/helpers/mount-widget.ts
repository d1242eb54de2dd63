/** Test helper: the whole widget for a running local chat, as a portal mounts it. */
import { fixture, html } from '@open-wc/testing';
import type { InternalAgentChat } from '../../src/components/internal-agent-chat/internal-agent-chat.js';
import '../../src/components/internal-agent-chat/internal-agent-chat.js';
import { openUserStorage } from '../../src/services/storage/user-storage.js';
import { settled } from './fixture-with-store.js';
import type { LocalChat } from './local-chat.js';
import { until } from './until.js';

/**
 * `<internal-agent-chat>` at 1000 × 600 over `chat`'s store, keeping its settings in a storage of
 * its own under `database`; resolves once the directory is listed and the shortcuts listen.
 */
export async function mountWidget(chat: LocalChat, database: string): Promise<InternalAgentChat> {
  const identity = chat.client.user.identity;
  const element = await fixture<InternalAgentChat>(html`<internal-agent-chat
    style="width: 1000px; height: 600px"
    .userStorage=${await openUserStorage(identity, `${database}-settings`)}
    .store=${chat.store}
  ></internal-agent-chat>`);
  await until(chat.store, (s) => s.directory.results.length > 0);
  await element.keymap.start();
  await settled(element);
  return element;
}
