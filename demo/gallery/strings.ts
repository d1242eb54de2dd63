/**
 * Every string the gallery shows of its own (its chrome and the names and notes of its states),
 * in one place, so a localisation layer can take them over without hunting through the code.
 * The elements' own strings are theirs; seeded chat content is data, not interface.
 */
export const strings = {
  title: 'Internal Agent Chat · Gallery',
  brand: 'Internal Agent Chat',
  gallery: 'Gallery',
  note: 'Each element alone, on the embedded backend',
  statesNav: 'Gallery states',
  settings: 'Preview settings',
  theme: 'Theme',
  light: 'Light',
  dark: 'Dark',
  language: 'Language',
  direction: 'Direction',
  leftToRight: 'Left to right',
  rightToLeft: 'Right to left',
  width: 'Width',
  fullWidth: 'Full',
  narrowWidth: (px: number) => `${px} px`,
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkNotCopied: 'Copy the address from the address bar',
  preview: (element: string, state: string) => `Preview: ${element}, ${state}`,
  heading: (element: string, state: string) => `${element} · ${state}`,
  mounting: 'Seeding the embedded backend…',
  mountFailed: (reason: string) => `This state could not be set up: ${reason}`,
  unknownState: 'There is no such state; showing the first one.',
  themeCss: 'The CSS that makes this theme',
  avatarPresence: (activity: string) => `Activity: ${activity}`,
} as const;

/** Names of the elements as the navigation groups them. */
export const elementNames = {
  'agent-list': 'Agent list',
  'chat-thread': 'Chat thread',
  composer: 'Composer',
  attachment: 'Attachment',
  avatar: 'Avatar',
  'quick-switcher': 'Quick switcher',
  'group-dialog': 'Group dialog',
  settings: 'Settings',
  'internal-agent-chat': 'Whole widget',
  theme: 'Theming',
} as const;

export type ElementId = keyof typeof elementNames;

/** Each state's name and a line on what it shows and how the backend was brought there. */
export const stateTexts = {
  'agent-list': {
    directory: ['Directory', 'Pinned agents, recent chats with previews and the rest of the seeded directory, one chat open.'],
    unread: ['Unread', 'Chats with 1, 3 and 120 unread messages (shown as 99+), bold until opened.'],
    mention: ['Mention', 'A muted group in which María mentioned Alice: its row has the @ marker and its count.'],
    'long-names': ['Long names', 'The longest seeded names and previews: everything truncates on one line.'],
    'many-agents': ['5,000 agents', 'A directory of 5,000 seeded agents; one result holds the first 200, as in Flex.'],
    'no-results': ['No results', 'A search typed into the box that matches nobody.'],
    empty: ['Empty', 'A directory with nobody else in it and no chats yet.'],
    loading: ['Loading', 'The directory does not answer yet.'],
    error: ['Directory unreachable', 'The insights service is offline: search fails with words and Try again; names fall back to identities.'],
  },
  'chat-thread': {
    conversation: ['Conversation', 'A short chat over two days, the last message seen by the other agent.'],
    'long-thread': ['Long thread', '1,000 messages over two weeks (the newest 30 load first), ending with images and files.'],
    unread: ['Unread', 'Twelve new messages: the chat opens at the first unread one, with Jump to latest.'],
    empty: ['New chat', 'A chat with no messages yet: nothing is created until the first message.'],
    loading: ['Loading', 'The chat is opening and the service has not answered yet.'],
    error: ['Failed to load', 'The connection dropped before the chat could open: words and Try again.'],
    typing: ['Typing', 'The other agent is typing.'],
    group: ['Group', 'A team\'s group: a member added, each author named with their avatar, mentions marked (the one of Alice tinted), two members typing, the last message seen by two (open it to see who).'],
    'long-names': ['Long names and words', 'A very long agent name, an unbroken link and a very long filename.'],
    uploading: ['Uploading', 'A first message with a screenshot and a 2 MB document on its way: names, sizes and a running bar.'],
    delivery: ['Sending states', 'A message refused by the service (11 files, one over the limit) with Retry, and one waiting offline.'],
    intruded: ['Someone else in it', 'A third agent was added to the pair\'s conversation: nothing of it shows, and the next message starts a clean chat.'],
    malformed: ['Malformed data', 'Messages imported with an invalid date and attributes of no known shape, the conversation\'s attributes overwritten with a number: all still shown.'],
  },
  composer: {
    empty: ['Empty', 'Ready to write: the Send button is off until there is something to send.'],
    draft: ['Draft', 'Several lines of text, the box grown to fit.'],
    mention: ['Mention', 'In a group, an @ just typed: the members to mention, the first one under the arrow keys.'],
    attachments: ['Attachments', 'Images with thumbnails, a document and a file with a very long name.'],
    'over-limit': ['Attachments over the limit', 'Twelve files, two more than one message may carry.'],
    'drag-over': ['Dragging files over', 'Files dragged over the composer: the drop hint.'],
    disabled: ['Disabled', 'Turned off: no typing, attaching or sending.'],
  },
  attachment: {
    image: ['Image', 'An image sent in a chat, shown inline from the stored media.'],
    file: ['File', 'A document as a card with its name, size and a download button.'],
    'long-filename': ['Very long filename', 'The name truncates; the download keeps it whole.'],
    unavailable: ['Unavailable offline', 'The connection dropped: the image shows as a card, and a download attempt says it failed.'],
  },
  avatar: {
    presence: ['Presence', 'One agent per presence tone, from seeded activity names.'],
    names: ['Names and initials', 'Initials from accented, single-word, very long and blank names, and the large size.'],
  },
  'quick-switcher': {
    open: ['Open', 'Ctrl+K over the whole widget: pinned and recent chats first, the first one chosen.'],
    search: ['Searching', 'A name typed into the switcher: matching agents, with presence and unread counts.'],
  },
  'group-dialog': {
    'new-group': ['New group', 'The New group dialog from the directory: a name typed and two people chosen, as removable chips.'],
    members: ['Members', 'A group\'s members with their presence, from its header: Add people and Leave group.'],
  },
  settings: {
    open: ['Open', 'The settings screen over the whole widget: notifications, send key, theme, language and shortcuts.'],
  },
  'internal-agent-chat': {
    ready: ['Ready', 'Signed in, the directory beside an empty chat pane.'],
    'chat-open': ['Chat open', 'The directory, an open chat with attachments and the composer.'],
    loading: ['Starting', 'The Conversations service has not answered yet.'],
    'startup-failure': ['Start-up failure', 'Signed in while offline: the chat cannot start and says so, with Reload.'],
    reconnecting: ['Reconnecting', 'The connection dropped after start: the banner, and a message waiting to go out.'],
    'memory-only': ['Without storage', 'IndexedDB is unavailable, so pins live in memory and the widget says so.'],
    empty: ['Nobody else yet', 'A directory with nobody else and no chats.'],
  },
  theme: {
    custom: ['Custom theme', 'The whole widget restyled with CSS custom properties only: a green brand, rounder corners, another font.'],
  },
} as const satisfies Record<ElementId, Record<string, readonly [name: string, description: string]>>;
