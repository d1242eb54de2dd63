import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { IacSendEvent } from '../../events/send.js';
import './composer.js';
import type { IacComposer } from './composer.js';

const part = <T extends Element>(el: IacComposer, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const textbox = (el: IacComposer) => part<HTMLTextAreaElement>(el, 'textarea');
const sendButton = (el: IacComposer) => part<HTMLButtonElement>(el, '[part="send-button"]');
const fileInput = (el: IacComposer) => part<HTMLInputElement>(el, 'input[type="file"]');
const chipNames = (el: IacComposer) => [...el.shadowRoot!.querySelectorAll('.attachment .name')].map((n) => n.textContent);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function file(name: string, content = 'hello', type = 'text/plain'): File {
  return new File([content], name, { type, lastModified: 1_700_000_000_000 });
}

/** A 1×1 PNG, so thumbnails really decode. */
function png(name: string): File {
  const bytes = Uint8Array.from(
    atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
    (c) => c.charCodeAt(0),
  );
  return new File([bytes], name, { type: 'image/png', lastModified: 1_700_000_000_000 });
}

function transfer(...files: File[]): DataTransfer {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  return data;
}

async function type(el: IacComposer, text: string): Promise<void> {
  const area = textbox(el);
  area.value = text;
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

function pressEnter(el: IacComposer, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true, ...init });
  textbox(el).dispatchEvent(event);
  return event;
}

async function pick(el: IacComposer, ...files: File[]): Promise<void> {
  const input = fileInput(el);
  input.files = transfer(...files).files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function drop(el: IacComposer, data: DataTransfer): Promise<DragEvent> {
  const event = new DragEvent('drop', { dataTransfer: data, bubbles: true, composed: true, cancelable: true });
  textbox(el).dispatchEvent(event);
  await el.updateComplete;
  return event;
}

async function paste(el: IacComposer, data: DataTransfer): Promise<ClipboardEvent> {
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true, cancelable: true });
  textbox(el).dispatchEvent(event);
  await el.updateComplete;
  return event;
}

/** Records every iac-send; optionally refuses them as a host would. */
function recordSends(el: IacComposer, refuse = false): IacSendEvent[] {
  const sends: IacSendEvent[] = [];
  el.addEventListener('iac-send', (event) => {
    sends.push(event);
    if (refuse) event.preventDefault();
  });
  return sends;
}

describe('iac-composer', () => {
  it('is accessible when empty', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible with attachments, image and not', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    el.addFiles([png('photo.png'), file('notes.txt')]);
    await type(el, 'Here you go');
    await expect(el).to.be.accessible();
  });

  it('shows a pasted image’s whole name when there is room, and cuts a name only when there is not', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer style="width: 900px"></iac-composer>`);
    await paste(el, transfer(new File([await (await fetch('data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==')).arrayBuffer()], 'image.png', { type: 'image/png' })));
    el.addFiles([file('notes.txt')]);
    await el.updateComplete;
    await sleep(200); // Send has just become enabled: past its colour transition.
    await expect(el).to.be.accessible();
    const names = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.attachment .name')];
    const cut = (name: HTMLElement) => name.scrollWidth > name.clientWidth;
    expect(names()[0].textContent).to.match(/^pasted-image-\d{8}-\d{6}\.png$/);
    expect(names().map(cut), 'every name whole at 900 px').to.deep.equal([false, false]);
    const [first, second] = [...el.shadowRoot!.querySelectorAll('.attachment')].map((chip) => chip.getBoundingClientRect());
    expect(first!.top, 'side by side').to.equal(second!.top);

    el.addFiles([file(`${'quarterly-customer-satisfaction-summary-'.repeat(3)}final.pdf`)]);
    el.style.width = '320px';
    await el.updateComplete;
    const box = part<HTMLElement>(el, '.box').getBoundingClientRect();
    const long = names().at(-1)!;
    expect(cut(long), 'a name longer than the composer is cut').to.equal(true);
    for (const chip of el.shadowRoot!.querySelectorAll('.attachment')) {
      expect(chip.getBoundingClientRect().right, 'inside the composer').to.be.at.most(box.right);
    }
  });

  it('is accessible when disabled', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer disabled></iac-composer>`);
    await expect(el).to.be.accessible();
  });

  it('names its controls "Message", "Attach files", "Send" and "Remove <file>" for assistive technology', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    el.addFiles([file('report.pdf', 'x', 'application/pdf')]);
    await el.updateComplete;
    const area = textbox(el);
    expect(area.labels![0]!.textContent).to.equal('Message');
    expect(area.hasAttribute('aria-label')).to.be.false;
    expect(part(el, '[part="attach-button"]').getAttribute('aria-label')).to.equal('Attach files');
    expect(sendButton(el).textContent!.trim()).to.equal('Send');
    expect(sendButton(el).hasAttribute('aria-label')).to.be.false;
    expect(sendButton(el).querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(part(el, '.remove').getAttribute('aria-label')).to.equal('Remove report.pdf');
    expect(textbox(el).placeholder).to.equal('Write a message…');
  });

  it('sends the trimmed text on Enter and clears itself', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    await type(el, '  Hello team  ');
    setTimeout(() => pressEnter(el));
    const event = await oneEvent<IacSendEvent>(el, 'iac-send');
    expect(event.detail).to.deep.equal({ text: 'Hello team', files: [], mentions: [] });
    expect(event.cancelable).to.be.true;
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(textbox(el).value).to.equal('');
    expect(sendButton(el).disabled).to.be.true;
  });

  it('sends with the Send button', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const sends = recordSends(el);
    await type(el, 'Via button');
    sendButton(el).click();
    expect(sends.map((s) => s.detail.text)).to.deep.equal(['Via button']);
  });

  it('keeps the text and attachments when the host refuses the send', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const sends = recordSends(el, true);
    const attachment = file('a.txt');
    el.addFiles([attachment]);
    await type(el, 'Not yet');
    pressEnter(el);
    await el.updateComplete;
    expect(sends).to.have.length(1);
    expect(el.value).to.equal('Not yet');
    expect(textbox(el).value).to.equal('Not yet');
    expect(el.attachments).to.deep.equal([attachment]);
    expect(chipNames(el)).to.deep.equal(['a.txt']);
  });

  it('does not send on Shift+Enter, which leaves the newline to the textbox', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const sends = recordSends(el);
    await type(el, 'line one');
    const event = pressEnter(el, { shiftKey: true });
    expect(sends).to.be.empty;
    expect(event.defaultPrevented).to.be.false;
  });

  it('with send-with="mod-enter", leaves Enter to the textbox and sends on Ctrl+Enter or ⌘Enter', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer send-with="mod-enter"></iac-composer>`);
    const sends = recordSends(el);
    await type(el, 'line one');
    expect(pressEnter(el).defaultPrevented, 'Enter is a new line').to.be.false;
    expect(sends).to.be.empty;
    expect(pressEnter(el, { ctrlKey: true }).defaultPrevented).to.be.true;
    await type(el, 'from a Mac');
    pressEnter(el, { metaKey: true });
    expect(sends.map((s) => s.detail.text)).to.deep.equal(['line one', 'from a Mac']);
  });

  it('sends on Ctrl+Enter too with the default send-with="enter"', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const sends = recordSends(el);
    await type(el, 'either way');
    pressEnter(el, { ctrlKey: true });
    expect(sends.map((s) => s.detail.text)).to.deep.equal(['either way']);
  });

  it('does not send on Enter during IME composition', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const sends = recordSends(el);
    await type(el, 'にほん');
    const event = pressEnter(el, { isComposing: true });
    expect(sends).to.be.empty;
    expect(event.defaultPrevented).to.be.false;
  });

  it('does not send on the Enter that ends a composition, even when it arrives after compositionend', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const sends = recordSends(el);
    const area = textbox(el);
    area.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    await type(el, '日本');
    pressEnter(el); // a browser that does not set isComposing
    expect(sends).to.be.empty;
    area.dispatchEvent(new CompositionEvent('compositionend', { data: '日本', bubbles: true, composed: true }));
    pressEnter(el); // Safari: keydown right after compositionend
    pressEnter(el, { keyCode: 229 } as KeyboardEventInit);
    expect(sends).to.be.empty;
    await sleep(0);
    pressEnter(el);
    expect(sends.map((s) => s.detail.text)).to.deep.equal(['日本']);
  });

  it('sends nothing when the text is empty or only whitespace and there are no attachments', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const sends = recordSends(el);
    expect(sendButton(el).disabled).to.be.true;
    pressEnter(el);
    await type(el, '  \n\t ');
    expect(sendButton(el).disabled).to.be.true;
    pressEnter(el);
    sendButton(el).click();
    expect(sends).to.be.empty;
    expect(el.value).to.equal('  \n\t ');
  });

  it('sends attachments without text', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const sends = recordSends(el);
    await pick(el, file('only.txt'));
    expect(sendButton(el).disabled).to.be.false;
    pressEnter(el);
    expect(sends[0]!.detail.text).to.equal('');
    expect(sends[0]!.detail.files.map((f) => f.name)).to.deep.equal(['only.txt']);
  });

  it('opens the file picker from "Attach files"', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    let opened = false;
    fileInput(el).addEventListener('click', (event) => {
      opened = true;
      event.preventDefault(); // no real dialog in the test
    });
    part<HTMLButtonElement>(el, '[part="attach-button"]').click();
    expect(opened).to.be.true;
    expect(fileInput(el).multiple).to.be.true;
  });

  it('opens the file picker from openFilePicker() (the "Attach files" shortcut), not when disabled', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    let opened = 0;
    fileInput(el).addEventListener('click', (event) => {
      opened++;
      event.preventDefault();
    });
    el.openFilePicker();
    el.disabled = true;
    await el.updateComplete;
    el.openFilePicker();
    expect(opened).to.equal(1);
  });

  it('sends every file from picker, drop and paste, in order, without duplicates', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const one = file('one.txt', '1');
    const two = file('two.txt', '22');
    await pick(el, one, two);
    expect(fileInput(el).value, 'picker reset so the same file can be picked again').to.equal('');
    const dropEvent = await drop(el, transfer(file('three.txt', '333')));
    expect(dropEvent.defaultPrevented).to.be.true;
    const pasteEvent = await paste(el, transfer(png('four.png')));
    expect(pasteEvent.defaultPrevented).to.be.true;
    // The same files once more: picked again, dropped again, and fed through the API.
    await pick(el, two);
    await drop(el, transfer(file('three.txt', '333')));
    el.addFiles([one, one]);
    await el.updateComplete;
    expect(chipNames(el)).to.deep.equal(['one.txt', 'two.txt', 'three.txt', 'four.png']);

    await type(el, 'All four');
    setTimeout(() => pressEnter(el));
    const { detail } = await oneEvent<IacSendEvent>(el, 'iac-send');
    expect(detail.text).to.equal('All four');
    expect(detail.files.map((f) => f.name)).to.deep.equal(['one.txt', 'two.txt', 'three.txt', 'four.png']);
    expect(detail.files[0]).to.equal(one);
    expect(await detail.files[2]!.text()).to.equal('333');
    await el.updateComplete;
    expect(el.attachments).to.be.empty;
    expect(el.shadowRoot!.querySelector('[part="attachments"]')).to.be.null;
  });

  it('adds files from a host, e.g. a drop on the thread', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const a = file('a.txt');
    el.addFiles(new Set([a]));
    await pick(el, file('b.txt', 'bb'));
    expect(el.attachments.map((f) => f.name)).to.deep.equal(['a.txt', 'b.txt']);
    expect(el.attachments).to.not.equal(el.attachments); // a copy each time: read-only
  });

  it('reflects dragging while files are dragged over it, and debounces dragleave', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const data = transfer(file('a.txt'));
    const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, composed: true, cancelable: true });
    textbox(el).dispatchEvent(over);
    expect(over.defaultPrevented).to.be.true;
    expect(el.hasAttribute('dragging')).to.be.true;
    expect(getComputedStyle(part(el, '.drop-hint')).display).to.not.equal('none');

    // Moving from one child to another: leave, then over again at once. No flicker.
    el.dispatchEvent(new DragEvent('dragleave', { dataTransfer: data, bubbles: true, composed: true }));
    expect(el.hasAttribute('dragging')).to.be.true;
    part(el, '.toolbar').dispatchEvent(
      new DragEvent('dragenter', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }),
    );
    await sleep(150);
    expect(el.hasAttribute('dragging')).to.be.true;

    el.dispatchEvent(new DragEvent('dragleave', { dataTransfer: data, bubbles: true, composed: true }));
    expect(el.hasAttribute('dragging')).to.be.true;
    await sleep(150);
    expect(el.hasAttribute('dragging')).to.be.false;
    expect(getComputedStyle(part(el, '.drop-hint')).display).to.equal('none');
  });

  it('clears dragging on drop', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const data = transfer(file('a.txt'));
    el.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, composed: true, cancelable: true }));
    expect(el.hasAttribute('dragging')).to.be.true;
    await drop(el, data);
    expect(el.hasAttribute('dragging')).to.be.false;
    expect(chipNames(el)).to.deep.equal(['a.txt']);
  });

  it('leaves dragged text and links to the browser', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const data = new DataTransfer();
    data.setData('text/plain', 'just words');
    data.setData('text/uri-list', 'https://example.com/');
    const over = new DragEvent('dragover', { dataTransfer: data, bubbles: true, composed: true, cancelable: true });
    textbox(el).dispatchEvent(over);
    expect(over.defaultPrevented).to.be.false;
    expect(el.hasAttribute('dragging')).to.be.false;
    const dropped = await drop(el, data);
    expect(dropped.defaultPrevented).to.be.false;
    expect(el.attachments).to.be.empty;
  });

  it('pastes plain text as text', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const data = new DataTransfer();
    data.setData('text/plain', 'pasted words');
    const event = await paste(el, data);
    expect(event.defaultPrevented).to.be.false;
    expect(el.attachments).to.be.empty;
  });

  it('names pasted images that come without a name', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const screenshot = new File([png('x').slice()], '', { type: 'image/png' });
    await paste(el, transfer(screenshot));
    await paste(el, transfer(new File([png('y').slice()], 'image.png', { type: 'image/png', lastModified: 5 })));
    const names = el.attachments.map((f) => f.name);
    expect(names).to.have.length(2);
    for (const name of names) expect(name).to.match(/^pasted-image-\d{8}-\d{6}\.png$/);
    expect(el.attachments[0]!.type).to.equal('image/png');
    expect(el.attachments[0]!.size).to.equal(screenshot.size);
  });

  it('shows each attachment with a thumbnail for images, its name and its size', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    el.addFiles([png('photo.png'), file('big.bin', 'x'.repeat(1_468_006), 'application/octet-stream'), file('small.txt', 'x'.repeat(12_288))]);
    await el.updateComplete;
    const chips = [...el.shadowRoot!.querySelectorAll('.attachment')];
    expect(chips).to.have.length(3);
    const thumbnail = chips[0]!.querySelector('img')!;
    expect(thumbnail.src).to.match(/^blob:/);
    expect(thumbnail.alt).to.equal('');
    // (Not decode(): a page the runner keeps in a background tab renders no frames.)
    if (!thumbnail.complete) await new Promise((resolve) => thumbnail.addEventListener('load', resolve, { once: true }));
    expect(thumbnail.naturalWidth).to.equal(1);
    expect(chips[1]!.querySelector('img')).to.be.null;
    expect(chips.map((c) => c.querySelector('.size')!.textContent)).to.deep.equal(['70 bytes', '1.4 MB', '12 kB']);
  });

  it('renders hostile file names as text', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    const name = '<img src=x onerror=alert(1)>.png';
    el.addFiles([file(name, 'not really an image', 'text/plain')]);
    await el.updateComplete;
    const chip = part(el, '.attachment');
    expect(chip.querySelector('.name')!.textContent).to.equal(name);
    expect(chip.querySelectorAll('img')).to.have.length(0);
    expect(part(el, '.remove').getAttribute('aria-label')).to.equal(`Remove ${name}`);
  });

  it('removes the right file, revokes its thumbnail and moves focus to the next chip, then the textbox', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    el.addFiles([file('a.txt'), png('b.png'), file('c.txt', 'ccc')]);
    await el.updateComplete;
    const thumbnailUrl = part<HTMLImageElement>(el, '.thumbnail').src;
    expect((await fetch(thumbnailUrl)).ok).to.be.true;

    const removeB = part<HTMLButtonElement>(el, '[aria-label="Remove b.png"]');
    removeB.focus();
    removeB.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(chipNames(el)).to.deep.equal(['a.txt', 'c.txt']);
    let thumbnailGone = false;
    await fetch(thumbnailUrl).catch(() => (thumbnailGone = true));
    expect(thumbnailGone, 'object URL revoked').to.be.true;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Remove c.txt');

    (el.shadowRoot!.activeElement as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('Remove a.txt');

    (el.shadowRoot!.activeElement as HTMLButtonElement).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.attachments).to.be.empty;
    expect(el.shadowRoot!.activeElement).to.equal(textbox(el));
  });

  it('revokes thumbnails when it disconnects and makes new ones when it comes back', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    el.addFiles([png('b.png')]);
    await el.updateComplete;
    const before = part<HTMLImageElement>(el, '.thumbnail').src;
    const parent = el.parentNode!;
    el.remove();
    let revoked = false;
    await fetch(before).catch(() => (revoked = true));
    expect(revoked).to.be.true;
    parent.append(el);
    await el.updateComplete;
    const after = part<HTMLImageElement>(el, '.thumbnail').src;
    expect(after).to.not.equal(before);
    expect((await fetch(after)).ok).to.be.true;
  });

  it('fires iac-typing when the person types, at most once every 3 seconds', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    let typing = 0;
    el.addEventListener('iac-typing', () => typing++);
    const realNow = Date.now;
    let now = realNow();
    Date.now = () => now;
    try {
      await type(el, 'h');
      await type(el, 'he');
      now += 1000;
      await type(el, 'hel');
      expect(typing).to.equal(1);
      now += 2100;
      await type(el, 'hell');
      expect(typing).to.equal(2);
      el.value = 'set by the host';
      await el.updateComplete;
      expect(typing, 'a restored draft is not typing').to.equal(2);
      // After a send, the next message's first keystroke is announced at once.
      pressEnter(el);
      now += 10;
      await type(el, 'n');
      expect(typing).to.equal(3);
    } finally {
      Date.now = realNow;
    }
  });

  it('takes a draft through value and focuses the textbox through focus()', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer placeholder="Message Ana…"></iac-composer>`);
    expect(textbox(el).placeholder).to.equal('Message Ana…');
    el.value = 'restored draft';
    await el.updateComplete;
    expect(textbox(el).value).to.equal('restored draft');
    expect(sendButton(el).disabled).to.be.false;
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(textbox(el));
    // Native input bubbles out of the shadow root for hosts that save drafts.
    setTimeout(() => type(el, 'restored draft!'));
    await oneEvent(el, 'input');
    expect(el.value).to.equal('restored draft!');
  });

  it('grows with its text up to a limit, then scrolls', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer style="inline-size: 360px"></iac-composer>`);
    const area = textbox(el);
    const oneLine = area.getBoundingClientRect().height;
    await type(el, 'a\nb\nc');
    const threeLines = area.getBoundingClientRect().height;
    expect(threeLines).to.be.greaterThan(oneLine);
    await type(el, Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n'));
    const many = area.getBoundingClientRect().height;
    expect(many).to.be.lessThan(200);
    expect(area.scrollHeight).to.be.greaterThan(area.clientHeight);
  });

  it('is fully off when disabled', async () => {
    const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
    el.addFiles([file('a.txt')]);
    await type(el, 'something');
    el.disabled = true;
    await el.updateComplete;
    expect(el.hasAttribute('disabled')).to.be.true;
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.every((b) => b.disabled)).to.be.true;
    expect(textbox(el).disabled).to.be.true;
    const sends = recordSends(el);
    pressEnter(el);
    expect(sends).to.be.empty;
    const over = new DragEvent('dragover', { dataTransfer: transfer(file('b.txt')), bubbles: true, composed: true, cancelable: true });
    el.dispatchEvent(over);
    expect(over.defaultPrevented, 'still claimed, so the browser does not open the file').to.be.true;
    expect(el.hasAttribute('dragging')).to.be.false;
    await drop(el, transfer(file('b.txt')));
    expect(chipNames(el)).to.deep.equal(['a.txt']);
  });

  describe('with a real keyboard', () => {
    it('tabs through remove buttons, textbox, attach, send', async () => {
      // A Lit fixture: a plain <div> fixture waits for an animation frame, which a background tab never paints.
      const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      el.addFiles([file('a.txt'), file('b.txt', 'bb')]);
      await type(el, 'text');
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 5; i++) {
        await sendKeys({ press: 'Tab' });
        const active = el.shadowRoot!.activeElement as HTMLElement;
        order.push(active.getAttribute('aria-label') ?? active.getAttribute('part') ?? active.tagName);
      }
      expect(order).to.deep.equal(['Remove a.txt', 'Remove b.txt', 'textbox', 'Attach files', 'send-button']);
      expect(getComputedStyle(sendButton(el)).outlineStyle).to.equal('solid');
    });

    it('types, starts a new line with Shift+Enter and sends with Enter', async () => {
      const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
      const sends = recordSends(el);
      el.focus();
      await sendKeys({ type: 'first' });
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Enter' });
      await sendKeys({ up: 'Shift' });
      await sendKeys({ type: 'second' });
      expect(sends).to.be.empty;
      await sendKeys({ press: 'Enter' });
      expect(sends.map((s) => s.detail.text)).to.deep.equal(['first\nsecond']);
      await el.updateComplete;
      expect(textbox(el).value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(textbox(el));
    });

    it('keeps focus in the composer after sending with the Send button', async () => {
      const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
      recordSends(el);
      el.focus();
      await sendKeys({ type: 'hi' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(sendButton(el));
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(textbox(el));
    });
  });

  describe('limits', () => {
    it('refuses files it cannot take, by name and limit, and keeps the others', async () => {
      const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
      el.limits = { maxFiles: 2, maxFileBytes: 100, maxTotalBytes: 1000, maxBodyBytes: 32 * 1024 };
      el.addFiles([new File([], 'empty.txt'), new File(['x'.repeat(200)], 'big.log'), new File(['ok'], 'ok.txt')]);
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('.refusals[role=alert]')!;
      expect(alert.textContent).to.contain('“empty.txt” is empty');
      expect(alert.textContent).to.contain('“big.log” is 200 bytes; a file can be at most 100 bytes.');
      expect(el.attachments.map((f) => f.name)).to.deep.equal(['ok.txt']);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.dismiss')!.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.refusals')).to.equal(null);
    });

    it('refuses programs by name, whatever the case of their extension or their type, and keeps the others', async () => {
      const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
      el.addFiles([
        new File(['MZ'], 'setup.exe'),
        new File(['@echo off'], 'Fix-Printer.BAT'),
        new File(['MZ'], 'installer', { type: 'application/x-msdownload' }),
        new File(['%PDF'], 'invoice.pdf', { type: 'application/pdf' }),
        new File(['a,b'], 'export.csv', { type: 'text/csv' }),
      ]);
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('.refusals[role=alert]')!;
      expect(alert.textContent).to.contain("“setup.exe” wasn't attached: programs (.exe) can't be sent in chat.");
      expect(alert.textContent).to.contain("“Fix-Printer.BAT” wasn't attached: programs (.bat)");
      expect(alert.textContent).to.contain("“installer” wasn't attached: programs (.exe)");
      expect(el.attachments.map((f) => f.name)).to.deep.equal(['invoice.pdf', 'export.csv']);
    });

    it('refuses a dropped folder by name and attaches the files dropped with it', async () => {
      const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
      const data = new DataTransfer();
      data.items.add(new File(['notes'], 'notes.txt', { type: 'text/plain' }));
      // Chromium can't make a folder drop from script (items.add takes only files and strings), so
      // the folder's item is added as Chrome hands one out: a File named after it, a directory entry.
      const folder = { kind: 'file', type: '', getAsFile: () => new File([], 'Reports'), webkitGetAsEntry: () => ({ isDirectory: true }) };
      const items = [...data.items, folder];
      Object.defineProperty(data, 'items', { value: Object.assign(items, { add: () => null }) });
      await drop(el, data);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.refusals')?.textContent).to.contain("“Reports” is a folder, so it wasn't attached. Attach the files inside it.");
      expect(el.attachments.map((f) => f.name)).to.deep.equal(['notes.txt']);
    });

    it('refuses a body over the limit without sending, and keeps the text', async () => {
      const el = await fixture<IacComposer>(html`<iac-composer></iac-composer>`);
      let sent = 0;
      el.addEventListener('iac-send', () => sent++);
      el.value = 'y'.repeat(40 * 1024);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!.click();
      await el.updateComplete;
      expect(sent).to.equal(0);
      expect(el.value).to.have.length(40 * 1024);
      expect(el.shadowRoot!.querySelector('.refusals')?.textContent).to.contain('This message is 40 kB; a message can be at most 32 kB.');
    });
  });
});
