/**
 * The person's theme choice, applied on the widget host as a stylesheet in its own shadow root:
 * `:host { --iac-…: … !important }`. Important declarations inside a shadow root outrank the
 * page's, inline styles included, so "Light" or "Dark" holds even where the host sets tokens
 * itself (the Flex plugin follows Flex's theme with inline custom properties). "Follow the page"
 * empties the sheet and the host's tokens apply again.
 */
import { DARK_THEME, LIGHT_THEME, type ThemeTokens } from '../../theme/index.js';
import type { ThemeChoice } from '../../services/settings.js';

const TOKENS: Record<ThemeChoice, ThemeTokens> = { host: {}, light: LIGHT_THEME, dark: { ...LIGHT_THEME, ...DARK_THEME } };

export class ThemeSheet {
  readonly sheet = new CSSStyleSheet();
  #choice: ThemeChoice | undefined;

  apply(choice: ThemeChoice): void {
    if (choice === this.#choice) return;
    this.#choice = choice;
    const declarations = Object.entries(TOKENS[choice]).map(([name, value]) => `${name}: ${value} !important;`);
    this.sheet.replaceSync(declarations.length ? `:host { ${declarations.join(' ')} color-scheme: ${choice}; }` : '');
  }
}
