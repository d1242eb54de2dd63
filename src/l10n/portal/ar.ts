/** The portal's words in Arabic (see ./en.ts). */
import { isolate as b } from '../bidi.js';
import type { PortalWords } from './en.js';

export function portalWords(): PortalWords {
  return {
    noChatToken: (detail: string) => `لا يوجد رمز دردشة: ${b(detail)}`,
    signInAgain: (detail: string) => `${b(detail)}؛ أعد تحميل الصفحة لتسجيل الدخول مجددًا`,
    tokenEmpty: 'أعاد مصدر الرمز إجابة فارغة',
    tokenUnreachable: 'تعذّر الوصول إلى خدمة الرموز',
    tokenStatus: (status: number, text: string) => `أجابت خدمة الرموز بالحالة ${b(`${status} ${text}`.trim())}`,
    tokenElsewhere: (origin: string) => `أحالت خدمة الرموز الطلب إلى موقع آخر${origin && ` (${b(origin)})`}`,
    tokenNotJwt: 'أجابت خدمة الرموز بشيء ليس رمز دردشة',
  };
}
