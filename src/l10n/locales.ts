/** The languages the chat ships, and how a language tag (`es-MX`, `ar`) finds one of them. */

export const LOCALES = ['en', 'es', 'ar'] as const;
export type LocaleId = (typeof LOCALES)[number];

/** Each language named in itself, as a language menu shows it. */
export const LANGUAGE_NAMES: Readonly<Record<LocaleId, string>> = { en: 'English', es: 'Español', ar: 'العربية' };

const RIGHT_TO_LEFT: ReadonlySet<LocaleId> = new Set(['ar']);

export function directionOf(id: LocaleId): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(id) ? 'rtl' : 'ltr';
}

/** The shipped language a tag asks for ('es-MX' → 'es'), or null. */
export function matchLocale(tag: string | null | undefined): LocaleId | null {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LOCALES.find((id) => id === language) ?? null;
}

/** The chosen language and the tag to format dates and numbers with (a region kept: `es-MX`, `en-GB`). */
export interface ResolvedLocale {
  readonly id: LocaleId;
  readonly tag: string;
}

/**
 * The first of `wanted` that a shipped language answers, English when none does. The tag keeps
 * a region when one was asked for, or when the browser's own tag has one for the same language,
 * so an English agent in London still reads 14:05.
 */
export function resolveLocale(wanted: ReadonlyArray<string | null | undefined>, browser: readonly string[] = browserLanguages()): ResolvedLocale {
  for (const tag of wanted) {
    const id = matchLocale(tag);
    if (!id) continue;
    const regional = [tag!, ...browser].find((candidate) => matchLocale(candidate) === id && /[-_]/.test(candidate) && isTag(candidate));
    return { id, tag: regional ? canonical(regional) : id };
  }
  return { id: 'en', tag: 'en' };
}

export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
}

/**
 * The languages a chat wants, most wanted first: the `lang` its page set on it, the person's
 * choice in Settings (`'auto'`: none), then the browser's.
 */
export function wantedLanguages(chosen: string, pageLang: string | null = null): Array<string | null> {
  return [pageLang, chosen === 'auto' ? null : chosen, ...browserLanguages()];
}

function isTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag.replace('_', '-')).length === 1;
  } catch {
    return false;
  }
}

function canonical(tag: string): string {
  return Intl.getCanonicalLocales(tag.replace('_', '-'))[0]!;
}
