/**
 * Chaos: two agents exchange 500 messages while each connection drops and comes back at random
 * moments. Every message must arrive exactly once and in the order it was written.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { localChat, testDatabase, type LocalChat } from '../../test/helpers/local-chat.js';
import { until } from '../../test/helpers/until.js';

const MESSAGES = 500;

/** A small seeded generator, so a failing run can be replayed. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

describe('chaos', function () {
  this.timeout(180_000);
  let alice: LocalChat;
  let bob: LocalChat;

  afterEach(() => Promise.all([alice?.stop(), bob?.stop()]));

  it(`delivers ${MESSAGES} messages exactly once and in order through dropped connections`, async () => {
    const seed = Date.now() % 100_000;
    const next = random(seed);
    const database = testDatabase();
    [alice, bob] = await Promise.all([localChat('alice', database), localChat('bob', database)]);
    await alice.store.send('bob', { text: 'alice 0', files: [] });
    await until(bob.store, (s) => s.chats.has('alice'));
    await Promise.all([alice.store.openChat('bob'), bob.store.openChat('alice')]);

    const started = performance.now();
    let drops = 0;
    const sends: Promise<void>[] = [];
    const written = { alice: 1, bob: 0 };
    for (let i = 1; i < MESSAGES; i++) {
      const from = next() < 0.5 ? alice : bob;
      const name = from === alice ? 'alice' : 'bob';
      sends.push(from.store.send(name === 'alice' ? 'bob' : 'alice', { text: `${name} ${written[name]++}`, files: [] }));
      const roll = next();
      if (roll < 0.04) {
        const victim = next() < 0.5 ? alice : bob;
        if (victim.client.connectionState === 'connected') {
          victim.client.goOffline();
          drops++;
        }
      } else if (roll < 0.12) {
        for (const chat of [alice, bob]) if (chat.client.connectionState !== 'connected') void chat.client.goOnline();
      }
      if (i % 25 === 0) await new Promise((resolve) => setTimeout(resolve, 5)); // Let events interleave.
    }
    for (const chat of [alice, bob]) if (chat.client.connectionState !== 'connected') await chat.client.goOnline();
    await Promise.all(sends);

    // Everything the service holds, read back page by page: the truth both sides must match.
    const conversation = (await alice.client.getSubscribedConversations()).items[0];
    const stored: string[] = [];
    let page = await conversation.getMessages(100, 0, 'forward');
    stored.push(...page.items.map((m) => m.body ?? ''));
    while (page.hasNextPage) {
      page = await page.nextPage();
      stored.push(...page.items.map((m) => m.body ?? ''));
    }
    expect(stored, 'each message stored exactly once').to.have.length(MESSAGES);
    expect(new Set(stored).size).to.equal(MESSAGES);
    for (const name of ['alice', 'bob'] as const) {
      const theirs = stored.filter((body) => body.startsWith(`${name} `)).map((body) => Number(body.split(' ')[1]));
      expect(theirs, `${name}'s messages in the order written (seed ${seed})`).to.deep.equal([...theirs].sort((a, b) => a - b));
      expect(theirs).to.have.length(written[name]);
    }
    // Both agents' views settle on exactly what is stored, nothing pending, nothing twice.
    for (const [chat, peer] of [[alice, 'bob'], [bob, 'alice']] as const) {
      await waitUntil(() => chat.store.state.threads.get(peer)!.messages.every((m) => m.delivery === 'sent'), 'all sent', { timeout: 20_000 });
      const shown = chat.store.state.threads.get(peer)!.messages.map((m) => m.body);
      expect(new Set(shown).size, 'no message shown twice').to.equal(shown.length);
      expect(shown, 'the newest messages, in stored order').to.deep.equal(stored.slice(-shown.length));
    }
    console.log(
      `Chaos (seed ${seed}): ${MESSAGES} messages (alice ${written.alice}, bob ${written.bob}), ${drops} dropped connections, ` +
        `${Math.round(performance.now() - started)} ms; each stored once, in order.`,
    );
  });
});
