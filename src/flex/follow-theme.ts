/** Flex's dark theme (`ThemeConfigProps.isLight: false`) becomes the widget's dark tokens, now and whenever Flex's configuration changes. */
import { DARK_THEME, applyTheme } from '../theme/index.js';
import type { FlexManager } from './flex-api.js';

export function followTheme(chat: HTMLElement, manager: FlexManager): void {
  let dark: boolean | undefined;
  let undo = () => {};
  const apply = () => {
    const isDark = manager.configuration.theme?.isLight === false;
    if (isDark === dark) return;
    dark = isDark;
    undo();
    undo = isDark ? applyTheme(chat, DARK_THEME) : () => {};
  };
  apply();
  manager.store?.subscribe(apply);
}
