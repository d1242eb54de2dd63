/**
 * A message the user writes is read on their side at once, however its answers cross: on the
 * strict double (a network hop for each query answer and each pushed event, in no promised
 * order, as with the SDK) the last-message look-up for a chat's preview can answer with the
 * user's own message before its messageAdded arrives. Written right after creating a group, with
 * the group not open, it must never count as unread for its author, not for a moment (the badge
 * would flicker, and retention would keep the chat as never read).
 */
import { expect } from '@open-wc/testing';
import { ChatStore } from '../../src/services/chat-store.js';
import type { ChatId } from '../../src/services/chat/chat-id.js';
import { InsightsDirectory } from '../../src/services/directory/insights-directory.js';
import { LocalInsightsClient } from '../../src/services/local/local-insights-client.js';
import { memoryStorage } from '../../src/services/storage/user-storage.js';
import { until } from '../helpers/until.js';
import { ConversationsServiceDouble, conversationsSdkDouble } from './index.js';

describe('a message the user writes, on the strict double', () => {
  it('never counts as unread on their own side, whichever answer arrives first (30 fresh services)', async function () {
    this.timeout(60_000);
    const problems: string[] = [];
    const done: Array<() => Promise<void>> = [];
    for (let i = 0; i < 30; i++) {
      // Each round starts at another point of the animation frame: previews load after a paint.
      await new Promise((resolve) => setTimeout(resolve, i % 17));
      const service = new ConversationsServiceDouble({ latencyMs: 5, typingTimeoutMs: 300 });
      const { Client } = conversationsSdkDouble(service);
      const signIn = async (identity: string) => {
        const client = new Client(service.issueToken(identity), { throwErrorsAlways: true });
        const store = new ChatStore({ client, directory: new InsightsDirectory(new LocalInsightsClient()), storage: memoryStorage() });
        await store.start();
        return { store, stop: async () => (store.dispose(), await client.shutdown()) };
      };
      const [alice, bob] = await Promise.all([signIn('alice'), signIn('bob')]);
      let chat = '' as ChatId;
      const counts: number[] = [];
      const off = alice.store.subscribe(() => {
        const unread = alice.store.state.chats.get(chat)?.unread;
        if (unread !== undefined && unread !== counts.at(-1)) counts.push(unread);
      });
      chat = await alice.store.createGroup('Escalations', ['bob', 'maria.garcia']);
      await alice.store.send(chat, { text: 'Caller on line 4', files: [] });
      await until(bob.store, (s) => s.chats.get(chat)?.unread === 1);
      // Checked once every round has run, so no round waits in step with the others.
      done.push(async () => {
        off();
        if (counts.some((n) => n !== 0)) problems.push(`round ${i}: Alice's own chat counted ${counts.join(' → ')}`);
        await Promise.all([alice.stop(), bob.stop()]);
      });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const check of done) await check();
    expect(problems).to.deep.equal([]);
  });
});
