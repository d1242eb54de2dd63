/** The widget's own shortcut words in Arabic (see ./en.ts). */
import type { KeptKey } from '../../shortcuts/widget-notation.js';
import type { WidgetKeyWords } from './en.js';
import { isolate as b } from '../bidi.js';

export function widgetKeyWords(): WidgetKeyWords {
  // Each with its preposition: "محجوز للنسخ", not "لـالنسخ".
  const keptFor: Record<KeptKey, string> = {
    'Mod+C': 'للنسخ',
    'Mod+V': 'للصق',
    'Mod+X': 'للقص',
    'Mod+A': 'لتحديد النص كله',
    'Mod+Z': 'للتراجع',
    'Mod+Shift+Z': 'للإعادة',
    'Mod+Y': 'للإعادة',
    'Mod+Enter': 'لإرسال رسالة',
    'Mod+W': 'لإغلاق علامة التبويب',
    'Mod+T': 'لفتح علامة تبويب',
    'Mod+Shift+T': 'لإعادة فتح علامة تبويب مغلقة',
    'Mod+N': 'لفتح نافذة',
    'Mod+Shift+N': 'لفتح نافذة خاصة',
    'Mod+Q': 'لإنهاء المتصفح',
    'Mod+R': 'لإعادة تحميل الصفحة',
    'Mod+F': 'للبحث في الصفحة',
    'Mod+L': 'لشريط العنوان',
    'Mod+P': 'للطباعة',
    'Mod+S': 'لحفظ الصفحة',
    'Alt+F4': 'لإغلاق النافذة',
  };
  return {
    shortcutsWorkInChat: (openChat: string) => `تعمل عندما يكون المؤشر داخل الدردشة؛ أما «${b(openChat)}» فيعمل في أي مكان من الصفحة.`,
    pressedTooSoon: (shortcut: string) => `ضُغط «${b(shortcut)}» مرة أخرى بسرعة كبيرة، لذا تم تجاهل هذه الضغطة.`,
    pressKeysWith: (apple: boolean) => `اضغط المفاتيح الجديدة مع ${apple ? '⌘ أو ⌃ أو ⌥' : 'Ctrl أو Alt'}. مفتاح Escape للإلغاء.`,
    keysForTyping: (apple: boolean) => `استخدم ${apple ? '⌘ أو ⌃ أو ⌥' : 'Ctrl أو Alt'} مع مفتاح آخر: المفاتيح وحدها مخصّصة للكتابة.`,
    keptFor: (keys: string, key: KeptKey) => `${b(keys)} محجوز ${keptFor[key]}. اختر مفتاحًا آخر.`,
  };
}
