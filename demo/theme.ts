/** The demo follows the system's light or dark preference by setting the widget's tokens. */
import { DARK_THEME, applyTheme } from '../src/theme/index.js';

export function applyDemoTheme(): void {
  const dark = matchMedia('(prefers-color-scheme: dark)');
  let undo = () => {};
  const apply = () => {
    undo();
    undo = dark.matches ? applyTheme(document.documentElement, DARK_THEME) : () => {};
  };
  apply();
  dark.addEventListener('change', apply);
}
