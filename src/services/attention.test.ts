import { expect, fixture, html } from '@open-wc/testing';
import { localChat, testDatabase, type LocalChat } from '../../test/helpers/local-chat.js';
import { settled } from '../../test/helpers/fixture-with-store.js';
import { until } from '../../test/helpers/until.js';
import { openUserStorage } from './storage/user-storage.js';
import { Attention, type NotificationApi } from './attention.js';
import type { InternalAgentChat } from '../components/internal-agent-chat/internal-agent-chat.js';
import '../components/internal-agent-chat/internal-agent-chat.js';
import { inEnglish } from '../../test/helpers/english.js';
import { unreadTotal } from './chat-state.js';

/** A recording stand-in for the browser's Notification. */
function fakeNotifications(permission: NotificationPermission = 'granted') {
  const shown: Array<{ title: string; options?: NotificationOptions; onclick: ((event: Event) => unknown) | null; closed: boolean }> = [];
  const api = class {
    static permission = permission;
    static requested = 0;
    static async requestPermission(): Promise<NotificationPermission> {
      api.requested++;
      return api.permission;
    }
    onclick: ((event: Event) => unknown) | null = null;
    closed = false;
    constructor(
      readonly title: string,
      readonly options?: NotificationOptions,
    ) {
      shown.push(this);
    }
    close(): void {
      this.closed = true;
    }
  };
  return { api, shown };
}

/** Makes the page's tab look hidden (or visible) to the code under test. */
function tabHidden(hidden: boolean): void {
  if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as { visibilityState?: unknown }).visibilityState;
}

describe('attention: desktop notifications and sound for messages while the chat is hidden', () => {
  let database: string;
  let alice: LocalChat;
  let bob: LocalChat;
  let chat: InternalAgentChat;
  let notifications: ReturnType<typeof fakeNotifications>;

  async function mount(): Promise<void> {
    notifications = fakeNotifications();
    chat = await fixture<InternalAgentChat>(html`<internal-agent-chat
      style="width: 900px; height: 500px"
      .userStorage=${await openUserStorage('alice', testDatabase())}
      .notificationApi=${notifications.api as unknown as NotificationApi}
      .store=${alice.store}
    ></internal-agent-chat>`);
    await settled(chat);
  }

  async function bobWrites(text: string, unread: number): Promise<void> {
    await bob.store.send('alice', { text, files: [] });
    await until(alice.store, (s) => s.chats.get('bob')?.unread === unread);
    await new Promise((resolve) => setTimeout(resolve));
  }

  beforeEach(async () => {
    database = testDatabase();
    alice = await localChat('alice', database);
    bob = await localChat('bob', database);
  });

  afterEach(async () => {
    tabHidden(false);
    await bob.stop();
    await alice.stop();
  });

  it('raises one notification naming the sender when the tab is hidden; clicking it opens the chat', async () => {
    await mount();
    await chat.settings.update({ desktopNotifications: true });
    tabHidden(true);
    await bobWrites('Can you take a transfer?', 1);
    expect(notifications.shown).to.have.length(1);
    const [notice] = notifications.shown;
    expect(notice.title).to.equal('Bob Smith');
    expect(notice.options?.body).to.equal('Can you take a transfer?');
    tabHidden(false);
    notice.onclick?.(new Event('click'));
    await until(alice.store, (s) => s.activeChat === 'bob');
    expect(notice.closed).to.equal(true);
  });

  it('also when the widget is not displayed, though the tab is', async () => {
    await mount();
    await chat.settings.update({ desktopNotifications: true });
    chat.style.display = 'none';
    await bobWrites('Hello?', 1);
    expect(notifications.shown.map((n) => n.title)).to.deep.equal(['Bob Smith']);
  });

  it('stays quiet while the chat is showing, for a muted chat, and when switched off (the default)', async () => {
    await mount();
    await bobWrites('Switched off by default', 1);
    tabHidden(true);
    await bobWrites('Still off', 2);
    expect(notifications.shown, 'off by default').to.have.length(0);

    await chat.settings.update({ desktopNotifications: true });
    tabHidden(false);
    await bobWrites('You can see me', 3);
    expect(notifications.shown, 'showing').to.have.length(0);

    await alice.store.mute('bob');
    tabHidden(true);
    await bobWrites('Muted', 4);
    expect(notifications.shown, 'muted').to.have.length(0);
  });

  it('speaks up in a muted group for a message that mentions the person, only for that one, and the badges count it', async () => {
    const maria = await localChat('maria.garcia', database);
    try {
      await mount();
      await chat.settings.update({ desktopNotifications: true });
      const group = await alice.store.createGroup('Escalations', ['bob', 'maria.garcia']);
      await until(bob.store, (s) => s.chats.has(group));
      await alice.store.mute(group);
      tabHidden(true);
      await bob.store.send(group, { text: 'Anyone free?', files: [] });
      await until(alice.store, (s) => s.chats.get(group)?.unread === 1);
      expect(unreadTotal(alice.store.state), 'a muted group counts nowhere').to.equal(0);
      await bob.store.send(group, { text: '@Alice Johnson can you take it?', files: [], mentions: ['alice'] });
      await until(alice.store, (s) => s.chats.get(group)?.unreadMention === true);
      await maria.store.send(group, { text: 'I can help too', files: [] });
      await until(alice.store, (s) => s.chats.get(group)?.unread === 3);
      await new Promise((resolve) => setTimeout(resolve));
      expect(notifications.shown.map((n) => [n.title, n.options?.body])).to.deep.equal([['Escalations', '@Alice Johnson can you take it?']]);
      expect(unreadTotal(alice.store.state), 'until it mentions her: then the badges count it').to.equal(3);
    } finally {
      await maria.stop();
    }
  });

  it('plays one soft sound for a burst of messages, only when sound is on', async () => {
    let plays = 0;
    let sound = false;
    const attention = new Attention({
      store: alice.store,
      settings: () => ({ desktopNotifications: false, sound }),
      isShowing: () => false,
      open: () => {},
      say: inEnglish,
      Notification: null,
      chime: { play: async () => void plays++ },
    });
    const stop = attention.start();
    await bobWrites('one', 1);
    expect(plays, 'sound is off').to.equal(0);
    sound = true;
    await bobWrites('two', 2);
    await bobWrites('three', 3);
    expect(plays, 'one chime for messages close together').to.equal(1);
    stop();
  });

  it('asks the browser once switched on, and says in words when it refuses', async () => {
    const denied = fakeNotifications('denied');
    const attention = new Attention({ store: alice.store, settings: () => ({ desktopNotifications: true, sound: false }), isShowing: () => true, open: () => {}, say: inEnglish, Notification: denied.api as unknown as NotificationApi });
    expect(inEnglish(await attention.allowDesktop())).to.contain('The browser blocks notifications from this site');
    const asking = fakeNotifications('default');
    asking.api.requestPermission = async () => {
      asking.api.requested++;
      asking.api.permission = 'granted';
      return 'granted';
    };
    const allowed = new Attention({ store: alice.store, settings: () => ({ desktopNotifications: true, sound: false }), isShowing: () => true, open: () => {}, say: inEnglish, Notification: asking.api as unknown as NotificationApi });
    expect(await allowed.allowDesktop()).to.equal(null);
    expect(asking.api.requested).to.equal(1);
    const none = new Attention({ store: alice.store, settings: () => ({ desktopNotifications: true, sound: false }), isShowing: () => true, open: () => {}, say: inEnglish, Notification: null });
    expect(inEnglish(await none.allowDesktop())).to.equal("This browser doesn't offer desktop notifications.");
  });
});
