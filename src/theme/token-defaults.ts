/**
 * The tokens' light defaults as the initial values of their custom properties, registered once
 * per page (`CSS.registerProperty`). An element on a page that sets no token looks like Paste;
 * a value the page or a theme sets still inherits and wins; and the styles read `var(--iac-…)`
 * with no fallback typed by hand. Element tokens whose default is a system token keep that one
 * fallback in their styles (`var(--iac-composer-background, var(--iac-color-background))`): an
 * initial value can't name another property.
 */
import { LIGHT_THEME } from './tokens.js';

let registered = false;

export function registerTokenDefaults(): void {
  if (registered) return;
  registered = true;
  for (const [name, light] of Object.entries(LIGHT_THEME)) {
    try {
      CSS.registerProperty({ name, syntax: '*', inherits: true, initialValue: light });
    } catch {
      // Registered already: another copy of the widget on the page (a portal bundle beside the plugin).
    }
  }
}
