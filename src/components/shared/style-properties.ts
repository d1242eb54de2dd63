/**
 * Styles set from code through CSSOM (`element.style.setProperty`), never as a `style`
 * attribute: a strict Content-Security-Policy (`style-src 'self'`) refuses inline style
 * attributes, `setAttribute('style', …)` included, but allows CSSOM. lit's `styleMap` writes the
 * attribute on its first render, so every element there would be a violation.
 *
 *   html`<span class="avatar" ${styleProperties({ '--iac-avatar-hue': '210' })}></span>`
 */
import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** CSS property names as CSS spells them (`padding-block-start`, `--iac-avatar-hue`), and their values. */
export type StyleProperties = Readonly<Record<string, string>>;

class StylePropertiesDirective extends Directive {
  #set: StyleProperties = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProperties() goes on an element: <span ${styleProperties({…})}>');
  }

  render(_properties: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [StyleProperties]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of Object.keys(this.#set)) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) if (this.#set[name] !== value) style.setProperty(name, value);
    this.#set = properties;
    return noChange;
  }
}

export const styleProperties = directive(StylePropertiesDirective);
