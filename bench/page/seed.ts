/**
 * Seeds the embedded backend at scale through its public surface: chats are started by sending
 * through the store, as a person would; their history is then bulk-loaded with
 * `importMessages` (one transaction per batch) on a client nobody listens to, so seeding does
 * not also run the store's per-message work.
 */
import type { LocalConversation } from '../../src/services/local/index.js';
import { signIn, workers, type Agent } from './widget.js';

const DAY_MS = 86_400_000;
const BATCH = 2_000;

const PHRASES = [
  'ok',
  'Thanks!',
  'Can you take the next escalation from the queue?',
  'Customer on line 3 asks for a refund on an order that shipped twice, do we have a policy for that?',
  'On a call, back in 5',
  'Sure, sending you the notes now. The caller already tried resetting the router twice and the ticket is https://example.com/tickets/48213.',
  'Lunch at 12:30?',
  'I have looked at the account history: three chargebacks in the last month, all from the same card, and the address changed last week. I would not approve the replacement without a supervisor signing off, and I have flagged it in the CRM so the next agent sees it too. Let me know if you want me to take it from here.',
];

/** A message body of varied length (one word to a paragraph), the same for the same index. */
export const bodyOf = (index: number) => `${PHRASES[(index * 7 + (index >> 3)) % PHRASES.length]} (${index})`;

/**
 * A chat between alice and bob with `count` messages, spread over the last 30 days, all read
 * by alice. Resolves once everything is stored.
 */
export async function seedThread(database: string, count: number): Promise<void> {
  const alice = await signIn({ database, identity: 'alice', mounted: false });
  await alice.store.send('bob', { text: 'first', files: [] }); // Creates the chat, as a person would.
  const [conversation] = await conversationsOf(alice);
  alice.store.dispose(); // From here on nobody listens: the import does only the backend's work.
  const start = Date.now() - 30 * DAY_MS;
  const step = (30 * DAY_MS) / count;
  for (let from = 0; from < count; from += BATCH) {
    const batch = [];
    for (let i = from; i < Math.min(count, from + BATCH); i++) {
      batch.push({ body: bodyOf(i), author: i % 3 === 0 ? 'bob' : 'alice', dateCreated: new Date(start + i * step) });
    }
    await conversation!.importMessages(batch);
  }
  // The message that created the chat is newer than the imported history: remove it so the
  // thread holds exactly `count` messages in date order.
  const first = (await conversation!.getMessages(1, 0, 'forward')).items[0];
  await first?.remove();
  await conversation!.setAllMessagesRead();
  await alice.client.shutdown();
}

/** The start-up seed's group: its name, and how many are in it (the most a group holds). */
export const SEED_GROUP = { name: 'Escalations', members: 50 };

/**
 * `count` direct chats for `identity`, one with each of the next seeded agents, and one group
 * of SEED_GROUP.members with them, each with a short history that `identity` has not read yet
 * (so every row has a preview and an unread count; the group's is written by its members in
 * turn).
 */
export async function seedChats(database: string, identity: string, count: number, history = 10): Promise<void> {
  const me = await signIn({ database, identity, mounted: false });
  const peers = workers(Math.max(count, SEED_GROUP.members) + 1)
    .map((w) => w.friendly_name)
    .filter((id) => id !== identity);
  // Started a few at a time: each chat is created, joined and sent in its own transactions.
  for (let i = 0; i < count; i += 20) {
    await Promise.all(peers.slice(i, Math.min(count, i + 20)).map((peer) => me.store.send(peer, { text: `Hi ${peer}`, files: [] })));
  }
  await me.store.createGroup(SEED_GROUP.name, peers.slice(0, SEED_GROUP.members - 1));
  me.store.dispose();
  const conversations = await conversationsOf(me);
  if (conversations.length !== count + 1) throw new Error(`Seeded ${conversations.length} chats, not ${count} and a group`);
  const now = Date.now();
  for (const [n, conversation] of conversations.entries()) {
    const others = (await conversation.getParticipants()).map((p) => p.identity!).filter((id) => id !== identity);
    // Recent chats are ordered by their last message: spread them over the last weeks.
    const last = now - n * 3_600_000;
    await conversation.importMessages(
      Array.from({ length: history }, (_, i) => ({
        body: bodyOf(n * history + i),
        author: i % 2 ? identity : others[(n + i) % others.length]!,
        dateCreated: new Date(last - (history - i) * 60_000),
      })),
    );
  }
  await me.client.shutdown();
}

async function conversationsOf(agent: Agent): Promise<LocalConversation[]> {
  let page = await agent.client.getSubscribedConversations();
  const all = [...page.items];
  while (page.hasNextPage) {
    page = await page.nextPage();
    all.push(...page.items);
  }
  return all;
}
