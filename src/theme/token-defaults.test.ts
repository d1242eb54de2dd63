import { expect, fixture, html } from '@open-wc/testing';
import '../components/composer/composer.js';
import type { IacComposer } from '../components/composer/composer.js';
import { registerTokenDefaults } from './token-defaults.js';
import { LIGHT_THEME } from './tokens.js';

/** A composer with text in it, so its Send button shows the accent. */
async function composerWithText(template = html`<iac-composer></iac-composer>`): Promise<IacComposer> {
  const wrapper = await fixture<HTMLElement>(template);
  const composer = wrapper.localName === 'iac-composer' ? (wrapper as IacComposer) : wrapper.querySelector('iac-composer')!;
  const textbox = composer.shadowRoot!.querySelector('textarea')!;
  textbox.value = 'hello';
  textbox.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await composer.updateComplete;
  return composer;
}

const sendButton = (composer: IacComposer) => composer.shadowRoot!.querySelector('[part="send-button"]')!;

describe('theme token defaults', () => {
  it("an element on a page that sets no token looks like Paste: the table's light values, not the browser's", async () => {
    const composer = await composerWithText();
    expect(getComputedStyle(sendButton(composer)).backgroundColor).to.equal('rgb(2, 99, 224)'); // --iac-color-brand, #0263e0
    expect(getComputedStyle(composer).color).to.equal('rgb(18, 28, 45)'); // --iac-color-text, #121c2d
    for (const [name, value] of Object.entries(LIGHT_THEME)) {
      expect(getComputedStyle(composer).getPropertyValue(name).trim(), name).to.equal(value);
    }
  });

  it('a value the page sets still reaches the elements', async () => {
    const composer = await composerWithText(html`<div style="--iac-color-brand: rgb(1, 2, 3)"><iac-composer></iac-composer></div>`);
    expect(getComputedStyle(sendButton(composer)).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('an element token still wins over its system token', async () => {
    const composer = await composerWithText(html`<div style="--iac-color-brand: rgb(1, 2, 3); --iac-composer-brand-color: rgb(4, 5, 6)"><iac-composer></iac-composer></div>`);
    expect(getComputedStyle(sendButton(composer)).backgroundColor).to.equal('rgb(4, 5, 6)');
  });

  it('a second copy of the widget on the page (its own module) registers nothing twice and breaks nothing', async () => {
    // The same file under another URL: a module of its own, as another bundle's copy would be.
    const secondCopy: string = './token-defaults.ts?second-copy';
    const copy = (await import(secondCopy)) as { registerTokenDefaults(): void };
    expect(() => copy.registerTokenDefaults()).not.to.throw();
    expect(() => registerTokenDefaults()).not.to.throw();
    const composer = await composerWithText();
    expect(getComputedStyle(sendButton(composer)).backgroundColor).to.equal('rgb(2, 99, 224)');
  });
});
