/**
 * `@customElement(tag)`, as Lit's, except that a tag already defined is left as it is. A page
 * can load the widget twice — a Flex release listing the plugin twice, a portal bundle beside
 * the plugin — and the second `customElements.define` of a tag would throw and stop that copy
 * dead. The first definition serves both: the elements are the same code. Defining one also
 * registers the theme tokens' defaults (src/theme/token-defaults.ts), which its styles read.
 */
import { registerTokenDefaults } from '../../theme/token-defaults.js';

type ElementClass = CustomElementConstructor;

export const customElement =
  (tag: string) =>
  (elementClass: ElementClass, context?: ClassDecoratorContext): void => {
    const define = () => {
      registerTokenDefaults();
      if (!customElements.get(tag)) customElements.define(tag, elementClass);
    };
    if (context) context.addInitializer(define);
    else define();
  };
