/**
 * العربية (right to left). Loaded when chosen (see catalogs.ts); typed `Catalog`, so no key can
 * go missing. Counted nouns take all six of Arabic's plural forms (zero, one, two, few, many,
 * other) through Intl.PluralRules.
 */
import { formatSize, numberFormat, sizeAgainst } from './format-size.js';
import type { BrowserKey } from '../shortcuts/flex-notation.js';
import type { Catalog } from './en.js';
import { isolate as b } from './bidi.js';
import { withoutFullStop } from './punctuation.js';
import { plurals } from './plural.js';
import { portalWords } from './portal/ar.js';
import { widgetKeyWords } from './widget-keys/ar.js';

export function catalog(locale: string): Catalog {
  const count = plurals(locale);
  const number = (n: number) => numberFormat(locale).format(n);
  const size = (bytes: number) => formatSize(bytes, locale);
  const seconds = (ms: number) => numberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(ms / 1000);
  const days = (n: number) => count(n, { one: 'يوم واحد', two: 'يومين', few: '# أيام', many: '# يومًا', other: '# يوم' });
  const conversations = (n: number) => count(n, { one: 'محادثة واحدة', two: 'محادثتين', few: '# محادثات', many: '# محادثة', other: '# محادثة' });
  const browserKeeps: Record<BrowserKey, string> = {
    I: 'يفتح أدوات المطوّرين',
    J: 'يفتح أدوات المطوّرين',
    C: 'يفتح أدوات المطوّرين',
    N: 'يفتح نافذة خاصة',
    T: 'يعيد فتح علامة تبويب مغلقة',
    W: 'يغلق النافذة',
    Q: 'يُنهي المتصفح',
    O: 'يفتح الإشارات المرجعية',
    B: 'يُظهر شريط الإشارات المرجعية أو يخفيه',
    D: 'يضيف كل علامات التبويب المفتوحة إلى الإشارات المرجعية',
    V: 'يلصق دون تنسيق',
    Z: 'يعيد ما تم التراجع عنه',
  };

  return {
    // ——— shared ———
    tryAgain: 'أعد المحاولة',
    dismiss: 'إخفاء',
    cancel: 'إلغاء',
    close: 'إغلاق',
    retry: 'إعادة المحاولة',
    save: 'حفظ',
    delete: 'حذف',
    badge: (n: number) => (n > 99 ? `${number(99)}+` : number(n)),
    activityUnknown: 'غير معروف',
    activityFor: (activity: string, duration: string) => `${b(activity)} · ${b(duration)}`,
    activityBeforePreview: (activity: string) => `${b(activity)} · `,

    // ——— <internal-agent-chat> ———
    reload: 'إعادة التحميل',
    connecting: 'جارٍ الاتصال بالدردشة…',
    settings: 'الإعدادات',
    chatPane: 'الدردشة',
    emptyTitle: 'تحدّث مع فريقك',
    emptyHint: 'اختر وكيلًا من القائمة لفتح محادثتك معه.',
    disconnected: 'انقطع اتصال الدردشة. أعد تحميل الصفحة لتسجيل الدخول من جديد.',
    reconnecting: 'جارٍ إعادة الاتصال… ستُرسل الرسائل التي تكتبها الآن فور عودة الاتصال.',
    notPersistent: 'هذا المتصفح لا يحتفظ ببيانات هذا الموقع، لذا لن تبقى المحادثات المثبّتة والمسودات والرسائل غير المُرسلة بعد إعادة التحميل.',
    noUnreadChat: 'لا توجد محادثة أخرى فيها رسائل غير مقروءة.',
    chatWith: (name: string) => `محادثة مع ${b(name)}`,
    latestShown: 'هذه أحدث رسالة.',
    pinnedAgent: (name: string) => `تم تثبيت ${b(name)}.`,
    unpinnedAgent: (name: string) => `تم إلغاء تثبيت ${b(name)}.`,
    settingsDidNotOpen: (reason: string) => `تعذّر فتح الإعدادات (${b(withoutFullStop(reason))}). أعد تحميل الصفحة وحاول مرة أخرى.`,
    groupsDidNotOpen: (reason: string) => `تعذّر فتح نافذة المجموعة (${b(withoutFullStop(reason))}). أعد تحميل الصفحة وحاول مرة أخرى.`,
    openChatFirst: (keys: string | null) => (keys ? `افتح محادثة أولًا: اختر وكيلًا أو اضغط ${b(keys)}.` : 'افتح محادثة أولًا: اختر وكيلًا.'),

    // ——— <iac-agent-list> ———
    searchAgents: 'البحث عن وكلاء',
    clearSearch: 'مسح البحث',
    agents: 'الوكلاء',
    sectionPinned: 'المثبّتة',
    sectionRecent: 'المحادثات الأخيرة',
    sectionEveryone: 'جميع الوكلاء',
    sectionResults: 'النتائج',
    muted: 'مكتومة',
    mentionedYou: 'تمت الإشارة إليك',
    pin: 'تثبيت',
    unpin: 'إلغاء التثبيت',
    memberCount: (n: number) => count(n, { one: 'عضو واحد', two: 'عضوان', few: '# أعضاء', many: '# عضوًا', other: '# عضو' }),
    byAuthor: (author: string, text: string) => `${b(author)}: ${text}`,
    pinAgent: (name: string) => `تثبيت ${b(name)}`,
    unpinAgent: (name: string) => `إلغاء تثبيت ${b(name)}`,
    searching: 'جارٍ البحث…',
    noAgentsMatch: (query: string) => `لا يوجد وكلاء يطابقون «${b(query)}».`,
    noAgentsYet: 'لا يوجد وكلاء لعرضهم بعد.',
    pinMoved: (name: string, position: number, pins: number) => `نُقل ${b(name)} إلى الموضع ${number(position)} من ${number(pins)} في المثبّتة.`,
    previewFiles: (first: string, more: number) =>
      more
        ? count(more, {
            one: `${b(first)} وملف آخر`,
            two: `${b(first)} وملفان آخران`,
            few: `${b(first)} و# ملفات أخرى`,
            many: `${b(first)} و# ملفًا آخر`,
            other: `${b(first)} و# ملف آخر`,
          })
        : first,

    // ——— <iac-chat-thread> ———
    backToAgents: 'العودة إلى الوكلاء',
    muteChat: 'كتم المحادثة',
    unmuteChat: 'إلغاء كتم المحادثة',
    pinChat: 'تثبيت المحادثة',
    unpinChat: 'إلغاء تثبيت المحادثة',
    loadingMessages: 'جارٍ تحميل الرسائل…',
    loadingOlder: 'جارٍ تحميل الرسائل الأقدم…',
    loadingNewer: 'جارٍ تحميل الرسائل الأحدث…',
    newMessagesBelow: (n: number) =>
      count(n, { zero: 'لا رسائل جديدة', one: 'رسالة جديدة واحدة', two: 'رسالتان جديدتان', few: '# رسائل جديدة', many: '# رسالة جديدة', other: '# رسالة جديدة' }),
    jumpToLatest: 'الانتقال إلى الأحدث',
    dropOnThread: 'أفلت الملفات لإرفاقها',
    isTyping: (name: string) => `${b(name)} يكتب…`,
    newGroup: 'مجموعة جديدة',
    groupName: 'اسم المجموعة',
    addPeople: 'إضافة أشخاص',
    peopleChosen: 'الأشخاص في المجموعة',
    removePerson: (name: string) => `إزالة ${b(name)}`,
    create: 'إنشاء',
    add: 'إضافة',
    membersOf: (name: string) => `أعضاء ${b(name)}`,
    youMember: (name: string) => `${b(name)} (أنت)`,
    leaveGroup: 'مغادرة المجموعة',
    leaveGroupConfirm: (name: string) => `مغادرة ${b(name)}؟ ستختفي من قائمتك، وسيرى الآخرون أنك غادرت.`,
    twoTyping: (first: string, second: string) => `${b(first)} و${b(second)} يكتبان…`,
    severalTyping: 'عدة أشخاص يكتبون…',
    groupStart: <T>(name: T) => ['هذه بداية ', name, '.'],
    seenBy: (n: number) => `قرأها ${number(n)}`,
    members: 'الأعضاء',
    chatStart: <T>(name: T) => ['هذه بداية محادثتك مع ', name, '.'],
    newMessages: 'رسائل جديدة',
    you: 'أنت',
    edited: '(معدّلة)',
    deleteForEveryone: 'هل تريد حذف هذه الرسالة لدى الجميع؟',
    waitingToSend: 'في انتظار الاتصال. ستُرسل تلقائيًا.',
    notSent: 'لم تُرسل.',
    seen: 'تمت القراءة',
    sending: 'جارٍ الإرسال…',
    uploadingFile: (name: string, size: string) => `جارٍ رفع ${b(name)} (${size})…`,
    uploadingFiles: (files: number, size: string) =>
      count(files, {
        one: `جارٍ رفع ملف واحد (${size})…`,
        two: `جارٍ رفع ملفين (${size})…`,
        few: `جارٍ رفع # ملفات (${size})…`,
        many: `جارٍ رفع # ملفًا (${size})…`,
        other: `جارٍ رفع # ملف (${size})…`,
      }),
    messageActions: 'إجراءات الرسالة',
    copy: 'نسخ',
    copyMessage: 'نسخ الرسالة',
    edit: 'تعديل',
    editMessage: 'تعديل الرسالة',
    deleteMessage: 'حذف الرسالة',
    messageDeleted: 'حُذفت الرسالة',
    copied: 'تم النسخ',
    copyRefused: 'تعذّر النسخ: لم يسمح المتصفح بذلك. حدّد النص وانسخه بنفسك.',

    // ——— <iac-composer> ———
    writeMessage: 'اكتب رسالة…',
    message: 'الرسالة',
    attachments: 'المرفقات',
    attachFiles: 'إرفاق ملفات',
    mentionPeople: 'أشخاص للإشارة إليهم',
    send: 'إرسال',
    dropOnComposer: 'أفلت الملفات لإرفاقها',
    removeFile: (name: string) => `إزالة ${b(name)}`,
    attachedFile: (name: string) => `تم إرفاق ${b(name)}`,
    attachedFiles: (files: number) =>
      count(files, { one: 'تم إرفاق ملف واحد', two: 'تم إرفاق ملفين', few: 'تم إرفاق # ملفات', many: 'تم إرفاق # ملفًا', other: 'تم إرفاق # ملف' }),
    removedFile: (name: string) => `تمت إزالة ${b(name)}`,
    folderRefused: (name: string) => `«${b(name)}» مجلد، لذا لم يُرفق. أرفق الملفات الموجودة داخله.`,
    programRefused: (name: string, extension: string) => `لم يُرفق «${b(name)}»: لا يمكن إرسال البرامج (${b(`.${extension}`)}) في الدردشة.`,
    emptyFileRefused: (name: string) => `«${b(name)}» فارغ، لذا لم يُرفق.`,
    fileTooBig: (name: string, bytes: number, limit: number) => `حجم «${b(name)}» ${sizeAgainst(bytes, limit, locale)}؛ والحد الأقصى لحجم الملف ${size(limit)}.`,
    tooManyFiles: (name: string, limit: number) =>
      count(limit, {
        one: `لم يُرفق «${b(name)}»: تحمل الرسالة الواحدة ملفًا واحدًا على الأكثر. أرسله أولًا.`,
        two: `لم يُرفق «${b(name)}»: تحمل الرسالة الواحدة ملفين على الأكثر. أرسلهما أولًا.`,
        few: `لم يُرفق «${b(name)}»: تحمل الرسالة الواحدة # ملفات على الأكثر. أرسلها أولًا.`,
        many: `لم يُرفق «${b(name)}»: تحمل الرسالة الواحدة # ملفًا على الأكثر. أرسلها أولًا.`,
        other: `لم يُرفق «${b(name)}»: تحمل الرسالة الواحدة # ملف على الأكثر. أرسلها أولًا.`,
      }),
    filesTooBig: (name: string, limit: number) => `لم يُرفق «${b(name)}»: لا يمكن أن يتجاوز مجموع أحجام ملفات الرسالة الواحدة ${size(limit)}.`,
    messageTooLong: (bytes: number, limit: number) =>
      `حجم هذه الرسالة ${sizeAgainst(bytes, limit, locale)}؛ والحد الأقصى لحجم الرسالة ${size(limit)}. اختصرها، أو أرفق النص كملف.`,

    // ——— <iac-attachment> ———
    download: 'تنزيل',
    downloadFile: (name: string) => `تنزيل ${b(name)}`,
    downloadFailed: (name: string) => `تعذّر تنزيل ${b(name)}. حاول مرة أخرى.`,

    // ——— <iac-quick-switcher> ———
    jumpToChat: 'الانتقال إلى محادثة',
    jumpToAgent: 'الانتقال إلى وكيل أو محادثة',
    jumpPlaceholder: 'انتقل إلى وكيل أو محادثة…',
    agentsAndChats: 'الوكلاء والمحادثات',
    noAgentMatches: (query: string) => `لا يوجد وكيل يطابق «${b(query)}».`,
    switcherKeys: '↑↓ للتنقل · Enter للفتح · Esc للإغلاق',

    // ——— <iac-settings> ———
    loadingSettings: 'جارٍ تحميل إعداداتك…',
    notifications: 'الإشعارات',
    notificationsHint: 'للرسائل الجديدة التي تصل أثناء إخفاء الدردشة أو علامة تبويبها. المحادثات المكتومة لا تُنبّه.',
    desktopNotifications: 'إشعارات سطح المكتب',
    playSound: 'تشغيل صوت هادئ',
    sendingTitle: 'الإرسال',
    enterSends: 'مفتاح Enter يرسل الرسالة',
    shiftEnterNewLine: 'Shift+Enter يبدأ سطرًا جديدًا',
    keySends: (keys: string) => `${b(keys)} يرسل الرسالة`,
    enterNewLine: 'مفتاح Enter يبدأ سطرًا جديدًا',
    theme: 'المظهر',
    themeHost: 'مطابق للصفحة',
    themeLight: 'فاتح',
    themeDark: 'داكن',
    language: 'اللغة',
    languageAutomatic: 'تلقائي',
    languageHint: 'الخيار التلقائي يتبع لغة متصفحك.',
    languageSetByPage: 'هذه الصفحة هي التي تحدد لغة الدردشة.',
    resetAll: 'إعادة ضبط جميع الإعدادات',
    allSettingsReset: 'عادت جميع الإعدادات إلى قيمها الافتراضية.',
    desktopUnavailable: 'إشعارات سطح المكتب غير متاحة هنا.',
    soundUnavailable: 'الصوت غير متاح هنا.',
    settingsUnread: (reason: string) => `تعذّرت قراءة إعداداتك المحفوظة (${b(withoutFullStop(reason))})، لذا تُستخدم القيم الافتراضية حاليًا.`,
    shortcutsUnread: (reason: string) => `تعذّرت قراءة اختصاراتك المحفوظة (${b(withoutFullStop(reason))})، لذا تُستخدم الاختصارات الافتراضية حاليًا.`,
    settingsUnsaved: (reason: string) => `تعذّر حفظ إعداداتك (${b(withoutFullStop(reason))}). ستبقى سارية حتى إعادة تحميل الصفحة.`,

    // ——— keyboard shortcuts (settings) ———
    keyboardShortcuts: 'اختصارات لوحة المفاتيح',
    shortcutsWorkInFlex: 'تعمل في أي مكان داخل Flex، مثل اختصارات Flex نفسها.',
    allShortcutsOff: 'جميع الاختصارات متوقفة.',
    shortcutsOn: 'الاختصارات مفعّلة.',
    turnShortcutsOn: 'إعادة تشغيل الاختصارات',
    turnShortcutsOff: 'إيقاف جميع الاختصارات',
    resetShortcuts: 'إعادة ضبط الاختصارات',
    shortcutsReset: 'عادت الاختصارات إلى قيمها الافتراضية.',
    flexTurnOffHint: 'إيقافها يوقف اختصارات Flex أيضًا. وإعادة تشغيلها تتطلب إعادة تحميل Flex.',
    shortcutsOffUntilReload: 'جميع الاختصارات متوقفة في جلسة Flex هذه، بما فيها اختصارات Flex، لذا لا يمكن تغييرها الآن. تعود عندما تعيد تشغيلها ثم تعيد تحميل Flex.',
    flexShortcuts: 'اختصارات Flex',
    pluginShortcuts: 'اختصارات الإضافات الأخرى',
    readOnly: '(للقراءة فقط)',
    columnAction: 'الإجراء',
    columnKeys: 'المفاتيح',
    pressNewKeys: 'اضغط المفاتيح الجديدة…',
    noKey: 'بلا مفتاح',
    keyOff: 'متوقف',
    change: 'تغيير',
    setKeys: 'تعيين المفاتيح',
    remove: 'إزالة',
    changeKeysFor: (shortcut: string) => `تغيير مفاتيح ${b(shortcut)}`,
    removeKeysFor: (shortcut: string) => `إزالة مفاتيح ${b(shortcut)}`,
    ignoreRepeats: 'تجاهل التكرار',
    ignoreRepeatsOf: (shortcut: string) => `تجاهل تكرار ${b(shortcut)} خلال`,
    throttleOff: 'لا',
    throttle: (ms: number) => seconds(ms),
    repeatsIgnored: (ms: number) => `يُتجاهل الآن التكرار خلال ${seconds(ms)}.`,
    repeatsAllowed: 'لم يعد التكرار يُتجاهل.',
    shortcutNowOn: (shortcut: string, keys: string) => `${b(shortcut)}: ${b(keys)}.`,
    shortcutHasNoKey: (shortcut: string) => `أصبح «${b(shortcut)}» بلا مفتاح.`,
    shortcutsBackOnReload: 'تعود الاختصارات للعمل عند إعادة تحميل Flex. أعد تحميل الصفحة لاستخدامها أو تغييرها.',
    notAKey: 'هذا ليس مفتاحًا يمكن للدردشة استخدامه.',
    heldBy: (keys: string, holder: string) => `${b(keys)} مخصّص لـ${holder}. اختر مفتاحًا آخر.`,
    heldByOurs: (keys: string, shortcut: string) => `${b(keys)} مخصّص بالفعل لـ«${b(shortcut)}». اختر مفتاحًا آخر، أو غيّر ذلك الاختصار أولًا.`,
    flexHolder: (shortcut: string) => `«${b(shortcut)}» في Flex`,
    pluginHolder: (shortcut: string) => `«${b(shortcut)}» من إضافة أخرى`,
    defaultKeyTaken: (keys: string, holder: string, shortcut: string) => `${b(keys)} مخصّص لـ${holder}، لذا أصبح «${b(shortcut)}» بلا مفتاح. اختر مفتاحًا أدناه.`,
    savedKeyTaken: (keys: string, shortcut: string, holder: string, current: string | null) =>
      `${b(keys)}، وهو مفتاحك لـ«${b(shortcut)}»، أصبح الآن مخصّصًا لـ${holder}، لذا ${current ? `عاد «${b(shortcut)}» إلى ${b(current)}` : `أصبح «${b(shortcut)}» بلا مفتاح`}.`,
    pressFlexKey: 'اضغط حرفًا أو رقمًا: يضيف Flex المفتاحين Ctrl+Shift. مفتاح Escape للإلغاء.',
    flexKeysOnly: 'اختصارات Flex هي Ctrl+Shift مع حرف أو رقم واحد.',
    browserKeeps: (keys: string, key: BrowserKey) => `${b(keys)} ${browserKeeps[key]} في المتصفح. اختر مفتاحًا آخر.`,
    spokenKeys: {
      Command: 'الأمر',
      Control: 'التحكم',
      Option: 'الاختيار',
      Ctrl: 'Ctrl',
      Alt: 'Alt',
      Shift: 'Shift',
      ArrowUp: 'السهم لأعلى',
      ArrowDown: 'السهم لأسفل',
      ArrowLeft: 'السهم لليسار',
      ArrowRight: 'السهم لليمين',
      Escape: 'Escape',
    },
    shortcutOpenChat: 'فتح الدردشة الداخلية',
    shortcutQuickSwitcher: 'المبدّل السريع',
    shortcutNextUnread: 'المحادثة التالية التي فيها رسائل غير مقروءة',
    shortcutPreviousUnread: 'المحادثة السابقة التي فيها رسائل غير مقروءة',
    shortcutFocusComposer: 'كتابة رسالة',
    shortcutJumpToLatest: 'الانتقال إلى أحدث رسالة',
    shortcutAttachFiles: 'إرفاق ملفات',
    shortcutTogglePin: 'تثبيت المحادثة أو إلغاء تثبيتها',

    // ——— words from the services ———
    couldNotNotAllowed: (action: string) =>
      `تعذّر ${action}: حسابك لا يملك الإذن بذلك. اطلب من مسؤول Flex مراجعة أدوار الدردشة (${b('npx internal-agent-chat setup')}).`,
    couldNotPermission: (action: string, what: string, permission: string) =>
      `تعذّر ${action}: لا يُسمح للوكلاء بأن ${what} في خدمة الدردشة هذه. اطلب من مسؤول Flex منح إذن Conversations «${b(permission)}» (يفعل ذلك ${b('npx internal-agent-chat setup')}).`,
    mayCreateConversation: 'يبدؤوا محادثات جديدة',
    mayAddParticipant: 'يضيفوا أشخاصًا إلى محادثة',
    maySendMessage: 'يرسلوا رسائل',
    maySendMediaMessage: 'يرسلوا مرفقات',
    mayEditOwnMessage: 'يعدّلوا رسائلهم',
    mayDeleteOwnMessage: 'يحذفوا رسائلهم',
    mayLeaveConversation: 'يغادروا المحادثات',
    mayEditConversationName: 'يغيّروا اسم محادثة',
    actionClearOld: 'مسح المحادثات القديمة',
    couldNotParticipants: (action: string) => `تعذّر ${action}: بلغت هذه المحادثة الحد الأقصى للمشاركين في Twilio.`,
    couldNotConversations: (action: string) =>
      `تعذّر ${action}: أحدكما مشارك بالفعل في ${conversations(1000)}، وهو الحد الأقصى في Twilio. يجب إزالة المحادثات القديمة أولًا.`,
    couldNotOffline: (action: string) => `تعذّر ${action}: أنت غير متصل بالإنترنت. سيعمل ذلك مجددًا عند عودة الاتصال.`,
    couldNot: (action: string, detail: string | null) => `تعذّر ${action}${detail ? ` (${b(withoutFullStop(detail))})` : ''}. حاول مرة أخرى بعد لحظات.`,
    actionStart: 'بدء الدردشة',
    actionSearch: 'البحث في الدليل',
    actionOpen: 'فتح هذه المحادثة',
    actionLatest: 'تحميل أحدث الرسائل',
    actionOlder: 'تحميل الرسائل الأقدم',
    actionNewer: 'تحميل الرسائل الأحدث',
    actionSend: 'إرسال هذه الرسالة',
    actionEdit: 'تعديل رسالتك',
    actionDelete: 'حذف رسالتك',
    actionSavePins: 'حفظ المحادثات المثبّتة',
    actionCreateGroup: 'إنشاء المجموعة',
    actionAddPeople: 'إضافة أشخاص إلى المجموعة',
    actionLeaveGroup: 'مغادرة المجموعة',
    groupNeedsName: 'أعطِ المجموعة اسمًا.',
    groupNeedsPeople: 'أضف شخصين على الأقل: المحادثة مع شخص واحد محادثة مباشرة.',
    groupTooLarge: (max: number) => `تتسع المجموعة لـ${max} شخصًا على الأكثر، وأنت منهم.`,
    groupGone: 'لم تعد هذه المجموعة من محادثاتك.',
    chatCrossed: 'بدأ الوكيل الآخر هذه المحادثة في اللحظة نفسها ولم تصل في الوقت المناسب',
    chatNotOpened: 'تعذّر فتح المحادثة',
    actionSaveMuted: 'حفظ المحادثات المكتومة',
    chatViewOpening: 'جارٍ فتح المحادثة…',
    chatViewNotLoaded: (file: string) =>
      `تعذّر تحميل المحادثة: لم يصل ${b(file)}. تحقّق من الاتصال ثم أعد المحاولة. إن تكرّر ذلك، فاطلب من مسؤول Flex لديك التحقّق من أن ملفات الإضافة مستضافة معًا.`,
    languageNotLoaded: (language: string) => `تعذّر تحميل ${b(language)}، لذلك تبقى المحادثة بلغتها الحالية. تحقّق من الاتصال ثم أعد تحميل الصفحة.`,
    chatIntruded: (name: string) =>
      `يوجد شخص آخر في هذه المحادثة غيرك أنت و${b(name)}، لذلك لا تُعرض. اكتب هنا لبدء محادثة جديدة مع ${b(name)} وحده.`,
    budgetFull: (inUse: number, limit: number, idleDays: number) =>
      `أنت مشارك في ${number(inUse)} من أصل ${conversations(limit)} يسمح بها Twilio. لا يمكن بدء محادثات جديدة حتى تغادر بعضها: ألغِ تثبيت المحادثات التي لم تعد تحتاج إليها؛ تُزال المحادثات القديمة بعد ${days(idleDays)} من عدم النشاط.`,
    budgetWarn: (inUse: number, limit: number, idleDays: number) =>
      `أنت مشارك في ${number(inUse)} من أصل ${conversations(limit)} يسمح بها Twilio. تُزال المحادثات القديمة بعد ${days(idleDays)} من عدم النشاط؛ ألغِ تثبيت المحادثات التي لم تعد تحتاج إليها.`,
    noDesktopNotifications: 'لا يوفّر هذا المتصفح إشعارات سطح المكتب.',
    notificationsBlocked: 'يحظر المتصفح الإشعارات من هذا الموقع. اسمح بها من إعدادات الموقع (الرمز بجوار العنوان)، ثم فعّل هذا الخيار مرة أخرى.',
    notificationsNotAllowedYet: 'لم يُمنح المتصفح إذنًا بعرض الإشعارات بعد. فعّل هذا الخيار مرة أخرى ليُطلب منك الإذن.',
    noSound: 'لا يستطيع هذا المتصفح تشغيل الأصوات.',
    soundFailed: (reason: string) => `تعذّر تشغيل الصوت (${b(withoutFullStop(reason))}).`,
    newMessage: 'رسالة جديدة',

    // ——— the portal's token endpoint: in portal/ (the Flex plugin ships without them) ———
    ...portalWords(),

    // ——— the widget's own shortcuts: in widget-keys/ (the Flex plugin ships without them) ———
    ...widgetKeyWords(),

    // ——— Flex (the plugin's link and notifications) ———
    flexLink: 'الدردشة الداخلية',
    unreadMessages: (n: number) =>
      count(n, { one: 'رسالة واحدة غير مقروءة', two: 'رسالتان غير مقروءتين', few: '# رسائل غير مقروءة', many: '# رسالة غير مقروءة', other: '# رسالة غير مقروءة' }),
    messageNotSentTo: (name: string) => `لم تُرسل رسالة إلى ${b(name)}.`,
    flexNoChatClient: 'لا يملك Flex اتصال دردشة في هذه الجلسة؛ أعد تحميل Flex، وإن تكرر ذلك فاطلب المساعدة من مسؤول Flex',
    flexNoDirectory: 'دليل الوكلاء غير متاح: لا يملك Flex اتصال insights في هذه الجلسة؛ ما زالت محادثاتك تعمل، وقد تعيده إعادة تحميل Flex',
  };
}
