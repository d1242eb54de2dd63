/**
 * Portal embedding as a portal page does it: `<internal-agent-chat>` with a token source and a
 * directory source, the SDK handed in as the strict double (the real one needs a Twilio account).
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../index.js';
import type { InternalAgentChat } from '../components/internal-agent-chat/internal-agent-chat.js';
import type { Agent } from '../services/directory/ports.js';
import { ConversationsServiceDouble, conversationsSdkDouble, type StrictClient } from '../../test/sdk-double/index.js';
import { whenInitialized } from '../services/conversations/initialized.js';
import { rejection, sleep, until } from '../services/local/test-support.js';
import { toAgentDirectory } from './directory-source.js';
import { PortalClient } from './portal-client.js';
import type { ConversationsSdk } from './sdk-loader.js';
import { inEnglish } from '../../test/helpers/english.js';

const AGENTS: Agent[] = [
  { identity: 'alice', displayName: 'Alice Johnson', activity: 'Available', email: 'alice@example.com' },
  { identity: 'bob', displayName: 'Bob Smith', activity: 'On a call', email: 'bob@example.com' },
  { identity: 'carol', displayName: 'Carol Danvers', activity: 'Available' },
];

/** Text the element shows, through its shadow roots. */
function shownText(root: Element | ShadowRoot): string {
  const own = root instanceof Element && root.shadowRoot ? shownText(root.shadowRoot) : '';
  return own + [...root.children].map((child) => (child.shadowRoot ? shownText(child) : (child.textContent ?? '') + shownText(child))).join(' ');
}

/** The element as a portal page puts it in: defined once the entry has fetched the elements (src/elements-on-demand.ts). */
async function portalChat(template: TemplateResult): Promise<InternalAgentChat> {
  const chat = await fixture<InternalAgentChat>(template);
  await customElements.whenDefined('internal-agent-chat');
  await chat.updateComplete;
  return chat;
}

describe('portal embedding', () => {
  let service: ConversationsServiceDouble;
  const others: StrictClient[] = [];
  const loadDouble = async () => conversationsSdkDouble(service);

  beforeEach(() => {
    service = new ConversationsServiceDouble();
  });
  afterEach(async () => {
    await Promise.all(others.splice(0).map((client) => client.shutdown()));
  });

  it('makes its own store from a token callback and a list of agents, and chats over the SDK it is given', async () => {
    const tokens: string[] = [];
    const chat = await portalChat(html`<internal-agent-chat
      .tokenCallback=${async () => {
        tokens.push('asked');
        return service.issueToken('alice');
      }}
      .directory=${AGENTS}
      .loadSdk=${loadDouble}
    ></internal-agent-chat>`);
    expect(chat.store, 'the element made a store').to.not.equal(undefined);
    await until(() => chat.store!.state.startup === 'ready');
    expect(chat.store!.state.me?.identity).to.equal('alice', 'the identity comes from the token');
    expect(tokens).to.deep.equal(['asked']);
    await until(() => shownText(chat).includes('Bob Smith'));

    const { Client } = conversationsSdkDouble(service);
    const bob = new Client(service.issueToken('bob'), { throwErrorsAlways: true });
    others.push(bob);
    await whenInitialized(bob);
    const conversation = await bob.createConversation({ attributes: { internalAgentChat: { kind: 'direct', agents: ['alice', 'bob'] } } });
    await conversation.add('alice');
    await conversation.sendMessage('Hello from Bob');
    await until(() => chat.unreadCount === 1);
    expect(chat.store!.state.storagePersistent).to.equal(true, 'pins and drafts are kept under the identity from the token');
  });

  it('takes a directory set after it has started, and searches it from then on', async () => {
    const chat = await portalChat(html`<internal-agent-chat
      .tokenCallback=${() => service.issueToken('alice')}
      .directory=${AGENTS}
      .loadSdk=${loadDouble}
    ></internal-agent-chat>`);
    await until(() => chat.store?.state.startup === 'ready');
    await until(() => shownText(chat).includes('Bob Smith'));
    const store = chat.store;

    const watched: string[][] = [];
    chat.directory = {
      search: async () => [{ identity: 'dave', displayName: 'Dave Lister', activity: 'Available' }],
      lookup: async () => [],
      watch: (identities) => (watched.push([...identities]), () => {}),
    };
    await until(() => shownText(chat).includes('Dave Lister'));
    expect(chat.store, 'the same store, not a new start').to.equal(store);
    expect(store!.state.directory.results).to.deep.equal(['dave']);
    await until(() => watched.some((identities) => identities.includes('dave')), 2000);
  });

  it('says in the element that the token could not be fetched', async () => {
    const chat = await portalChat(html`<internal-agent-chat
      .tokenCallback=${() => Promise.reject(new Error('your portal session has ended'))}
      .directory=${AGENTS}
      .loadSdk=${loadDouble}
    ></internal-agent-chat>`);
    await until(() => chat.store?.state.startup === 'failed');
    await chat.updateComplete;
    const alert = chat.shadowRoot!.querySelector('[role=alert]');
    expect(alert?.textContent).to.match(/Couldn't start the chat \(no chat token: your portal session has ended\)/);
    await expect(chat).to.be.accessible();
  });

  it('says so when the token endpoint refuses, and when the service refuses the token', async () => {
    const refused = await portalChat(html`<internal-agent-chat
      token-url="/no-such-token-endpoint"
      .directory=${AGENTS}
      .loadSdk=${loadDouble}
    ></internal-agent-chat>`);
    await until(() => refused.store?.state.startup === 'failed');
    expect(inEnglish(refused.store!.state.startupError)).to.match(/the token service answered 404/);

    const forged = await portalChat(html`<internal-agent-chat
      .tokenCallback=${() => 'forged-token'}
      .directory=${AGENTS}
      .loadSdk=${loadDouble}
    ></internal-agent-chat>`);
    await until(() => forged.store?.state.startup === 'failed');
    expect(inEnglish(forged.store!.state.startupError)).to.match(/Invalid Access Token/);
  });

  it('says so when the chat library cannot be loaded', async () => {
    const client = new PortalClient({ token: () => 'any', loadSdk: () => Promise.reject(new Error('chunk 404')) });
    const failed = new Promise<{ error?: { message: string } }>((resolve) => client.on('initFailed', resolve));
    expect((await failed).error?.message).to.equal('the chat library did not load: chunk 404');
    expect(client.connectionState).to.equal('error');
    expect((await rejection(client.getSubscribedConversations())).message).to.match(/did not load/);
  });

  it('creates the SDK client with throwErrorsAlways, and renews the token before it expires', async () => {
    service = new ConversationsServiceDouble({ tokenWarningMs: 250 });
    const made: Array<{ throwErrorsAlways?: boolean }> = [];
    const sdk: ConversationsSdk = {
      Client: class extends conversationsSdkDouble(service).Client {
        constructor(token: string, options?: { throwErrorsAlways?: boolean }) {
          super(token, options);
          made.push({ ...options });
        }
      },
    };
    // The first token lives 300 ms (warned about after 50 ms); renewed ones live a minute.
    let issued = 0;
    const token = () => service.issueToken('alice', issued++ === 0 ? 300 : 60_000);
    const client = new PortalClient({ token, loadSdk: async () => sdk });
    await whenInitialized(client);
    expect(made).to.deep.equal([{ throwErrorsAlways: true }]);
    await until(() => issued === 2, 2000);
    await sleep(400); // Past the first token's expiry.
    await until(() => client.connectionState === 'connected', 2000);
    expect(issued).to.equal(2, 'renewed once, before or at expiry, not over and over');
    await client.getSubscribedConversations();
    await client.shutdown();
  });

  it('turns a list or a search function into a directory', async () => {
    const list = toAgentDirectory(AGENTS);
    expect((await list.search('smi')).map((a) => a.identity)).to.deep.equal(['bob']);
    expect((await list.search('example.com')).map((a) => a.identity)).to.deep.equal(['alice', 'bob']);
    expect((await list.lookup(['carol', 'nobody'])).map((a) => a.identity)).to.deep.equal(['carol']);

    const asked: string[] = [];
    const remote = toAgentDirectory(async (text) => {
      asked.push(text);
      return AGENTS.filter((a) => a.identity.includes(text) || a.displayName.toLowerCase().includes(text.toLowerCase()));
    });
    expect((await remote.search('carol')).map((a) => a.identity)).to.deep.equal(['carol']);
    expect((await remote.lookup(['carol', 'bob'])).map((a) => a.identity)).to.deep.equal(['carol', 'bob']);
    expect(asked).to.deep.equal(['carol', 'bob'], 'look-ups ask only for agents not met before');
    remote.watch(['bob'], () => {})();
  });
});
