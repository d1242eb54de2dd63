/** Theme tokens for `<internal-agent-chat>` and its parts: the documented set, light and dark. */
export {
  INTERNAL_PROPERTIES,
  LIGHT_THEME,
  DARK_THEME,
  applyTheme,
  themeCss,
  type ThemeTokens,
  type TokenGroup,
  type TokenName,
} from './tokens.js';
