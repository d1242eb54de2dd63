/**
 * Every state the gallery shows, each element alone. A state seeds its own embedded backend
 * (see Scene), renders the element into the preview and resolves once it has settled.
 */
import { ContextProvider } from '@lit/context';
import type { ChatStore } from '../../src/services/chat-store.js';
import { chatStoreContext } from '../../src/services/context.js';
import { agentFromWorker } from '../../src/services/directory/insights-directory.js';
import type { Agent } from '../../src/services/directory/ports.js';
import { SEED_ACTIVITIES, seedWorkers } from '../../src/services/local/index.js';
import '../../src/components/internal-agent-chat/internal-agent-chat.js';
import '../../src/components/agent-list/agent-list.js';
import '../../src/components/chat-thread/chat-thread.js';
import '../../src/components/composer/composer.js';
import '../../src/components/attachment/attachment.js';
import type { IacAttachment } from '../../src/components/attachment/attachment.js';
// Imported by name: package.json marks only src/ element files as having side effects.
import { GalleryAvatars } from './gallery-avatars.js';
import { ESCALATION, ESCALATION_MEMBERS, LONG_FILENAME, LONG_LINK, SHORT_CHAT, burst, documentFile, longChat, picture, type ScriptLine } from './fixtures.js';
import { Scene, type SceneOptions } from './scene.js';
import { settle, waitFor } from './settle.js';
import { GROUP_NAME_PREFIX } from '../../src/services/conversations/direct-chat.js';
import { elementNames, stateTexts, type ElementId } from './strings.js';

/** How big a preview frame is: its own size for the element, or the whole widget. */
export type Frame = 'list' | 'thread' | 'composer' | 'attachment' | 'avatar' | 'widget';

export interface Mounted {
  /** The element (or the gallery's stage for it) placed in the preview. */
  readonly element: HTMLElement;
  dispose(): Promise<void>;
}

export interface GalleryState {
  readonly element: ElementId;
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly frame: Frame;
  /** Extra class on the preview (the custom theme's). */
  readonly previewClass?: string;
  mount(preview: HTMLElement): Promise<Mounted>;
}

type Mount = (preview: HTMLElement, key: string) => Promise<Mounted>;

function state(element: ElementId, id: string, frame: Frame, mount: Mount, previewClass?: string): GalleryState {
  const [name, description] = (stateTexts[element] as Record<string, readonly [string, string]>)[id]!;
  const key = `${element}/${id}`;
  return { element, id, name, description, frame, previewClass, mount: (preview) => mount(preview, key) };
}

// ——— building blocks ———

/** Renders `tag` inside a provider of `store`, as the root element would. */
function provided<K extends keyof HTMLElementTagNameMap>(preview: HTMLElement, store: ChatStore, tag: K): HTMLElementTagNameMap[K] {
  const provider = document.createElement('div');
  provider.className = 'provider';
  new ContextProvider(provider, { context: chatStoreContext, initialValue: store });
  const element = document.createElement(tag);
  provider.append(element);
  preview.append(provider);
  return element;
}

async function mounted(element: HTMLElement, scene?: Scene): Promise<Mounted> {
  await settle(element);
  return {
    element,
    async dispose() {
      (element.closest('.provider') ?? element).remove();
      await scene?.dispose();
    },
  };
}

/** Alice's usual day: a read chat with Bob (seen), two unread ones, two pinned agents. */
async function seedTeam(scene: Scene): Promise<void> {
  await scene.chat('bob', SHORT_CHAT, { peerRead: true });
  await scene.chat(
    'maria.garcia',
    [
      { from: 'me', body: 'Could you cover my queue from 3 to 3:30?', minutesAgo: 55 },
      { from: 'peer', body: 'Yes, no problem.', minutesAgo: 41 },
      { from: 'peer', body: 'Remind me which skills I need to switch on?', minutesAgo: 40 },
    ],
    { readUpTo: 1 },
  );
  await scene.chat('nguyen.minh', [{ from: 'peer', body: 'Thanks for the handover notes!', minutesAgo: 3 * 24 * 60 }]);
  await scene.chat('siobhan.oconnor', [{ from: 'peer', body: 'Team huddle moved to 4pm.', minutesAgo: 5 }], { readUpTo: 0 });
}

const TEAM_PINS = ['zoe.angstrom', 'siobhan.oconnor'];

/** Bob's screenshots and a document at the end of the chat with Bob, all read. */
async function seedAttachments(scene: Scene): Promise<void> {
  await scene.sendMedia('bob', 'bob', 'Here is what the customer sees at checkout:', [
    await picture('checkout-error.png', { hue: 215 }),
    await picture('payment-settings.png', { hue: 150, width: 360, height: 420 }),
  ]);
  await scene.sendMedia(scene.me, 'bob', 'And my notes from the call', [documentFile('call-notes-2024-03-28.pdf', 245_760)]);
  await scene.say('bob', 'bob', 'Perfect, thanks. I’ll follow up with billing.');
  await scene.readAll('bob');
}

async function openThread(preview: HTMLElement, scene: Scene, peer: string, ready = true) {
  const thread = provided(preview, scene.store, 'iac-chat-thread');
  void scene.store.openChat(peer);
  if (ready) await scene.until((s) => s.threads.get(peer)?.status === 'ready');
  return thread;
}

/** Types into the agent list's search box as a person would. */
async function typeSearch(list: HTMLElement, scene: Scene, text: string): Promise<void> {
  await settle(list);
  const input = list.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await scene.until((s) => s.directory.query === text && !s.directory.searching);
}

async function scene(key: string, options: SceneOptions = {}): Promise<Scene> {
  return Scene.open(key, options);
}

/** The attachment view of the `nth` attachment in the open thread with `peer`. */
function attachmentIn(store: ChatStore, peer: string, filename: string) {
  for (const message of store.state.threads.get(peer)?.messages ?? []) {
    const attachment = message.attachments.find((a) => a.filename === filename);
    if (attachment) return { attachment, messageKey: message.key };
  }
  throw new Error(`No attachment "${filename}" in the chat with ${peer}`);
}

async function attachmentState(preview: HTMLElement, key: string, file: File, offline = false): Promise<Mounted> {
  const s = await scene(key);
  await s.chat('bob', SHORT_CHAT.slice(0, 3));
  await s.sendMedia('bob', 'bob', '', [file]);
  await s.start();
  await s.store.openChat('bob');
  const { attachment, messageKey } = attachmentIn(s.store, 'bob', file.name);
  if (offline) s.client.goOffline();
  const element = provided(preview, s.store, 'iac-attachment') as IacAttachment;
  element.attachment = attachment;
  element.messageKey = messageKey;
  if (file.type.startsWith('image/') && !offline) await waitFor(() => element.shadowRoot?.querySelector('img'), 'the image to load');
  if (offline) {
    await settle(element);
    element.shadowRoot!.querySelector<HTMLButtonElement>('button.download')!.click();
    await waitFor(() => element.shadowRoot?.querySelector('.problem'), 'the download to fail');
  }
  return mounted(element, s);
}

function agentsFrom(workers = seedWorkers()): Agent[] {
  return workers.flatMap((worker) => agentFromWorker(worker) ?? []);
}

/** The agents' avatars; with `large`, the first three again at the size a chat starts with. */
async function avatars(preview: HTMLElement, agents: Agent[], large = false): Promise<Mounted> {
  const wrapper = document.createElement('div');
  wrapper.className = 'provider';
  const element = new GalleryAvatars();
  element.agents = agents;
  wrapper.append(element);
  if (large) {
    const big = new GalleryAvatars();
    big.agents = agents.slice(0, 3);
    big.large = true;
    wrapper.append(big);
  }
  preview.append(wrapper);
  await settle(wrapper);
  return { element: wrapper, dispose: async () => wrapper.remove() };
}

async function widget(preview: HTMLElement, s: Scene): Promise<Mounted> {
  const chat = document.createElement('internal-agent-chat');
  chat.store = s.store;
  preview.append(chat);
  return mounted(chat, s);
}

async function chatOpen(preview: HTMLElement, key: string): Promise<Mounted> {
  const s = await scene(key, { pins: TEAM_PINS });
  await seedTeam(s);
  await seedAttachments(s);
  await s.start();
  const view = await widget(preview, s);
  await s.store.openChat('bob');
  await s.quiet();
  await settle(view.element);
  return view;
}

/** "Escalations", Alice's group with Bob, Siobhán and María (see ESCALATION). */
function escalations(s: Scene) {
  return s.group('Escalations', ESCALATION_MEMBERS, ESCALATION);
}

/** The group as `identity`'s own client holds it, for their reads and typing. */
async function escalationsOf(s: Scene, identity: string) {
  return (await s.peer(identity)).getConversationByUniqueName(`${GROUP_NAME_PREFIX}Escalations`);
}

/** The group dialog over the whole widget, as the directory or a group's header opens it. */
async function groupDialog(preview: HTMLElement, key: string, open: (view: Awaited<ReturnType<typeof team>>, chat: string) => unknown) {
  const view = await team(preview, key);
  const chat = await escalations(view.scene);
  await view.scene.until((state) => state.chats.get(chat)?.members.length === 4);
  await open(view, chat);
  const dialog = () => view.chat.shadowRoot?.querySelector('iac-group-dialog');
  await waitFor(() => dialog()?.shadowRoot?.querySelector('dialog[open]'), 'the group dialog to open');
  return { ...view, dialog: dialog()! };
}

/** The whole widget on Alice's usual day (see seedTeam). */
async function team(preview: HTMLElement, key: string) {
  const s = await scene(key, { pins: TEAM_PINS });
  await seedTeam(s);
  await s.start();
  const view = await widget(preview, s);
  return { ...view, chat: view.element as HTMLElementTagNameMap['internal-agent-chat'], scene: s };
}

async function settledView(view: Mounted): Promise<Mounted> {
  await settle(view.element);
  return view;
}

/** The quick switcher opened over the widget, with `query` typed into it. */
async function quickSwitcher(preview: HTMLElement, key: string, query: string): Promise<Mounted> {
  const view = await team(preview, key);
  void view.chat.openQuickSwitcher();
  const switcher = view.chat.shadowRoot!.querySelector('iac-quick-switcher')!;
  await waitFor(() => switcher.shadowRoot?.querySelector('dialog[open]'), 'the quick switcher to open');
  if (query) {
    const input = switcher.shadowRoot!.querySelector('input')!;
    input.value = query;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: query }));
    // The switcher's search is its own: the directory's query stays, the agents found join the known ones.
    await view.scene.found(query);
  }
  return settledView(view);
}

function composer(preview: HTMLElement, setUp: (composer: HTMLElementTagNameMap['iac-composer']) => void | Promise<void>): Promise<Mounted> {
  return (async () => {
    const element = document.createElement('iac-composer');
    preview.append(element);
    await element.updateComplete;
    await setUp(element);
    return mounted(element);
  })();
}

// ——— the catalogue ———

export const GALLERY_STATES: readonly GalleryState[] = [
  // Agent list
  state('agent-list', 'directory', 'list', async (preview, key) => {
    const s = await scene(key, { pins: TEAM_PINS });
    await seedTeam(s);
    await s.start();
    const list = provided(preview, s.store, 'iac-agent-list');
    await s.store.openChat('bob');
    return mounted(list, s);
  }),
  state('agent-list', 'unread', 'list', async (preview, key) => {
    const s = await scene(key);
    await s.chat('bob', SHORT_CHAT, { readUpTo: SHORT_CHAT.length - 3 });
    await s.chat('maria.garcia', burst(120), { readUpTo: 0 });
    await s.chat('siobhan.oconnor', [{ from: 'peer', body: 'Team huddle moved to 4pm.', minutesAgo: 5 }], { readUpTo: 0 });
    await s.chat('nguyen.minh', [{ from: 'peer', body: 'Thanks for the handover notes!', minutesAgo: 3 * 24 * 60 }]);
    await s.start();
    return mounted(provided(preview, s.store, 'iac-agent-list'), s);
  }),
  state('agent-list', 'mention', 'list', async (preview, key) => {
    const s = await scene(key);
    await s.chat('bob', SHORT_CHAT, { readUpTo: SHORT_CHAT.length - 2 });
    const chat = await escalations(s);
    await s.start();
    await s.store.mute(chat);
    // María mentions Alice in the muted group: its row says so, and its count stays.
    await (await escalationsOf(s, 'maria.garcia')).sendMessage('@Alice Johnson the caller is asking for you by name.', { mentions: ['alice'] });
    await s.until((state) => state.chats.get(chat)?.unreadMention);
    return mounted(provided(preview, s.store, 'iac-agent-list'), s);
  }),
  state('agent-list', 'long-names', 'list', async (preview, key) => {
    const s = await scene(key, { pins: ['bartholomew.montgomery', 'maria.garcia'] });
    await s.chat('bartholomew.montgomery', [{ from: 'peer', body: `Here is the article: ${LONG_LINK}`, minutesAgo: 4 }], { readUpTo: 0 });
    await s.chat('maria.garcia', [
      { from: 'peer', body: 'The customer would like a written summary of every change made to their account since January, including the refunds.', minutesAgo: 20 },
    ]);
    await s.chat('nguyen.minh', [{ from: 'me', body: 'Xin chào! Đã chuyển cuộc gọi cho bạn.', minutesAgo: 60 }]);
    await s.chat('zoe.angstrom', [{ from: 'peer', body: 'Supercalifragilisticexpialidocious-ticket-reference-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789', minutesAgo: 90 }]);
    await s.start();
    return mounted(provided(preview, s.store, 'iac-agent-list'), s);
  }),
  state('agent-list', 'many-agents', 'list', async (preview, key) => {
    const s = await scene(key, { workers: seedWorkers(5000), pins: ['zoe.angstrom'] });
    await s.chat('bob', SHORT_CHAT);
    await s.start();
    return mounted(provided(preview, s.store, 'iac-agent-list'), s);
  }),
  state('agent-list', 'no-results', 'list', async (preview, key) => {
    const s = await scene(key);
    await s.start();
    const list = provided(preview, s.store, 'iac-agent-list');
    await typeSearch(list, s, 'Quentin Zyx');
    return mounted(list, s);
  }),
  state('agent-list', 'empty', 'list', async (preview, key) => {
    const s = await scene(key, { workers: seedWorkers(1) });
    await s.start();
    return mounted(provided(preview, s.store, 'iac-agent-list'), s);
  }),
  state('agent-list', 'loading', 'list', async (preview, key) => {
    const s = await scene(key);
    s.insightsLine.mode = 'stalled';
    await s.start();
    return mounted(provided(preview, s.store, 'iac-agent-list'), s);
  }),
  state('agent-list', 'error', 'list', async (preview, key) => {
    const s = await scene(key, { pins: ['zoe.angstrom'] });
    await s.chat('bob', SHORT_CHAT);
    await s.chat('maria.garcia', burst(2), { readUpTo: 0 });
    s.insightsLine.mode = 'unreachable';
    await s.start();
    await s.until((state) => state.directory.error);
    return mounted(provided(preview, s.store, 'iac-agent-list'), s);
  }),

  // Chat thread
  state('chat-thread', 'conversation', 'thread', async (preview, key) => {
    const s = await scene(key, { pins: ['bob'] });
    await s.chat('bob', SHORT_CHAT, { peerRead: true });
    await s.start();
    return mounted(await openThread(preview, s, 'bob'), s);
  }),
  state('chat-thread', 'long-thread', 'thread', async (preview, key) => {
    const s = await scene(key);
    await s.chat('bob', longChat(1000, 14));
    await seedAttachments(s);
    await s.sendMedia('bob', 'bob', '', [
      documentFile('refund-policy-v3.docx', 1_240_000, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
      documentFile('disputed-charges.csv', 18_432, 'text/csv'),
    ]);
    await s.readAll('bob');
    await s.start();
    return mounted(await openThread(preview, s, 'bob'), s);
  }),
  state('chat-thread', 'unread', 'thread', async (preview, key) => {
    const s = await scene(key);
    const updates = burst(12, (i) => `Customer update ${i + 1}: still waiting on the refund confirmation.`).map((line, i) => ({ ...line, minutesAgo: (12 - i) / 2 }));
    await s.chat('bob', [...SHORT_CHAT, ...updates], { readUpTo: SHORT_CHAT.length });
    await s.start();
    return mounted(await openThread(preview, s, 'bob'), s);
  }),
  state('chat-thread', 'empty', 'thread', async (preview, key) => {
    const s = await scene(key);
    await s.start();
    return mounted(await openThread(preview, s, 'zoe.angstrom'), s);
  }),
  state('chat-thread', 'loading', 'thread', async (preview, key) => {
    const s = await scene(key);
    await s.start();
    s.conversationsLine.mode = 'stalled';
    const thread = await openThread(preview, s, 'zoe.angstrom', false);
    await s.until((state) => state.threads.get('zoe.angstrom')?.status === 'loading');
    return mounted(thread, s);
  }),
  state('chat-thread', 'error', 'thread', async (preview, key) => {
    const s = await scene(key);
    await s.chat('bob', SHORT_CHAT);
    await s.start();
    s.client.goOffline();
    const thread = await openThread(preview, s, 'bob', false);
    await s.until((state) => state.threads.get('bob')?.status === 'error');
    return mounted(thread, s);
  }),
  state('chat-thread', 'typing', 'thread', async (preview, key) => {
    const s = await scene(key);
    await s.chat('bob', SHORT_CHAT, { peerRead: true });
    await s.start();
    const thread = await openThread(preview, s, 'bob');
    await (await s.peersConversation('bob')).typing();
    await s.until((state) => state.threads.get('bob')?.typing.length);
    return mounted(thread, s);
  }),
  state('chat-thread', 'group', 'thread', async (preview, key) => {
    const s = await scene(key);
    await s.start();
    const chat = await escalations(s);
    await s.until((state) => state.chats.get(chat)?.members.length === 4);
    const thread = await openThread(preview, s, chat);
    for (const reader of ['bob', 'siobhan.oconnor']) await (await escalationsOf(s, reader)).setAllMessagesRead();
    for (const typist of ['bob', 'maria.garcia']) await (await escalationsOf(s, typist)).typing();
    await s.until((state) => state.threads.get(chat)?.typing.length === 2 && state.threads.get(chat)!.readHorizons.size >= 2);
    return mounted(thread, s);
  }),
  state('chat-thread', 'long-names', 'thread', async (preview, key) => {
    const peer = 'bartholomew.montgomery';
    const s = await scene(key);
    const lines: ScriptLine[] = [
      { from: 'peer', body: `Here is the article I mentioned: ${LONG_LINK}`, minutesAgo: 30 },
      { from: 'me', body: 'Reference: Supercalifragilisticexpialidocious-ticket-reference-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789', minutesAgo: 25 },
    ];
    await s.chat(peer, lines);
    await s.sendMedia(peer, peer, 'And the spreadsheet:', [documentFile(LONG_FILENAME, 318_464, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')]);
    await s.readAll(peer);
    await s.start();
    return mounted(await openThread(preview, s, peer), s);
  }),
  state('chat-thread', 'uploading', 'thread', async (preview, key) => {
    const s = await scene(key);
    await s.start();
    const thread = await openThread(preview, s, 'maria.garcia');
    // The service never answers: the first message's conversation is never created, its files never leave.
    s.conversationsLine.mode = 'stalled';
    const files = [await picture('checkout-error.png'), documentFile('call-notes-2024-03-28.pdf', 2 * 1024 * 1024)];
    void s.store.send('maria.garcia', { text: 'The screenshot and my notes from the call', files });
    await s.until((state) => state.threads.get('maria.garcia')?.messages.some((m) => m.delivery === 'sending'));
    return mounted(thread, s);
  }),
  state('chat-thread', 'delivery', 'thread', async (preview, key) => {
    const s = await scene(key);
    await s.chat('bob', SHORT_CHAT.slice(0, 5), { peerRead: true });
    await s.start();
    const thread = await openThread(preview, s, 'bob');
    const invoices = Array.from({ length: 11 }, (_, i) => documentFile(`invoice-2024-${String(i + 1).padStart(2, '0')}.pdf`, 40_960 + i * 1024));
    await s.store.send('bob', { text: 'All of this year’s invoices', files: invoices });
    s.client.goOffline();
    await s.store.send('bob', { text: 'Back in five, this goes out when the connection returns.', files: [] });
    await s.until((state) => state.threads.get('bob')?.messages.some((m) => m.delivery === 'queued'));
    return mounted(thread, s);
  }),

  state('chat-thread', 'intruded', 'thread', async (preview, key) => {
    const s = await scene(key);
    // Someone with the rights to add people put a third agent into the pair's conversation.
    await (await s.chat('bob', SHORT_CHAT)).add('nguyen.minh');
    await s.start();
    return mounted(await openThread(preview, s, 'bob'), s);
  }),
  state('chat-thread', 'malformed', 'thread', async (preview, key) => {
    const s = await scene(key);
    const conversation = await s.chat('bob', SHORT_CHAT.slice(0, 4));
    // A back-office import and an integration wrote what no client of ours would.
    await conversation.importMessages([
      { body: 'Imported without a valid date', author: 'bob', dateCreated: new Date(Number.NaN), attributes: 'not json' },
      { body: 'Imported with attributes of no known shape', author: 'bob', attributes: [1, 2, 3] },
    ]);
    await conversation.updateAttributes(42);
    await s.readAll('bob');
    await s.start();
    return mounted(await openThread(preview, s, 'bob'), s);
  }),

  // Composer
  state('composer', 'empty', 'composer', (preview) => composer(preview, () => {})),
  state('composer', 'draft', 'composer', (preview) =>
    composer(preview, (c) => {
      c.value = 'Hi Bob, quick one about the caller on hold:\n\n• account 4821, double charge in March\n• already refunded the newer charge\n• they would like a written confirmation\n\nCould you send it from billing?';
    }),
  ),
  state('composer', 'mention', 'composer', (preview) =>
    composer(preview, async (c) => {
      // Room above the box, where the list opens (a thread's place in the widget).
      c.style.marginBlockStart = '15rem';
      c.mentionable = [
        { identity: 'bob', displayName: 'Bob Smith', activity: 'Available' },
        { identity: 'siobhan.oconnor', displayName: "Siobhán O'Connor", activity: 'Break' },
        { identity: 'maria.garcia', displayName: 'María José García Fernández de la Torre', activity: 'Busy' },
      ];
      // Typed as a person would: the text, the caret after the @, the textbox's input event.
      const textbox = c.shadowRoot!.querySelector('textarea')!;
      textbox.value = 'Thanks! Can one of you take the follow-up, @';
      textbox.setSelectionRange(textbox.value.length, textbox.value.length);
      textbox.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await c.updateComplete;
    }),
  ),
  state('composer', 'attachments', 'composer', (preview) =>
    composer(preview, async (c) => {
      c.value = 'Everything from the call';
      c.addFiles([
        await picture('checkout-error.png'),
        await picture('payment-settings.png', { hue: 150 }),
        documentFile('call-notes-2024-03-28.pdf', 245_760),
        documentFile(LONG_FILENAME, 318_464, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
      ]);
    }),
  ),
  state('composer', 'over-limit', 'composer', (preview) =>
    composer(preview, async (c) => {
      const files: File[] = [];
      for (let i = 0; i < 12; i++) {
        files.push(i % 3 === 0 ? await picture(`screenshot-${i + 1}.png`, { hue: (i * 40) % 360 }) : documentFile(`invoice-2024-${String(i + 1).padStart(2, '0')}.pdf`, 40_960 + i * 2048));
      }
      c.addFiles(files);
    }),
  ),
  state('composer', 'drag-over', 'composer', (preview) =>
    composer(preview, (c) => {
      const data = new DataTransfer();
      data.items.add(documentFile('call-notes-2024-03-28.pdf', 245_760));
      c.dispatchEvent(new DragEvent('dragenter', { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
    }),
  ),
  state('composer', 'disabled', 'composer', (preview) =>
    composer(preview, (c) => {
      c.disabled = true;
    }),
  ),

  // Attachment
  state('attachment', 'image', 'attachment', async (preview, key) => attachmentState(preview, key, await picture('customer-screenshot.png', { width: 640, height: 400 }))),
  state('attachment', 'file', 'attachment', (preview, key) => attachmentState(preview, key, documentFile('invoice-march-2024.pdf', 48_213))),
  state('attachment', 'long-filename', 'attachment', (preview, key) =>
    attachmentState(preview, key, documentFile(LONG_FILENAME, 318_464, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
  ),
  state('attachment', 'unavailable', 'attachment', async (preview, key) => attachmentState(preview, key, await picture('customer-screenshot.png'), true)),

  // Avatar
  state('avatar', 'presence', 'avatar', (preview) => {
    const agents = agentsFrom();
    const byActivity = SEED_ACTIVITIES.map((activity) => agents.find((a) => a.activity === activity)!).filter(Boolean);
    // Workspaces name activities freely; one the widget does not recognise gets a neutral tone.
    const other = { ...agents.find((a) => !byActivity.includes(a))!, activity: 'Coaching' };
    return avatars(preview, [...byActivity, other]);
  }),
  state('avatar', 'names', 'avatar', (preview) => {
    const featured = agentsFrom().slice(2, 7);
    const single: Agent = { identity: 'cher', displayName: 'Cher', activity: 'Available' };
    const blank: Agent = { identity: 'worker-8812', displayName: '   ', activity: 'Offline' };
    return avatars(preview, [...featured, single, blank], true);
  }),

  // Dialogs of the whole widget
  state('quick-switcher', 'open', 'widget', (preview, key) => quickSwitcher(preview, key, '')),
  state('quick-switcher', 'search', 'widget', (preview, key) => quickSwitcher(preview, key, 'ma')),
  state('group-dialog', 'new-group', 'widget', async (preview, key) => {
    const view = await groupDialog(preview, key, (v) =>
      v.chat.shadowRoot!.querySelector('iac-agent-list')!.shadowRoot!.querySelector<HTMLButtonElement>('button.new-group')!.click(),
    );
    const name = view.dialog.shadowRoot!.querySelector<HTMLInputElement>('#group-name')!;
    name.value = 'Night shift';
    name.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    const picker = view.dialog.shadowRoot!.querySelector('iac-people-picker')!;
    picker.chosen = ['zoe.angstrom', 'nguyen.minh'];
    return settledView(view);
  }),
  state('group-dialog', 'members', 'widget', async (preview, key) => {
    const view = await groupDialog(preview, key, async (v, chat) => {
      await v.scene.store.openChat(chat);
      await settle(v.chat);
      v.chat.shadowRoot!.querySelector('iac-chat-thread')!.shadowRoot!.querySelector<HTMLButtonElement>('button.members')!.click();
    });
    return settledView(view);
  }),
  state('settings', 'open', 'widget', async (preview, key) => {
    const view = await team(preview, key);
    void view.chat.openSettings();
    await waitFor(() => view.chat.shadowRoot?.querySelector('iac-settings')?.shadowRoot?.querySelector('dialog[open]'), 'Settings to open');
    return settledView(view);
  }),

  // The whole widget
  state('internal-agent-chat', 'ready', 'widget', async (preview, key) => {
    const s = await scene(key, { pins: TEAM_PINS });
    await seedTeam(s);
    await s.start();
    return widget(preview, s);
  }),
  state('internal-agent-chat', 'chat-open', 'widget', chatOpen),
  state('internal-agent-chat', 'loading', 'widget', async (preview, key) => {
    const s = await scene(key);
    s.conversationsLine.mode = 'stalled';
    await s.start({ wait: false });
    return widget(preview, s);
  }),
  state('internal-agent-chat', 'startup-failure', 'widget', async (preview, key) => {
    const s = await Scene.open(key, {}, false);
    s.client.goOffline();
    await s.start({ wait: false });
    await s.until((state) => state.startup === 'failed');
    return widget(preview, s);
  }),
  state('internal-agent-chat', 'reconnecting', 'widget', async (preview, key) => {
    const s = await scene(key, { pins: TEAM_PINS });
    await seedTeam(s);
    await s.start();
    const view = await widget(preview, s);
    await s.store.openChat('bob');
    s.client.goOffline();
    await s.store.send('bob', { text: 'Back in five, this goes out when the connection returns.', files: [] });
    await s.until((state) => state.connection !== 'connected' && state.threads.get('bob')?.messages.some((m) => m.delivery === 'queued'));
    await settle(view.element);
    return view;
  }),
  state('internal-agent-chat', 'memory-only', 'widget', async (preview, key) => {
    const s = await scene(key, { storage: 'memory', pins: TEAM_PINS });
    await seedTeam(s);
    await s.start();
    return widget(preview, s);
  }),
  state('internal-agent-chat', 'empty', 'widget', async (preview, key) => {
    const s = await scene(key, { workers: seedWorkers(1) });
    await s.start();
    return widget(preview, s);
  }),

  // Theming
  state('theme', 'custom', 'widget', chatOpen, 'custom-theme'),
];

export function findState(element: string | null, id: string | null): GalleryState | undefined {
  return GALLERY_STATES.find((s) => s.element === element && s.id === id);
}

export { elementNames };
