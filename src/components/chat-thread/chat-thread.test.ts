import { expect, html, waitUntil } from '@open-wc/testing';
import { localChat, testDatabase, type LocalChat } from '../../../test/helpers/local-chat.js';
import { fixtureWithStore, settled } from '../../../test/helpers/fixture-with-store.js';
import { until } from '../../../test/helpers/until.js';
import type { IacChatThread } from './chat-thread.js';
import './chat-thread.js';

describe('iac-chat-thread', () => {
  let database: string;
  let alice: LocalChat;
  let bob: LocalChat;
  let thread: IacChatThread;
  const root = () => thread.shadowRoot!;
  const log = () => root().querySelector<HTMLElement>('.log')!;

  /** Bob read the chat with Alice earlier, and closed it. */
  async function readEarlier(): Promise<void> {
    await bob.store.openChat('alice');
    bob.store.setViewing('alice');
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 0);
    bob.store.setViewing(null);
    bob.store.closeChat();
  }

  async function openBobsChatWith(messages: string[], options: { alreadyRead?: boolean } = {}): Promise<void> {
    for (const text of messages) await alice.store.send('bob', { text, files: [] });
    await until(bob.store, (s) => s.chats.has('alice'));
    if (options.alreadyRead) await readEarlier();
    thread = await fixtureWithStore<IacChatThread>(bob.store, html`<iac-chat-thread style="height: 400px"></iac-chat-thread>`);
    await bob.store.openChat('alice');
    await settled(thread);
  }

  beforeEach(async () => {
    database = testDatabase();
    [alice, bob] = await Promise.all([localChat('alice', database), localChat('bob', database)]);
  });

  afterEach(async () => {
    await Promise.all([alice.stop(), bob.stop()]);
  });

  it('is accessible: a polite log named after the other agent, a named pin toggle', async () => {
    await openBobsChatWith(['Hi Bob']);
    await expect(thread).to.be.accessible();
    expect(log().getAttribute('role')).to.equal('log');
    expect(log().getAttribute('aria-live')).to.equal('polite');
    expect(log().getAttribute('aria-label')).to.equal('Chat with Alice Johnson');
    expect(root().querySelector('button[aria-label="Pin chat"]')).to.exist;
  });

  it('pins and mutes the chat from its header: each switch keeps its name and says whether it is on', async () => {
    await openBobsChatWith(['Hi Bob']);
    for (const [name, list] of [['Pin chat', 'pins'], ['Mute chat', 'muted']] as const) {
      const button = () => root().querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
      expect(button().getAttribute('aria-pressed')).to.equal('false');
      button().click();
      await until(bob.store, (s) => s[list].includes('alice'));
      await settled(thread);
      expect(button().getAttribute('aria-pressed')).to.equal('true');
      expect(button().title).to.equal(name.replace(/^(\w)/, (first) => `Un${first.toLowerCase()}`));
      button().click();
      await until(bob.store, (s) => !s[list].includes('alice'));
    }
  });

  it('shows attachments uploading with their name, size and a running bar until the message is sent', async () => {
    await openBobsChatWith(['Hi Bob']);
    thread = await fixtureWithStore<IacChatThread>(alice.store, html`<iac-chat-thread style="height: 400px"></iac-chat-thread>`);
    await alice.store.openChat('bob');
    await settled(thread);
    const seen: Array<{ text: string; running: boolean }> = [];
    const watch = new MutationObserver(() => {
      const uploading = root().querySelector('.uploading');
      if (uploading) seen.push({ text: uploading.textContent!.replace(/\s+/g, ' ').trim(), running: uploading.querySelector('progress')?.value === 0 });
    });
    watch.observe(root(), { subtree: true, childList: true, characterData: true });
    const report = new File([new Uint8Array(2 * 1024 * 1024)], 'report.pdf', { type: 'application/pdf' });
    await alice.store.send('bob', { text: 'The report', files: [report] });
    await until(alice.store, (s) => s.threads.get('bob')?.messages.at(-1)?.delivery === 'sent');
    await settled(thread);
    watch.disconnect();
    expect(seen[0], 'shown while sending').to.deep.equal({ text: 'Uploading report.pdf (2 MB)…', running: true });
    expect(root().querySelector('.uploading'), 'gone once sent').to.equal(null);
  });

  it('shows each message with its author, time and side', async () => {
    await openBobsChatWith(['Hi Bob']);
    await bob.store.send('alice', { text: 'Hi Alice', files: [] });
    await until(bob.store, (s) => s.threads.get('alice')?.messages.at(-1)?.delivery === 'sent' && s.threads.get('alice')!.messages.length === 2);
    await settled(thread);
    const runs = [...root().querySelectorAll('.row[data-starts-run]')];
    expect(runs.map((r) => r.querySelector('.author')?.textContent)).to.deep.equal(['Alice Johnson', 'You']);
    expect(runs.map((r) => r.hasAttribute('data-own'))).to.deep.equal([false, true]);
    expect(runs[0].querySelector('time')?.textContent).to.match(/\d/);
    expect(root().querySelector('.day')?.textContent).to.contain('Today');
  });

  it('makes http, https and mailto links clickable, and nothing else', async () => {
    await openBobsChatWith(['docs at https://example.com/guide, or javascript:alert(1), or ann@example.org']);
    const links = [...root().querySelectorAll<HTMLAnchorElement>('.body a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/guide', 'mailto:ann@example.org']);
    expect(links[0].rel).to.contain('noopener');
  });

  it('lets the author edit and delete their message, and the other side sees both', async () => {
    await alice.store.send('bob', { text: 'Meet at 3', files: [] });
    await openBobsChatWith([]);
    await alice.store.openChat('bob');
    const key = await until(alice.store, (s) => s.threads.get('bob')?.messages[0]?.delivery === 'sent' && s.threads.get('bob')!.messages[0].key);
    await alice.store.editMessage('bob', key, 'Meet at 4');
    await until(bob.store, (s) => s.threads.get('alice')?.messages[0]?.body === 'Meet at 4');
    await settled(thread);
    expect(root().querySelector('.body')?.textContent).to.contain('(edited)');
    await alice.store.deleteMessage('bob', key);
    await until(bob.store, (s) => s.threads.get('alice')?.messages.length === 0);
    await until(alice.store, (s) => s.threads.get('bob')?.messages.length === 0);
  });

  it('edits and deletes through the message actions, by keyboard', async () => {
    await openBobsChatWith(['hi']);
    await bob.store.send('alice', { text: 'Hello Alce', files: [] });
    await until(bob.store, (s) => s.threads.get('alice')?.messages.at(-1)?.delivery === 'sent');
    await settled(thread);
    log().focus();
    log().dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, composed: true }));
    const own = root().querySelector<HTMLElement>('.row[data-own] .message')!;
    expect(root().activeElement).to.equal(own);
    await expect(thread).to.be.accessible();
    own.querySelector<HTMLButtonElement>('button[aria-label="Edit message"]')!.click();
    await settled(thread);
    const editor = root().querySelector<HTMLTextAreaElement>('textarea[aria-label="Edit message"]')!;
    expect(root().activeElement).to.equal(editor);
    editor.value = 'Hello Alice';
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await until(alice.store, (s) => s.threads.get('bob')?.messages.at(-1)?.body === 'Hello Alice');

    await settled(thread);
    root().querySelector<HTMLButtonElement>('.row[data-own] button[aria-label="Delete message"]')!.click();
    await settled(thread);
    expect(root().querySelector('.confirm')?.textContent).to.contain('Delete this message for everyone?');
    [...root().querySelectorAll<HTMLButtonElement>('.confirm button')].find((b) => b.textContent === 'Delete')!.click();
    await until(alice.store, (s) => s.threads.get('bob')?.messages.length === 1);
  });

  it('hands files dropped on the thread to the composer, once', async () => {
    await openBobsChatWith(['hi']);
    const received: File[][] = [];
    thread.addEventListener('iac-attach', (event) => received.push(event.detail.files));
    const dataTransfer = new DataTransfer();
    dataTransfer.items.add(new File(['x'], 'notes.txt', { type: 'text/plain' }));
    log().dispatchEvent(new DragEvent('dragover', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    expect(thread.hasAttribute('dragging')).to.equal(true);
    log().dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, composed: true, cancelable: true }));
    expect(received.map((files) => files.map((f) => f.name))).to.deep.equal([['notes.txt']]);
    expect(thread.hasAttribute('dragging')).to.equal(false);
  });

  it('says why a message was not sent in sentences that end once, lined up under the own message, with Retry', async () => {
    thread = await fixtureWithStore<IacChatThread>(alice.store, html`<iac-chat-thread style="height: 400px; width: 700px"></iac-chat-thread>`);
    await alice.store.openChat('bob');
    // Refused by the service with its own detail, which ends in a full stop.
    await alice.store.send('bob', { text: 'word '.repeat(7000), files: [] });
    await until(alice.store, (s) => s.threads.get('bob')?.messages[0]?.delivery === 'failed');
    await settled(thread);
    await expect(thread).to.be.accessible();

    const failure = root().querySelector<HTMLElement>('.delivery.failed')!;
    const words = failure.textContent!.replace(/\s+/g, ' ').trim();
    expect(words).to.match(/^Not sent\. Couldn't send this message \(.+\)\. Try again in a moment\. Retry$/);
    expect(words, 'no doubled punctuation').to.not.match(/\.\)\.|\.\./);
    expect(failure.querySelector('button')?.textContent).to.equal('Retry');

    // Lined up with its message's end edge, each of its lines ending there too.
    const message = root().querySelector<HTMLElement>('.row[data-own] .message')!.getBoundingClientRect();
    const box = failure.getBoundingClientRect();
    expect(Math.abs(box.right - message.right), 'the failure ends where its message ends').to.be.below(1);
    expect(box.left, 'no wider than its message').to.be.at.least(message.left - 1);
    const range = document.createRange();
    range.selectNodeContents(failure);
    const lines = new Map<number, number>();
    for (const rect of range.getClientRects()) lines.set(Math.round(rect.bottom), Math.max(lines.get(Math.round(rect.bottom)) ?? 0, rect.right));
    const end = box.right - parseFloat(getComputedStyle(failure).paddingRight);
    expect(lines.size, 'a failure this long wraps').to.be.above(1);
    for (const right of lines.values()) expect(Math.abs(right - end), 'each line ends at the end edge').to.be.below(2);
  });

  describe('in the other direction than its words', () => {
    /** Where `text`, somewhere in `element`'s text, is drawn: its left edge on the page. */
    const leftOf = (element: Element, text: string) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        return range.getBoundingClientRect().left;
      }
      throw new Error(`“${text}” is not in ${element.textContent}`);
    };

    async function threadIn(dir: 'rtl' | 'ltr', lang: string): Promise<void> {
      await alice.store.send('bob', { text: 'hello', files: [] });
      await until(bob.store, (s) => s.chats.has('alice'));
      thread = await fixtureWithStore<IacChatThread>(bob.store, html`<iac-chat-thread style="height: 400px; width: 600px"></iac-chat-thread>`);
      // The page around the thread (the element that provides the store) sets the direction and language.
      const page = thread.parentElement!.parentElement!;
      page.dir = dir;
      page.lang = lang;
      await bob.store.openChat('alice');
      await alice.store.notifyTyping('bob');
      await until(bob.store, (s) => s.threads.get('alice')?.typing.includes('alice'));
      await settled(thread);
    }

    it('English in a right-to-left page: "11:06 PM" and "Alice Johnson is typing…" read left to right', async () => {
      await threadIn('rtl', 'en');
      await waitUntil(() => root().querySelector('.typing')?.textContent?.includes('is typing'));
      await expect(thread).to.be.accessible();
      const time = root().querySelector('.meta time')!;
      expect(time.textContent).to.match(/^\d{1,2}:\d{2}\s[AP]M$/);
      expect(leftOf(time, time.textContent!.slice(0, 1)), 'the hour before AM/PM').to.be.below(leftOf(time, 'M'));
      const typing = root().querySelector('.typing')!;
      expect(leftOf(typing, 'Alice'), 'the name first').to.be.below(leftOf(typing, 'typing'));
      expect(leftOf(typing, '…'), 'the ellipsis after "typing"').to.be.above(leftOf(typing, 'typing'));
    });

    it('Arabic in a left-to-right page: the typing line reads right to left, the name kept whole', async () => {
      await threadIn('ltr', 'ar');
      await waitUntil(() => root().querySelector('.typing')?.textContent?.includes('يكتب'), 'the Arabic words loaded');
      const typing = root().querySelector('.typing')!;
      expect(leftOf(typing, 'Alice'), 'the name first, on the right').to.be.above(leftOf(typing, 'يكتب'));
      expect(leftOf(typing, 'Alice'), 'the name keeps its own order').to.be.below(leftOf(typing, 'Johnson'));
      expect(leftOf(typing, '…'), 'the ellipsis after the verb, on the left').to.be.below(leftOf(typing, 'يكتب'));
    });
  });

  it('on a narrow screen, breaks a long link between its parts and a word only when it is wider than the message', async () => {
    const link = 'https://intranet.example.com/reports/2024/customer-satisfaction/quarterly-summary.pdf';
    const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';
    await openBobsChatWith([`The report is at ${link} if you need it.`, `A ${word} is long.`]);
    thread.style.width = '360px';
    await settled(thread);
    await expect(thread).to.be.accessible();

    /** The text of `element` cut where its lines break, as it is drawn. */
    const drawnLines = (element: Element) => {
      const lines: string[] = [];
      let top: number | undefined;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (top === undefined || rect.top > top + 2) lines.push('');
          top = rect.top;
          lines[lines.length - 1] += node.data[i];
        }
      }
      return lines;
    };
    const anchor = root().querySelector('.body a')!;
    expect(anchor.textContent, 'the link reads as it was written').to.equal(link);
    const parts = drawnLines(anchor);
    expect(parts.length, 'the link takes more than one line').to.be.above(1);
    expect(parts.join('')).to.equal(link);
    for (const [i, part] of parts.slice(1).entries()) {
      expect(`${parts[i]!.at(-1)}${part[0]}`, `"${parts[i]}" | "${part}": broken between parts`).to.match(/[/.?#&=_~%-]/);
    }

    const body = [...root().querySelectorAll('.body')].find((b) => b.textContent!.includes(word))!;
    const wordLines = drawnLines(body).map((line) => line.trim());
    expect(wordLines.some((line) => line === 'A'), 'a word wider than the message starts a line of its own').to.equal(true);
    expect(body.getBoundingClientRect().right, 'and breaks inside the message').to.be.at.most(log().getBoundingClientRect().right);
  });

  it('renders hostile text as text', async () => {
    const payload = '<img src=x onerror="window.__pwned = true">';
    await openBobsChatWith([payload]);
    expect(root().querySelector('.body')?.textContent).to.equal(payload);
    expect(root().querySelector('.body img')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('marks the chat read while it is on screen, and the sender sees "Seen"', async () => {
    await alice.store.openChat('bob');
    await openBobsChatWith(['Are you there?']);
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 0);
    await until(alice.store, (s) => s.threads.get('bob')?.readHorizons.get('bob') === 0);
  });

  it('says when the other agent is typing', async () => {
    await openBobsChatWith(['hello']);
    await alice.store.notifyTyping('bob');
    await until(bob.store, (s) => s.threads.get('alice')?.typing.includes('alice'));
    await settled(thread);
    expect(root().querySelector('.typing')?.textContent).to.equal('Alice Johnson is typing…');
  });

  it('shows images inline and other files as cards with name and size', async () => {
    const png = await (await fetch('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==')).blob();
    await alice.store.send('bob', {
      text: 'Screenshot and log',
      files: [new File([png], 'screen.png', { type: 'image/png' }), new File(['x'.repeat(2048)], 'agent.log', { type: 'text/plain' })],
    });
    await openBobsChatWith([]);
    const [image, file] = [...root().querySelectorAll('iac-attachment')];
    await waitUntil(() => image.shadowRoot?.querySelector('img')?.getAttribute('alt') === 'screen.png', 'the image shown');
    expect(file.shadowRoot!.querySelector('.name')?.textContent).to.equal('agent.log');
    expect(file.shadowRoot!.querySelector('.size')?.textContent).to.equal('2 kB');
    expect(file.shadowRoot!.querySelector('button[aria-label="Download agent.log"]')).to.exist;
    await expect(thread).to.be.accessible();
  });

  it('opens a chat with unread messages at a "New messages" line', async () => {
    await openBobsChatWith(['read 1', 'read 2'], { alreadyRead: true });
    bob.store.closeChat(); // Bob looks elsewhere while Alice writes.
    for (let i = 1; i <= 25; i++) await alice.store.send('bob', { text: `unread ${i}`, files: [] });
    await until(bob.store, (s) => s.chats.get('alice')?.unread === 25);
    await bob.store.openChat('alice');
    await settled(thread);
    const line = root().querySelector<HTMLElement>('.new-messages')!;
    expect(line.nextElementSibling?.querySelector('.message')?.textContent).to.contain('unread 1');
    const top = line.getBoundingClientRect().top - log().getBoundingClientRect().top;
    expect(top, 'the line is at the top of the view').to.be.within(0, 40);
    expect(root().querySelector('.jump')?.textContent).to.contain('Jump to latest');
  });

  it('offers a jump to the latest message with the count of new ones while scrolled up', async () => {
    await openBobsChatWith(Array.from({ length: 40 }, (_, i) => `message ${i + 1}`), { alreadyRead: true });
    await bob.store.openChat('alice');
    await settled(thread);
    log().scrollTop = 0;
    await waitUntil(() => root().querySelector('.jump'), '"Jump to latest" offered'); // The DOM, not the store, changes.
    await alice.store.send('bob', { text: 'are you there?', files: [] });
    await alice.store.send('bob', { text: 'hello?', files: [] });
    await waitUntil(() => root().querySelector('.jump')?.textContent?.includes('2 new messages'), 'the count of new messages');
    root().querySelector<HTMLButtonElement>('.jump')!.click();
    await settled(thread);
    expect(log().scrollTop + log().clientHeight).to.be.closeTo(log().scrollHeight, 2);
    expect(root().querySelector('.jump')).to.equal(null);
  });

  it('leaves the newest messages when the reader scrolls up before the opening scroll is even reported', async () => {
    const texts = Array.from({ length: 70 }, (_, i) => `message ${i + 1}`);
    for (const text of texts) await alice.store.send('bob', { text, files: [] });
    await until(bob.store, (s) => s.chats.has('alice'));
    await readEarlier();
    thread = await fixtureWithStore<IacChatThread>(bob.store, html`<iac-chat-thread style="height: 400px"></iac-chat-thread>`);
    await bob.store.openChat('alice');
    await thread.updateComplete;
    expect(root().querySelectorAll('.message').length, 'rendered, not yet painted').to.be.greaterThan(10);
    log().scrollTop = 0; // In the same task as the thread's own scroll to the bottom: one scroll event for both.
    await until(bob.store, (s) => s.threads.get('alice')!.messages.length >= 60);
    await settled(thread);
    expect(log().scrollHeight - log().scrollTop - log().clientHeight, 'still up in the history').to.be.greaterThan(200);
    expect(root().querySelector('.jump'), '"Jump to latest" offered').to.exist;
  });

  it('stays where the reader scrolled when the chat changes before the scroll is reported', async () => {
    await openBobsChatWith(Array.from({ length: 40 }, (_, i) => `message ${i + 1}`), { alreadyRead: true });
    log().scrollTop = 0;
    // Any change re-renders the thread (a read receipt did, at random, in the tests above); this
    // one does it deterministically, in the same task, before the frame that reports the scroll.
    void bob.store.pin('alice');
    await until(bob.store, (s) => s.pins.includes('alice'));
    await thread.updateComplete; // Microtasks only: no frame, so no scroll event, has come in between.
    expect(root().querySelector('button[aria-label="Pin chat"]')?.getAttribute('aria-pressed'), 're-rendered').to.equal('true');
    expect(log().scrollTop, 'not taken back to the newest message').to.equal(0);
    await waitUntil(() => root().querySelector('.jump'), '"Jump to latest" offered');
    await waitUntil(() => root().querySelector('.start'), 'the older history loaded, up to the start of the chat');
    expect(log().scrollHeight - log().scrollTop - log().clientHeight, 'still up in the history').to.be.greaterThan(200);
  });

  it('loads older history at the top without moving what the reader sees', async () => {
    const texts = Array.from({ length: 70 }, (_, i) => `message ${i + 1}`);
    await openBobsChatWith(texts, { alreadyRead: true });
    await settled(thread);
    expect(log().scrollTop + log().clientHeight, 'starts at the newest message').to.be.closeTo(log().scrollHeight, 2);

    const anchor = [...root().querySelectorAll<HTMLElement>('.message')].find((m) => m.textContent?.includes('message 41'))!;
    log().scrollTop = 0;
    const before = anchor.getBoundingClientRect().top;
    await until(bob.store, (s) => s.threads.get('alice')!.messages.length >= 60);
    await settled(thread);
    expect(root().querySelector(`.message[data-key="${anchor.dataset.key}"]`), 'the same element, not re-created').to.equal(anchor);
    expect(anchor.getBoundingClientRect().top).to.be.closeTo(before, 1);
  });
});

describe('iac-chat-thread in a group', () => {
  let database: string;
  let members: LocalChat[];
  let thread: IacChatThread;
  const root = () => thread.shadowRoot!;

  beforeEach(async () => {
    database = testDatabase();
    members = await Promise.all(['alice', 'bob', 'maria.garcia'].map((identity) => localChat(identity, database)));
  });

  afterEach(async () => {
    await Promise.all(members.map((member) => member.stop()));
  });

  it('names the group, its members and each author; says who is typing and how many have seen the last message', async () => {
    const [alice, bob, maria] = members as [LocalChat, LocalChat, LocalChat];
    const chat = await alice.store.createGroup('Escalations', ['bob', 'maria.garcia']);
    for (const member of members) await until(member.store, (s) => s.chats.get(chat)?.members.length === 3);
    thread = await fixtureWithStore<IacChatThread>(alice.store, html`<iac-chat-thread lang="en" style="height: 400px"></iac-chat-thread>`);
    await alice.store.openChat(chat);
    await settled(thread);
    expect(root().querySelector('h2')!.textContent).to.equal('Escalations');
    expect(root().querySelector('header .activity')!.textContent!.trim()).to.equal('3 members');
    expect(root().querySelector('.start p')!.textContent!.trim()).to.equal('This is the start of Escalations.');
    expect(root().querySelector('.log')!.getAttribute('aria-label')).to.equal('Chat with Escalations');
    const membersButton = root().querySelector<HTMLButtonElement>('button[aria-label="Members"]')!;
    const asked = new Promise<Event>((resolve) => thread.addEventListener('iac-group-dialog', resolve, { once: true }));
    membersButton.click();
    expect((await asked as CustomEvent).detail).to.deep.equal({ dialog: 'members', chat });

    await maria.store.send(chat, { text: 'On it', files: [] });
    await waitUntil(() => root().querySelector('.row .author')?.textContent === 'María José García Fernández de la Torre', 'María named as the author');

    await Promise.all([bob.store.notifyTyping(chat), maria.store.notifyTyping(chat)]);
    await waitUntil(() => root().querySelector('.typing')!.textContent!.trim() === 'Bob Smith and María José García Fernández de la Torre are typing…', 'two typing');

    await alice.store.send(chat, { text: 'Thanks both', files: [] });
    for (const member of [bob, maria]) {
      await member.store.openChat(chat);
      member.store.setViewing(chat);
    }
    await waitUntil(() => root().querySelector('.seen summary')?.textContent?.trim() === 'Seen by 2', 'seen by both');
    const seen = root().querySelector<HTMLDetailsElement>('details.seen')!;
    seen.querySelector('summary')!.click();
    expect(seen.open).to.equal(true);
    expect(seen.textContent).to.contain('Bob Smith and María José García Fernández de la Torre');
    await expect(thread).to.be.accessible();
  });
});
