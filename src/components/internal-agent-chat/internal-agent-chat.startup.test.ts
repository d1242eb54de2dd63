/**
 * A shortcut pressed while the chat is still starting (in Flex, right after Flex has loaded:
 * plugins start before Flex's client is initialized) acts once the chat is there, instead of
 * finding nothing to act on.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ChatStore } from '../../services/chat-store.js';
import { ConversationsServiceDouble, conversationsSdkDouble, type StrictClient } from '../../../test/sdk-double/index.js';
import { InsightsDirectory } from '../../services/directory/insights-directory.js';
import { LocalInsightsClient } from '../../services/local/local-insights-client.js';
import { memoryStorage } from '../../services/storage/user-storage.js';
import type { InternalAgentChat } from './internal-agent-chat.js';
import './internal-agent-chat.js';

describe('internal-agent-chat: shortcuts pressed while it starts', () => {
  let client: StrictClient;
  let store: ChatStore;
  let chat: InternalAgentChat;

  beforeEach(async () => {
    const service = new ConversationsServiceDouble({ latencyMs: 2, initializationMs: 300 });
    const { Client } = conversationsSdkDouble(service);
    client = new Client(service.issueToken('alice'), { throwErrorsAlways: true });
    store = new ChatStore({ client, directory: new InsightsDirectory(new LocalInsightsClient()), storage: memoryStorage() });
    chat = await fixture<InternalAgentChat>(html`<internal-agent-chat style="width: 900px; height: 500px" .userStorage=${memoryStorage()} .store=${store}></internal-agent-chat>`);
    void store.start();
  });
  afterEach(async () => {
    store.dispose();
    await client.shutdown();
  });

  it('opens the quick switcher once the chat has started', async () => {
    expect(chat.shadowRoot!.querySelector('[role="status"]')?.textContent).to.match(/Connecting/);
    void chat.openQuickSwitcher();
    const dialog = () => chat.shadowRoot!.querySelector('iac-quick-switcher')?.shadowRoot?.querySelector('dialog');
    await waitUntil(() => dialog()?.open, 'the switcher opens', { timeout: 3000 });
    expect(store.state.startup).to.equal('ready');
  });

  it('puts the cursor in the directory search once the chat has started', async () => {
    await chat.reveal();
    expect(store.state.startup).to.equal('ready');
    await waitUntil(() => chat.matches(':focus-within'), 'the cursor is in the chat');
  });
});
