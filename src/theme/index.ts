/** Theme tokens for `<internal-agent-chat>` and its parts: the documented set, light and dark. */
export {
  THEME_TOKENS,
  INTERNAL_PROPERTIES,
  LIGHT_THEME,
  DARK_THEME,
  applyTheme,
  themeCss,
  type ThemeToken,
  type ThemeTokens,
  type TokenGroup,
} from './tokens.js';
