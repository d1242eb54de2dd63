/**
 * Hostile input end to end through the real store and elements: bodies, filenames, display names
 * and attributes from the XSS corpus show as text, nothing runs, and malformed attributes break
 * nothing. Also: a host page's aggressive global CSS does not reach inside the widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ChatStore } from '../src/services/chat-store.js';
import type { Agent, AgentDirectory } from '../src/services/directory/ports.js';
import { LocalConversationsClient } from '../src/services/local/index.js';
import { settled } from './helpers/fixture-with-store.js';
import { localChat, testDatabase } from './helpers/local-chat.js';
import { until } from './helpers/until.js';
import { XSS_CORPUS } from './helpers/xss-corpus.js';
import type { InternalAgentChat } from '../src/components/internal-agent-chat/internal-agent-chat.js';
import '../src/components/internal-agent-chat/internal-agent-chat.js';

/** Every element below `root`, through every shadow root. */
function* everyElement(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* everyElement(element.shadowRoot);
  }
}

const visibleText = (root: ParentNode) => [...everyElement(root)].map((element) => element.textContent ?? '').join('\n');

describe('hostile input', () => {
  const hostileAgents: Agent[] = XSS_CORPUS.map((payload, i) => ({ identity: `hostile-${i}`, displayName: payload, activity: payload }));
  const directory: AgentDirectory = {
    search: async () => hostileAgents,
    lookup: async (ids) => hostileAgents.filter((agent) => ids.includes(agent.identity)),
    watch: () => () => {},
  };

  afterEach(() => delete (window as { __xss?: unknown }).__xss);

  it('shows hostile bodies, filenames, names and attributes as text and runs nothing', async () => {
    const database = testDatabase();
    const sender = await localChat('hostile-0', database, { start: false });
    const conversation = await sender.client.createConversation({
      uniqueName: 'hostile-pair',
      attributes: { internalAgentChat: { kind: 'direct' } },
    });
    await conversation.add('alice');
    for (const payload of XSS_CORPUS) {
      await conversation.sendMessage(payload, { clientId: { not: 'a string' }, html: payload });
    }
    await conversation
      .prepareMessage()
      .setBody('files')
      .addMedia({ contentType: 'text/html', filename: XSS_CORPUS[0], media: new Blob(['<script>window.__xss=1</script>']) })
      .build()
      .send();
    // Malformed tags on other conversations must not break the list.
    for (const attributes of [{ internalAgentChat: 'not an object' }, { internalChat: 42 }, [1, 2, 3], 'a string']) {
      const other = await sender.client.createConversation({ attributes: attributes as never });
      await other.add('alice');
    }

    const client = new LocalConversationsClient('alice', { database });
    const store = new ChatStore({ client, directory });
    await store.start();
    const chat = await fixture<InternalAgentChat>(html`<internal-agent-chat style="height: 700px" .store=${store}></internal-agent-chat>`);
    expect([...store.state.chats.keys()]).to.deep.equal(['hostile-0']);
    await store.openChat('hostile-0');
    await until(store, (s) => s.threads.get('hostile-0')?.messages.length === XSS_CORPUS.length + 1);
    await settled(chat);
    await new Promise((resolve) => setTimeout(resolve, 100));

    const text = visibleText(chat.shadowRoot!);
    for (const payload of XSS_CORPUS) expect(text, payload).to.contain(payload);
    for (const element of everyElement(chat.shadowRoot!)) {
      expect(['SCRIPT', 'IFRAME'], element.outerHTML.slice(0, 80)).not.to.include(element.tagName);
      const handlers = [...element.attributes].filter((attribute) => attribute.name.startsWith('on'));
      expect(handlers.map((a) => a.name), element.tagName).to.deep.equal([]);
      if (element instanceof HTMLAnchorElement) expect(element.protocol).to.be.oneOf(['http:', 'https:', 'mailto:', 'blob:']);
    }
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    store.dispose();
    await Promise.all([client.shutdown(), sender.stop()]);
  });

  it('keeps its own look on a page with aggressive global CSS', async () => {
    const alice = await localChat('alice', testDatabase());
    const reference = await fixture<InternalAgentChat>(html`<internal-agent-chat style="height: 500px" .store=${alice.store}></internal-agent-chat>`);
    await alice.store.openChat('bob');
    await settled(reference);
    const probe = (chat: InternalAgentChat) => {
      const list = chat.shadowRoot!.querySelector('iac-agent-list')!.shadowRoot!;
      const name = list.querySelector('.name')!;
      const composer = chat.shadowRoot!.querySelector('iac-composer')!;
      const send = composer.shadowRoot!.querySelector('button.send')!;
      const pick = (element: Element, ...properties: string[]) =>
        properties.map((property) => getComputedStyle(element).getPropertyValue(property));
      return { name: pick(name, 'color', 'font-size', 'font-family'), send: pick(send, 'display', 'background-color'), host: pick(chat, 'display') };
    };
    const expected = probe(reference);

    const style = document.createElement('style');
    // Everything but the root font size: sizes are in rem, like Twilio Paste, so the widget
    // follows the user's text-size setting and the page's root size by design.
    style.textContent = `
      body, body * { color: red; font: 30px/3 serif; margin: 20px; padding: 20px; box-sizing: content-box; }
      button, input, textarea { display: none; }
      div, section, p { display: inline; }
      internal-agent-chat { letter-spacing: 5px; }
    `;
    document.head.append(style);
    try {
      await settled(reference);
      expect(probe(reference)).to.deep.equal(expected);
    } finally {
      style.remove();
      await alice.stop();
    }
  });
});
