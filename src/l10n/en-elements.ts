/**
 * English words that only the chat's elements show: en.ts holds the rest (what the services, the
 * shortcuts and the Flex plugin's start say), and adds these through element-words.ts. Apart so
 * that the Flex plugin loads them with its view part, not at Flex start.
 */
import { formatSize, numberFormat, sizeAgainst } from './format-size.js';
import { isolate } from './bidi.js';
import { withoutFullStop } from './punctuation.js';
import { plurals } from './plural.js';

export function elementWords(locale: string) {
  const count = plurals(locale);
  const number = (n: number) => numberFormat(locale).format(n);
  const size = (bytes: number) => formatSize(bytes, locale);
  const seconds = (ms: number) => numberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(ms / 1000);

  return {
    // ——— shared ———
    dismiss: 'Dismiss',
    cancel: 'Cancel',
    save: 'Save',
    /** The activity of an agent the directory has not described yet. */
    activityUnknown: 'Unknown',
    /** An activity and how long it has lasted. */
    activityFor: (activity: string, duration: string) => `${isolate(activity)} · ${isolate(duration)}`,
    /** An activity before the last message's preview, in a directory row. */
    activityBeforePreview: (activity: string) => `${isolate(activity)} · `,

    // ——— <internal-agent-chat> ———
    reload: 'Reload',
    chatPane: 'Chat',
    emptyTitle: 'Chat with your team',
    emptyHint: 'Pick an agent on the left to open your chat with them.',
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
    sectionPinned: 'Pinned',
    sectionRecent: 'Recent chats',
    sectionEveryone: 'All agents',
    sectionResults: 'Results',
    /** A row's marker: an unread message there mentions the person. */
    mentionedYou: 'Mentions you',
    memberCount: (n: number) => count(n, { one: '# member', other: '# members' }),
    byAuthor: (author: string, text: string) => `${author}: ${text}`,
    pinAgent: (name: string) => `Pin ${name}`,
    unpinAgent: (name: string) => `Unpin ${name}`,
    searching: 'Searching…',
    noAgentsMatch: (query: string) => `No agents match “${query}”.`,
    noAgentsYet: 'No agents to show yet.',
    pinMoved: (name: string, position: number, pins: number) => `${name} moved to position ${number(position)} of ${number(pins)} pinned.`,

    // ——— <iac-chat-thread> ———
    backToAgents: 'Back to agents',
    muteChat: 'Mute chat',
    unmuteChat: 'Unmute chat',
    pinChat: 'Pin chat',
    unpinChat: 'Unpin chat',
    loadingMessages: 'Loading messages…',
    newMessagesBelow: (n: number) => count(n, { one: '# new message', other: '# new messages' }),
    jumpToLatest: 'Jump to latest',
    dropOnThread: 'Drop files to attach them',
    newGroup: 'New group',
    groupName: 'Group name',
    addPeople: 'Add people',
    addMyTeam: (team: string) => `Add my team (${team})`,
    actionAddTeam: 'add your team',
    peopleChosen: 'People in the group',
    removePerson: (name: string) => `Remove ${name}`,
    membersOf: (name: string) => `Members of ${name}`,
    youMember: (name: string) => `${name} (you)`,
    leaveGroup: 'Leave group',
    renameGroup: 'Rename group',
    leaveGroupConfirm: (name: string) => `Leave ${name}? It leaves your list, and the others see that you left.`,
    twoTyping: (a: string, b: string) => `${a} and ${b} are typing…`,
    /** A member's event, as a line of its own in the group's thread. */
    noticeLeft: (name: string) => `${name} left the group`,
    noticeAdded: (name: string, people: string) => `${name} added ${people}`,
    noticeRenamed: (name: string, group: string) => `${name} renamed the group “${group}”`,
    /** The same, done by the user (languages conjugate "you" apart). */
    noticeYouAdded: (people: string) => `You added ${people}`,
    noticeYouRenamed: (group: string) => `You renamed the group “${group}”`,
    severalTyping: 'Several people are typing…',
    /** The start of a chat (a group, a direct chat), the name shown in bold where `name` goes. */
    groupStart: <T>(name: T) => ['This is the start of ', name, '.'],
    seenBy: (n: number) => `Seen by ${number(n)}`,
    chatStart: <T>(name: T) => ['This is the start of your chat with ', name, '.'],
    newMessages: 'New messages',
    you: 'You',
    edited: '(edited)',
    deleteForEveryone: 'Delete this message for everyone?',
    waitingToSend: 'Waiting for the connection. It will be sent automatically.',
    notSent: 'Not sent.',
    seen: 'Seen',
    uploadingFile: (name: string, size: string) => `Uploading ${name} (${size})…`,
    uploadingFiles: (files: number, size: string) => count(files, { one: `Uploading # file (${size})…`, other: `Uploading # files (${size})…` }),
    messageActions: 'Message actions',
    copy: 'Copy',
    copyMessage: 'Copy message',
    editMessage: 'Edit message',
    deleteMessage: 'Delete message',
    messageDeleted: 'Message deleted',
    copied: 'Copied',
    copyRefused: "Couldn't copy: the browser did not allow it. Select the text and copy it instead.",

    // ——— <iac-composer> ———
    writeMessage: 'Write a message…',
    attachFiles: 'Attach files',
    mentionPeople: 'People to mention',
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
    playSound: 'Play a soft sound',
    sendingTitle: 'Sending',
    enterSends: 'Enter sends',
    shiftEnterNewLine: 'Shift+Enter starts a new line',
    keySends: (keys: string) => `${keys} sends`,
    enterNewLine: 'Enter starts a new line',
    themeHost: 'Match the page',
    themeLight: 'Light',
    themeDark: 'Dark',
    languageAutomatic: 'Automatic',
    languageHint: 'Automatic follows your browser’s language.',
    languageSetByPage: 'This page chooses the chat’s language.',
    resetAll: 'Reset all settings',
    allSettingsReset: 'All settings are back to their defaults.',
    desktopUnavailable: "Desktop notifications aren't available here.",
    soundUnavailable: "Sound isn't available here.",

    // ——— keyboard shortcuts (settings) ———
    shortcutsWorkInFlex: 'They work anywhere in Flex, like Flex’s own.',
    allShortcutsOff: 'All shortcuts are off.',
    shortcutsOn: 'Shortcuts are on.',
    turnShortcutsOn: 'Turn shortcuts back on',
    turnShortcutsOff: 'Turn off all shortcuts',
    resetShortcuts: 'Reset shortcuts',
    shortcutsReset: 'Shortcuts are back to their defaults.',
    flexTurnOffHint: 'Turning them off turns off Flex’s own shortcuts too. Turning them back on takes a reload of Flex.',
    flexShortcuts: 'Flex shortcuts',
    pluginShortcuts: 'Other plugins’ shortcuts',
    readOnly: '(read-only)',
    columnAction: 'Action',
    columnKeys: 'Keys',
    pressNewKeys: 'Press new keys…',
    noKey: 'No key',
    /** After a key, while shortcuts are off. */
    keyOff: 'off',
    setKeys: 'Set keys',
    changeKeysFor: (shortcut: string) => `Change keys for ${shortcut}`,
    removeKeysFor: (shortcut: string) => `Remove keys for ${shortcut}`,
    ignoreRepeats: 'Ignore repeats',
    ignoreRepeatsOf: (shortcut: string) => `Ignore repeats of ${shortcut} within`,
    throttleOff: 'Off',
    repeatsIgnored: (ms: number) => `Repeats within ${seconds(ms)} are now ignored.`,
    repeatsAllowed: 'Repeats are no longer ignored.',
    shortcutNowOn: (shortcut: string, keys: string) => `${shortcut}: ${keys}.`,
    shortcutHasNoKey: (shortcut: string) => `${shortcut} has no key now.`,
  };
}

export type ElementWords = ReturnType<typeof elementWords>;
