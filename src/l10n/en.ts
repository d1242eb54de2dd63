/**
 * English: the source catalog, and the one that ships in every bundle (the others load when
 * chosen). Every word the chat shows is here: plain strings, and small functions for words with
 * values in them. Counts go through `count` (Intl.PluralRules); numbers, sizes and durations
 * through Intl in the catalog's locale. es.ts and ar.ts are typed `Catalog`, so TypeScript
 * refuses a missing or extra key, or a function that takes other values.
 *
 * Names in values (agents, files, shortcuts) arrive as they are; quotes around them belong to
 * the language: “…” here, «…» in Spanish.
 */
import { formatSize, numberFormat, sizeAgainst } from './format-size.js';
import type { BrowserKey } from '../shortcuts/flex-notation.js';
import { isolate } from './bidi.js';
import { withoutFullStop } from './punctuation.js';
import { plurals } from './plural.js';
import { portalWords } from './portal/en.js';
import { widgetKeyWords } from './widget-keys/en.js';

export function catalog(locale: string) {
  const count = plurals(locale);
  const number = (n: number) => numberFormat(locale).format(n);
  const size = (bytes: number) => formatSize(bytes, locale);
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

  return {
    // ——— shared ———
    tryAgain: 'Try again',
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    close: 'Close',
    retry: 'Retry',
    save: 'Save',
    delete: 'Delete',
    /** An unread count on a badge. */
    badge: (n: number) => (n > 99 ? `${number(99)}+` : number(n)),
    /** The activity of an agent the directory has not described yet. */
    activityUnknown: 'Unknown',
    /** An activity and how long it has lasted. */
    activityFor: (activity: string, duration: string) => `${isolate(activity)} · ${isolate(duration)}`,
    /** An activity before the last message's preview, in a directory row. */
    activityBeforePreview: (activity: string) => `${isolate(activity)} · `,

    // ——— <internal-agent-chat> ———
    reload: 'Reload',
    connecting: 'Connecting to chat…',
    settings: 'Settings',
    chatPane: 'Chat',
    emptyTitle: 'Chat with your team',
    emptyHint: 'Pick an agent on the left to open your chat with them.',
    disconnected: 'Chat is disconnected. Reload to sign in again.',
    reconnecting: 'Reconnecting… Messages you send now go out once the connection is back.',
    notPersistent: "This browser isn't keeping data for this site, so pins, drafts and unsent messages won't survive a reload.",
    noUnreadChat: 'No other chat has unread messages.',
    chatWith: (name: string) => `Chat with ${name}`,
    latestShown: 'This is the latest message.',
    pinnedAgent: (name: string) => `Pinned ${name}.`,
    unpinnedAgent: (name: string) => `Unpinned ${name}.`,
    settingsDidNotOpen: (reason: string) => `Couldn't open Settings (${withoutFullStop(reason)}). Reload the page and try again.`,
    groupsDidNotOpen: (reason: string) => `Couldn't open the group window (${withoutFullStop(reason)}). Reload the page and try again.`,
    openChatFirst: (keys: string | null) => (keys ? `Open a chat first: pick an agent, or press ${keys}.` : 'Open a chat first: pick an agent.'),

    // ——— <iac-agent-list> ———
    searchAgents: 'Search agents',
    clearSearch: 'Clear search',
    agents: 'Agents',
    sectionPinned: 'Pinned',
    sectionRecent: 'Recent chats',
    sectionEveryone: 'All agents',
    sectionResults: 'Results',
    muted: 'muted',
    pin: 'Pin',
    unpin: 'Unpin',
    memberCount: (n: number) => count(n, { one: '# member', other: '# members' }),
    byAuthor: (author: string, text: string) => `${author}: ${text}`,
    pinAgent: (name: string) => `Pin ${name}`,
    unpinAgent: (name: string) => `Unpin ${name}`,
    searching: 'Searching…',
    noAgentsMatch: (query: string) => `No agents match “${query}”.`,
    noAgentsYet: 'No agents to show yet.',
    pinMoved: (name: string, position: number, pins: number) => `${name} moved to position ${number(position)} of ${number(pins)} pinned.`,
    /** A chat's preview when its last message is attachments only. */
    previewFiles: (first: string, more: number) => (more ? count(more, { one: `${first} and # more`, other: `${first} and # more` }) : first),

    // ——— <iac-chat-thread> ———
    backToAgents: 'Back to agents',
    muteChat: 'Mute chat',
    unmuteChat: 'Unmute chat',
    pinChat: 'Pin chat',
    unpinChat: 'Unpin chat',
    loadingMessages: 'Loading messages…',
    loadingOlder: 'Loading older messages…',
    loadingNewer: 'Loading newer messages…',
    newMessagesBelow: (n: number) => count(n, { one: '# new message', other: '# new messages' }),
    jumpToLatest: 'Jump to latest',
    dropOnThread: 'Drop files to attach them',
    isTyping: (name: string) => `${name} is typing…`,
    /** The start of a chat, the name shown in bold where `name` goes. */
    newGroup: 'New group',
    groupName: 'Group name',
    addPeople: 'Add people',
    peopleChosen: 'People in the group',
    removePerson: (name: string) => `Remove ${name}`,
    create: 'Create',
    add: 'Add',
    membersOf: (name: string) => `Members of ${name}`,
    youMember: (name: string) => `${name} (you)`,
    leaveGroup: 'Leave group',
    leaveGroupConfirm: (name: string) => `Leave ${name}? It leaves your list, and the others see that you left.`,
    twoTyping: (a: string, b: string) => `${a} and ${b} are typing…`,
    severalTyping: 'Several people are typing…',
    groupStart: <T>(name: T) => ['This is the start of ', name, '.'],
    seenBy: (n: number) => `Seen by ${number(n)}`,
    members: 'Members',
    chatStart: <T>(name: T) => ['This is the start of your chat with ', name, '.'],
    newMessages: 'New messages',
    you: 'You',
    edited: '(edited)',
    deleteForEveryone: 'Delete this message for everyone?',
    waitingToSend: 'Waiting for the connection. It will be sent automatically.',
    notSent: 'Not sent.',
    seen: 'Seen',
    sending: 'Sending…',
    uploadingFile: (name: string, size: string) => `Uploading ${name} (${size})…`,
    uploadingFiles: (files: number, size: string) => count(files, { one: `Uploading # file (${size})…`, other: `Uploading # files (${size})…` }),
    messageActions: 'Message actions',
    copy: 'Copy',
    copyMessage: 'Copy message',
    edit: 'Edit',
    editMessage: 'Edit message',
    deleteMessage: 'Delete message',
    messageDeleted: 'Message deleted',
    copied: 'Copied',
    copyRefused: "Couldn't copy: the browser did not allow it. Select the text and copy it instead.",

    // ——— <iac-composer> ———
    writeMessage: 'Write a message…',
    message: 'Message',
    attachments: 'Attachments',
    attachFiles: 'Attach files',
    send: 'Send',
    dropOnComposer: 'Drop files to attach',
    removeFile: (name: string) => `Remove ${name}`,
    attachedFile: (name: string) => `Attached ${name}`,
    attachedFiles: (files: number) => count(files, { one: 'Attached # file', other: 'Attached # files' }),
    removedFile: (name: string) => `Removed ${name}`,
    folderRefused: (name: string) => `“${name}” is a folder, so it wasn't attached. Attach the files inside it.`,
    programRefused: (name: string, extension: string) => `“${name}” wasn't attached: programs (.${extension}) can't be sent in chat.`,
    emptyFileRefused: (name: string) => `“${name}” is empty, so it wasn't attached.`,
    fileTooBig: (name: string, bytes: number, limit: number) => `“${name}” is ${sizeAgainst(bytes, limit, locale)}; a file can be at most ${size(limit)}.`,
    tooManyFiles: (name: string, limit: number) =>
      count(limit, { one: `“${name}” wasn't attached: one message holds at most # file. Send it first.`, other: `“${name}” wasn't attached: one message holds at most # files. Send these first.` }),
    filesTooBig: (name: string, limit: number) => `“${name}” wasn't attached: the files of one message can add up to at most ${size(limit)}.`,
    messageTooLong: (bytes: number, limit: number) =>
      `This message is ${sizeAgainst(bytes, limit, locale)}; a message can be at most ${size(limit)}. Shorten it, or attach the text as a file.`,

    // ——— <iac-attachment> ———
    download: 'Download',
    downloadFile: (name: string) => `Download ${name}`,
    downloadFailed: (name: string) => `Couldn't download ${name}. Try again.`,

    // ——— <iac-quick-switcher> ———
    jumpToChat: 'Jump to a chat',
    jumpToAgent: 'Jump to agent or chat',
    jumpPlaceholder: 'Jump to agent or chat…',
    agentsAndChats: 'Agents and chats',
    noAgentMatches: (query: string) => `No agent matches “${query}”.`,
    switcherKeys: '↑↓ to move · Enter to open · Esc to close',

    // ——— <iac-settings> ———
    loadingSettings: 'Loading your settings…',
    notifications: 'Notifications',
    notificationsHint: 'For new messages while the chat or its tab is hidden. Muted chats stay quiet.',
    desktopNotifications: 'Desktop notifications',
    playSound: 'Play a soft sound',
    sendingTitle: 'Sending',
    enterSends: 'Enter sends',
    shiftEnterNewLine: 'Shift+Enter starts a new line',
    keySends: (keys: string) => `${keys} sends`,
    enterNewLine: 'Enter starts a new line',
    theme: 'Theme',
    themeHost: 'Match the page',
    themeLight: 'Light',
    themeDark: 'Dark',
    language: 'Language',
    languageAutomatic: 'Automatic',
    languageHint: 'Automatic follows your browser’s language.',
    languageSetByPage: 'This page chooses the chat’s language.',
    resetAll: 'Reset all settings',
    allSettingsReset: 'All settings are back to their defaults.',
    desktopUnavailable: "Desktop notifications aren't available here.",
    soundUnavailable: "Sound isn't available here.",
    settingsUnread: (reason: string) => `Couldn't read your saved settings (${withoutFullStop(reason)}), so they are the defaults for now.`,
    shortcutsUnread: (reason: string) => `Couldn't read your saved shortcuts (${withoutFullStop(reason)}), so they are the defaults for now.`,
    settingsUnsaved: (reason: string) => `Couldn't save your settings (${withoutFullStop(reason)}). They apply until the page is reloaded.`,

    // ——— keyboard shortcuts (settings) ———
    keyboardShortcuts: 'Keyboard shortcuts',
    shortcutsWorkInFlex: 'They work anywhere in Flex, like Flex’s own.',
    allShortcutsOff: 'All shortcuts are off.',
    shortcutsOn: 'Shortcuts are on.',
    turnShortcutsOn: 'Turn shortcuts back on',
    turnShortcutsOff: 'Turn off all shortcuts',
    resetShortcuts: 'Reset shortcuts',
    shortcutsReset: 'Shortcuts are back to their defaults.',
    flexTurnOffHint: 'Turning them off turns off Flex’s own shortcuts too. Turning them back on takes a reload of Flex.',
    shortcutsOffUntilReload: 'All shortcuts are off in this Flex session, Flex’s own too, so they can’t be changed now. They come back when you turn them back on and reload Flex.',
    flexShortcuts: 'Flex shortcuts',
    pluginShortcuts: 'Other plugins’ shortcuts',
    readOnly: '(read-only)',
    columnAction: 'Action',
    columnKeys: 'Keys',
    pressNewKeys: 'Press new keys…',
    noKey: 'No key',
    /** After a key, while shortcuts are off. */
    keyOff: 'off',
    change: 'Change',
    setKeys: 'Set keys',
    remove: 'Remove',
    changeKeysFor: (shortcut: string) => `Change keys for ${shortcut}`,
    removeKeysFor: (shortcut: string) => `Remove keys for ${shortcut}`,
    ignoreRepeats: 'Ignore repeats',
    ignoreRepeatsOf: (shortcut: string) => `Ignore repeats of ${shortcut} within`,
    throttleOff: 'Off',
    throttle: (ms: number) => seconds(ms),
    repeatsIgnored: (ms: number) => `Repeats within ${seconds(ms)} are now ignored.`,
    repeatsAllowed: 'Repeats are no longer ignored.',
    shortcutNowOn: (shortcut: string, keys: string) => `${shortcut}: ${keys}.`,
    shortcutHasNoKey: (shortcut: string) => `${shortcut} has no key now.`,
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
  };
}

export type Catalog = ReturnType<typeof catalog>;
