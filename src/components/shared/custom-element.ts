/**
 * `@customElement(tag)`, as Lit's, except that a tag already defined is left as it is. A page
 * can load the widget twice — a Flex release listing the plugin twice, a portal bundle beside
 * the plugin — and the second `customElements.define` of a tag would throw and stop that copy
 * dead. The first definition serves both: the elements are the same code.
 */
type ElementClass = CustomElementConstructor;

export const customElement =
  (tag: string) =>
  (elementClass: ElementClass, context?: ClassDecoratorContext): void => {
    const define = () => {
      if (!customElements.get(tag)) customElements.define(tag, elementClass);
    };
    if (context) context.addInitializer(define);
    else define();
  };
