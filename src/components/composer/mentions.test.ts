/**
 * The composer's `@` list, typed with real keys: what it offers, how the keyboard moves through
 * it and picks, and whom the send says the text mentions.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Agent } from '../../services/directory/ports.js';
import type { IacSendEvent } from '../../events/send.js';
import { chord } from '../../../test/helpers/chord.js';
import './composer.js';
import type { IacComposer } from './composer.js';

const agent = (identity: string, displayName: string): Agent => ({ identity, displayName, activity: 'Available' });
const GROUP = [agent('bob', 'Bob Smith'), agent('maria.garcia', 'María García'), agent('dev', 'Dev Patel')];

const textbox = (el: IacComposer) => el.shadowRoot!.querySelector('textarea')!;
const list = (el: IacComposer) => el.shadowRoot!.querySelector('[role="listbox"]');
const offered = (el: IacComposer) => [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((option) => option.textContent!.trim().replace(/^\S+\s+/, ''));
const selected = (el: IacComposer) => el.shadowRoot!.querySelector('[role="option"][aria-selected="true"]')?.textContent!.trim().replace(/^\S+\s+/, '');

async function composer(mentionable: readonly Agent[] = GROUP): Promise<IacComposer> {
  const el = await fixture<IacComposer>(html`<iac-composer .mentionable=${mentionable}></iac-composer>`);
  el.focus();
  await el.updateComplete;
  return el;
}

async function press(el: IacComposer, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function typeText(el: IacComposer, text: string) {
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('iac-composer mentions', () => {
  it('offers the members after @, narrows them as the name is typed, and the arrow keys move through them', async () => {
    const el = await composer();
    await typeText(el, 'Hi @');
    expect(list(el)?.getAttribute('aria-label')).to.equal('People to mention');
    expect(offered(el)).to.deep.equal(['Bob Smith', 'Dev Patel', 'María García']);
    expect(textbox(el).getAttribute('aria-controls')).to.equal('mentions');
    expect(textbox(el).getAttribute('aria-activedescendant')).to.equal('mention-0');
    await expect(el).to.be.accessible();

    await typeText(el, 'mar');
    expect(offered(el), 'accents aside').to.deep.equal(['María García']);
    await press(el, 'Backspace');
    await press(el, 'Backspace');
    await press(el, 'Backspace');
    await press(el, 'ArrowDown');
    expect(selected(el)).to.equal('Dev Patel');
    expect(textbox(el).getAttribute('aria-activedescendant')).to.equal('mention-1');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(selected(el), 'wraps around').to.equal('María García');
    expect(el.matches(':focus-within'), 'focus stays in the textbox').to.equal(true);
  });

  it('puts the chosen name in the text with Enter, without sending, and the send says whom it mentions', async () => {
    const el = await composer();
    await typeText(el, 'Hi @de');
    let sent = false;
    el.addEventListener('iac-send', () => (sent = true), { once: true });
    await press(el, 'Enter');
    expect(sent, 'Enter picked, it did not send').to.equal(false);
    expect(el.value).to.equal('Hi @Dev Patel ');
    expect(list(el)).to.equal(null);
    expect(textbox(el).hasAttribute('aria-activedescendant')).to.equal(false);
    await chord('Control+KeyZ');
    await el.updateComplete;
    expect(el.value, 'undo takes the pick back, as typing').to.equal('Hi @de');
    await chord('Control+Shift+KeyZ');
    await el.updateComplete;
    expect(el.value).to.equal('Hi @Dev Patel ');

    await typeText(el, 'and @bo');
    await press(el, 'Tab');
    await typeText(el, 'take this');
    expect(el.value).to.equal('Hi @Dev Patel and @Bob Smith take this');
    const send = oneEvent(el, 'iac-send') as Promise<IacSendEvent>;
    await press(el, 'Enter');
    const { detail } = await send;
    expect(detail.text).to.equal('Hi @Dev Patel and @Bob Smith take this');
    expect(detail.mentions, 'in the order the text names them').to.deep.equal(['dev', 'bob']);
  });

  it('closes with Escape, which goes no further, and stays closed for that @', async () => {
    const el = await composer();
    let escapedOut = false;
    el.parentElement!.addEventListener('keydown', (event) => (escapedOut ||= event.key === 'Escape'));
    await typeText(el, '@b');
    expect(offered(el)).to.deep.equal(['Bob Smith']);
    await press(el, 'Escape');
    expect(list(el)).to.equal(null);
    expect(escapedOut).to.equal(false);
    await typeText(el, 'o');
    expect(list(el), 'still closed').to.equal(null);
    await typeText(el, ' @');
    expect(offered(el), 'a new @ offers again').to.have.length(3);
    await press(el, 'Escape');
    await press(el, 'Escape');
    expect(escapedOut, 'a second Escape, with the list closed, is the page’s').to.equal(true);
  });

  it('offers no one in a direct chat, nor for an @ inside a word, nor when no name matches; a name typed by hand still mentions', async () => {
    const direct = await composer([]);
    await typeText(direct, '@');
    expect(list(direct)).to.equal(null);
    expect(textbox(direct).hasAttribute('aria-autocomplete')).to.equal(false);

    const el = await composer();
    expect(textbox(el).getAttribute('aria-autocomplete')).to.equal('list');
    await typeText(el, 'mail bob@');
    expect(list(el), 'an address').to.equal(null);
    await typeText(el, ' @zed');
    expect(list(el), 'no one matches').to.equal(null);
    await press(el, 'Enter');
    const send = oneEvent(el, 'iac-send') as Promise<IacSendEvent>;
    el.value = 'Thanks @maría garcía, and @Bob Smithers';
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
    expect((await send).detail.mentions, 'not Bob: "Smithers" is another name').to.deep.equal(['maria.garcia']);
  });

  it('mentions "Bob Smith" alone when a "Bob" is in the group too, and Shift+Tab leaves the list for the page', async () => {
    const el = await composer([...GROUP, agent('bob.jr', 'Bob')]);
    await typeText(el, '@bob');
    expect(offered(el)).to.include.members(['Bob', 'Bob Smith']);
    await chord('Shift+Tab');
    await el.updateComplete;
    expect(el.value, 'Shift+Tab picks no one').to.equal('@bob');
    el.focus();
    el.value = 'Thanks @Bob Smith, and @Bob too';
    await el.updateComplete;
    const send = oneEvent(el, 'iac-send') as Promise<IacSendEvent>;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
    expect((await send).detail.mentions).to.deep.equal(['bob', 'bob.jr']);
    el.value = 'Over to @Bob Smith';
    await el.updateComplete;
    const again = oneEvent(el, 'iac-send') as Promise<IacSendEvent>;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="send-button"]')!.click();
    expect((await again).detail.mentions, 'not also the "Bob" his name starts with').to.deep.equal(['bob']);
  });
});
