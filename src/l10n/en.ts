/**
 * English: the source catalog, and the one that ships in every bundle (the others load when
 * chosen). Every word the chat shows is here or in en-elements.ts, which holds the words only the
 * elements show (the Flex plugin loads those with its view): plain strings, and small functions
 * for words with values in them. Counts go through `count` (Intl.PluralRules); numbers, sizes and durations
 * through Intl in the catalog's locale. es.ts and ar.ts are typed `Catalog`, so TypeScript
 * refuses a missing or extra key, or a function that takes other values.
 *
 * Names in values (agents, files, shortcuts) arrive as they are; quotes around them belong to
 * the language: “…” here, «…» in Spanish.
 */
import { numberFormat } from './format-size.js';
import type { BrowserKey } from '../shortcuts/flex-notation.js';
import { isolate } from './bidi.js';
import { withoutFullStop } from './punctuation.js';
import { plurals } from './plural.js';
import { portalWords } from './portal/en.js';
import { widgetKeyWords } from './widget-keys/en.js';
import { withElementWords } from './element-words.js';

export function catalog(locale: string) {
  const count = plurals(locale);
  const number = (n: number) => numberFormat(locale).format(n);
  const seconds = (ms: number) => numberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(ms / 1000);
  const browserKeeps: Record<BrowserKey, string> = {
    I: 'opens the developer tools',
    J: 'opens the developer tools',
    C: 'opens the developer tools',
    N: 'opens a private window',
    T: 'reopens a closed tab',
    W: 'closes the window',
    Q: 'quits the browser',
    O: 'opens the bookmarks',
    B: 'shows or hides the bookmarks bar',
    D: 'bookmarks all open tabs',
    V: 'pastes without formatting',
    Z: 'redoes typing',
  };

  return withElementWords(locale, {
    // ——— shared ———
    tryAgain: 'Try again',
    close: 'Close',
    retry: 'Retry',
    delete: 'Delete',
    /** An unread count on a badge. */
    badge: (n: number) => (n > 99 ? `${number(99)}+` : number(n)),

    // ——— <internal-agent-chat> ———
    connecting: 'Connecting to chat…',
    settings: 'Settings',
    disconnected: 'Chat is disconnected. Reload to sign in again.',

    // ——— <iac-agent-list> ———
    agents: 'Agents',
    muted: 'muted',
    pin: 'Pin',
    unpin: 'Unpin',
    /** A chat's preview when its last message is attachments only. */
    previewFiles: (first: string, more: number) => (more ? count(more, { one: `${first} and # more`, other: `${first} and # more` }) : first),
    /** A group's last message, when it is a member's event (the row puts the author before it). */
    previewLeft: 'left the group',
    previewAdded: (n: number) => count(n, { one: 'added # person', other: 'added # people' }),
    previewRenamed: (name: string) => `renamed the group “${name}”`,

    // ——— <iac-chat-thread> ———
    loadingOlder: 'Loading older messages…',
    loadingNewer: 'Loading newer messages…',
    isTyping: (name: string) => `${name} is typing…`,
    create: 'Create',
    add: 'Add',
    members: 'Members',
    sending: 'Sending…',
    edit: 'Edit',

    // ——— <iac-composer> ———
    message: 'Message',
    attachments: 'Attachments',
    send: 'Send',

    // ——— <iac-settings> ———
    desktopNotifications: 'Desktop notifications',
    theme: 'Theme',
    language: 'Language',
    settingsUnread: (reason: string) => `Couldn't read your saved settings (${withoutFullStop(reason)}), so they are the defaults for now.`,
    shortcutsUnread: (reason: string) => `Couldn't read your saved shortcuts (${withoutFullStop(reason)}), so they are the defaults for now.`,
    settingsUnsaved: (reason: string) => `Couldn't save your settings (${withoutFullStop(reason)}). They apply until the page is reloaded.`,

    // ——— keyboard shortcuts (settings) ———
    keyboardShortcuts: 'Keyboard shortcuts',
    shortcutsOffUntilReload: 'All shortcuts are off in this Flex session, Flex’s own too, so they can’t be changed now. They come back when you turn them back on and reload Flex.',
    change: 'Change',
    remove: 'Remove',
    throttle: (ms: number) => seconds(ms),
    shortcutsBackOnReload: 'Shortcuts come back on when Flex reloads. Reload the page to use or change them.',
    notAKey: 'That is not a key the chat can use.',
    heldBy: (keys: string, holder: string) => `${keys} is ${holder}. Choose another key.`,
    heldByOurs: (keys: string, shortcut: string) => `${keys} is already “${shortcut}”. Choose another key, or change that one first.`,
    flexHolder: (shortcut: string) => `Flex's “${shortcut}”`,
    pluginHolder: (shortcut: string) => `“${shortcut}” from another plugin`,
    defaultKeyTaken: (keys: string, holder: string, shortcut: string) => `${keys} is ${holder}, so “${shortcut}” has no key. Choose one below.`,
    savedKeyTaken: (keys: string, shortcut: string, holder: string, current: string | null) =>
      `${keys}, your key for “${shortcut}”, is now ${holder}, so “${shortcut}” ${current ? `is back on ${current}` : 'has no key'}.`,
    pressFlexKey: 'Press a letter or digit: Flex adds Ctrl+Shift. Escape cancels.',
    flexKeysOnly: 'Flex shortcuts are Ctrl+Shift and one letter or digit.',
    browserKeeps: (keys: string, key: BrowserKey) => `${keys} ${browserKeeps[key]} in the browser. Choose another key.`,
    /** Keys as a screen reader says them (the eye sees "⌘K", the ear hears "Command K"). */
    spokenKeys: {
      Command: 'Command',
      Control: 'Control',
      Option: 'Option',
      Ctrl: 'Ctrl',
      Alt: 'Alt',
      Shift: 'Shift',
      ArrowUp: 'Up Arrow',
      ArrowDown: 'Down Arrow',
      ArrowLeft: 'Left Arrow',
      ArrowRight: 'Right Arrow',
      Escape: 'Escape',
    },
    // The chat's shortcuts, as Settings and Flex's shortcut menu name them.
    shortcutOpenChat: 'Open Internal Chat',
    shortcutQuickSwitcher: 'Quick switcher',
    shortcutNextUnread: 'Next chat with unread messages',
    shortcutPreviousUnread: 'Previous chat with unread messages',
    shortcutFocusComposer: 'Write a message',
    shortcutJumpToLatest: 'Jump to latest message',
    shortcutAttachFiles: 'Attach files',
    shortcutTogglePin: 'Pin or unpin chat',

    // ——— words from the services ———
    couldNotNotAllowed: (action: string) =>
      `Couldn't ${action}: your account isn't allowed to. Ask your Flex admin to check the chat's roles (npx internal-agent-chat setup).`,
    couldNotPermission: (action: string, what: string, permission: string) =>
      `Couldn't ${action}: agents aren't allowed to ${what} on this chat service. Ask your Flex admin to grant the Conversations permission “${permission}” (npx internal-agent-chat setup does).`,
    mayCreateConversation: 'start new chats',
    mayAddParticipant: 'add people to a chat',
    maySendMessage: 'send messages',
    maySendMediaMessage: 'send attachments',
    mayEditOwnMessage: 'edit their own messages',
    mayDeleteOwnMessage: 'delete their own messages',
    mayLeaveConversation: 'leave chats',
    mayEditConversationName: "change a chat's name",
    actionClearOld: 'clear out old chats',
    couldNotParticipants: (action: string) => `Couldn't ${action}: this chat has reached Twilio's participant limit.`,
    couldNotConversations: (action: string) =>
      `Couldn't ${action}: one of you is already in ${number(1000)} conversations, Twilio's limit. Older chats need clearing out first.`,
    couldNotOffline: (action: string) => `Couldn't ${action}: you're offline. It will work again once the connection is back.`,
    couldNot: (action: string, detail: string | null) => `Couldn't ${action}${detail ? ` (${withoutFullStop(detail)})` : ''}. Try again in a moment.`,
    actionStart: 'start the chat',
    actionSearch: 'search the directory',
    actionOpen: 'open this chat',
    actionLatest: 'load the latest messages',
    actionOlder: 'load older messages',
    actionNewer: 'load newer messages',
    actionSend: 'send this message',
    actionEdit: 'edit your message',
    actionDelete: 'delete your message',
    actionSavePins: 'save your pinned chats',
    actionCreateGroup: 'start the group',
    actionAddPeople: 'add people to the group',
    actionLeaveGroup: 'leave the group',
    actionRenameGroup: 'rename the group',
    groupNeedsName: 'Give the group a name.',
    groupNeedsPeople: 'Add at least two people: a chat with one is a direct chat.',
    groupTooLarge: (max: number) => `A group holds up to ${max} people, you included.`,
    groupGone: 'This group is no longer one of your chats.',
    chatCrossed: 'the other agent started this chat at the same moment, and it did not arrive in time',
    chatNotOpened: 'the chat could not be opened',
    actionSaveMuted: 'save your muted chats',
    chatViewOpening: 'Opening the chat…',
    chatViewNotLoaded: (file: string) =>
      `The chat couldn't be loaded: ${isolate(file)} didn't arrive. Check your connection and try again. If it keeps happening, ask whoever runs your Flex to check that the plugin's files are hosted together.`,
    languageNotLoaded: (language: string) => `${language} couldn't be loaded, so the chat keeps its current language. Check your connection and reload the page.`,
    chatIntruded: (name: string) =>
      `Someone else is in this chat besides you and ${name}, so it isn't shown. Write here to start a new chat with ${name} alone.`,
    budgetFull: (inUse: number, limit: number, days: number) =>
      `You're in ${number(inUse)} of Twilio's ${number(limit)} conversations. New chats can't start until you leave some: unpin chats you no longer need; old chats are cleared after ${count(days, { one: '# day', other: '# days' })} idle.`,
    budgetWarn: (inUse: number, limit: number, days: number) =>
      `You're in ${number(inUse)} of Twilio's ${number(limit)} conversations. Old chats are cleared after ${count(days, { one: '# day', other: '# days' })} idle; unpin chats you no longer need.`,
    noDesktopNotifications: "This browser doesn't offer desktop notifications.",
    notificationsBlocked:
      'The browser blocks notifications from this site. Allow them in the site settings (the icon beside the address), then switch this on again.',
    notificationsNotAllowedYet: "The browser hasn't been allowed to show notifications yet. Switch this on again to be asked.",
    noSound: "This browser can't play sounds.",
    soundFailed: (reason: string) => `Couldn't play the sound (${withoutFullStop(reason)}).`,
    newMessage: 'New message',

    // ——— the portal's token endpoint: in portal/ (the Flex plugin ships without them) ———
    ...portalWords(),

    // ——— the widget's own shortcuts: in widget-keys/ (the Flex plugin ships without them) ———
    ...widgetKeyWords(),

    // ——— Flex (the plugin's link and notifications) ———
    flexLink: 'Internal Chat',
    /** What an unread badge's number means, for screen readers and the Flex link's tooltip. */
    unreadMessages: (n: number) => count(n, { one: '# unread message', other: '# unread messages' }),
    messageNotSentTo: (name: string) => `A message to ${name} wasn't sent.`,
    flexNoChatClient: 'Flex has no chat connection for this session; reload Flex, and if this keeps happening ask your Flex admin',
    flexNoDirectory: "the agent directory isn't available: Flex has no insights connection for this session; your chats still work, and reloading Flex may bring it back",
  });
}

export type Catalog = ReturnType<typeof catalog>;
