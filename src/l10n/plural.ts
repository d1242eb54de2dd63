/** Plural-aware words for catalogs: the form comes from `Intl.PluralRules`, the digits from `Intl.NumberFormat`. */
import { numberFormat } from './format-size.js';

/** A form per plural category the language has (Arabic has all six); `#` stands for the count. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>>> & { readonly other: string };

/** Returns `(count, forms) => words` for `locale`. */
export function plurals(locale: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  const number = numberFormat(locale);
  return (count, forms) => (forms[rules.select(count)] ?? forms.other).replaceAll('#', number.format(count));
}
