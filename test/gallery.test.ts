import { expect } from '@open-wc/testing';
import { Gallery, parseHash, toHash } from '../demo/gallery/app.js';
import { CUSTOM_THEME_CSS } from '../demo/gallery/custom-theme.js';
import { deepElements, transitionsDone } from '../demo/gallery/settle.js';
import { GALLERY_STATES } from '../demo/gallery/states.js';
import { INTERNAL_PROPERTIES } from '../src/theme/index.js';
import { THEME_TOKENS } from '../src/theme/token-docs.js';

/** Every `--iac-*` name in the styles of the elements under `root` (through shadow roots). */
function customPropertiesIn(root: Element): Set<string> {
  const names = new Set<string>();
  for (const element of deepElements(root)) {
    for (const sheet of element.shadowRoot?.adoptedStyleSheets ?? []) {
      for (const rule of Array.from(sheet.cssRules)) {
        for (const name of rule.cssText.match(/--iac-[a-z0-9-]+/g) ?? []) names.add(name);
      }
    }
  }
  return names;
}

function deepQuery<T extends Element>(root: Element, selector: string): T {
  const found = deepElements(root).find((el) => el.matches(selector));
  if (!found) throw new Error(`Nothing matches ${selector}`);
  return found as T;
}

describe('gallery', function () {
  // Seeding a state (5,000 agents, 1,000 messages) and running axe twice takes a few seconds.
  this.timeout(30_000);

  let host: HTMLElement;
  let gallery: Gallery;
  const problems: string[] = [];
  const originalError = console.error;
  const onError = (event: ErrorEvent) => problems.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(event.reason)}`);
  const used = new Set<string>();

  before(async () => {
    console.error = (...args: unknown[]) => {
      problems.push(args.map(String).join(' '));
      originalError.apply(console, args);
    };
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    host = document.createElement('div');
    document.body.append(host);
    gallery = new Gallery(host, { syncUrl: false });
    await gallery.ready;
  });

  after(async () => {
    await gallery.dispose();
    host.remove();
    console.error = originalError;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  it('has accessible chrome: landmarks, a labelled navigation of every state, labelled switches', async () => {
    await expect(host).to.be.accessible();
    expect(host.querySelector('header')).to.exist;
    expect(host.querySelector('main')).to.exist;
    const nav = host.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Gallery states');
    expect(nav.querySelectorAll('a')).to.have.length(GALLERY_STATES.length);
    expect(nav.querySelectorAll('a[aria-current="page"]')).to.have.length(1);
    const legends = [...host.querySelectorAll('fieldset legend')].map((legend) => legend.textContent);
    expect(legends).to.deep.equal(['Theme', 'Language', 'Direction', 'Width']);
  });

  it('keeps the element, state, theme, language, direction and width in the URL', () => {
    const selection = { element: 'chat-thread', state: 'typing', theme: 'dark', lang: 'en', dir: 'rtl', width: 'narrow' } as const;
    expect(toHash(selection)).to.equal('#element=chat-thread&state=typing&theme=dark&dir=rtl&width=narrow');
    expect(parseHash(toHash(selection))).to.deep.include(selection);
    expect(toHash({ ...selection, theme: 'light', dir: 'ltr', width: 'full' })).to.equal('#element=chat-thread&state=typing');
    // Arabic brings right to left, unless the link says otherwise.
    expect(parseHash('#element=chat-thread&state=typing&lang=ar')).to.include({ lang: 'ar', dir: 'rtl' });
    expect(toHash({ ...selection, lang: 'ar', dir: 'rtl' })).to.equal('#element=chat-thread&state=typing&theme=dark&lang=ar&width=narrow');
    expect(parseHash('#lang=es&dir=rtl')).to.include({ lang: 'es', dir: 'rtl' });
    expect(parseHash('#lang=xx')).to.include({ lang: 'en', dir: 'ltr' });
    expect(parseHash('#element=composer&state=nope')).to.include({ element: 'agent-list', state: 'directory', known: false });
  });

  for (const state of GALLERY_STATES) {
    it(`${state.element} · ${state.name}: renders alone without console errors and passes axe, light and dark, LTR and RTL`, async () => {
      problems.length = 0;
      await gallery.select({ element: state.element, state: state.id, theme: 'light', lang: 'en', dir: 'ltr', width: 'full' });
      expect(host.querySelector('.gallery-status.problem')?.textContent?.trim() ?? null, 'set-up failed').to.equal(null);
      expect(gallery.mounted).to.exist;
      expect(gallery.preview.contains(gallery.mounted!)).to.equal(true);
      await expect(gallery.preview).to.be.accessible();
      // The switches change the preview without setting the state up again.
      const mounted = gallery.mounted;
      await gallery.select({ theme: 'dark', dir: 'rtl', width: 'narrow' });
      expect(gallery.mounted).to.equal(mounted);
      expect(gallery.preview.dir).to.equal('rtl');
      expect(gallery.preview.getBoundingClientRect().width).to.equal(360);
      await expect(gallery.preview).to.be.accessible();
      for (const name of customPropertiesIn(gallery.preview)) used.add(name);
      expect(problems).to.deep.equal([]);
    });
  }

  // A few states in the other languages: the elements switch with the gallery's language (Arabic
  // bringing right to left) without setting the state up again, with no console errors, and pass axe.
  for (const key of ['agent-list/directory', 'chat-thread/delivery', 'composer/over-limit', 'attachment/unavailable', 'settings/open', 'group-dialog/new-group', 'internal-agent-chat/chat-open']) {
    it(`${key} in Spanish and Arabic: switches language and direction in place, without console errors, and passes axe`, async () => {
      problems.length = 0;
      const [element, id] = key.split('/') as [string, string];
      await gallery.select({ element, state: id, theme: 'light', lang: 'es', dir: 'ltr', width: 'full' });
      expect(host.querySelector('.gallery-status.problem')?.textContent?.trim() ?? null, 'set-up failed').to.equal(null);
      expect(gallery.preview.lang).to.equal('es');
      await expect(gallery.preview).to.be.accessible();
      const mounted = gallery.mounted!;
      await gallery.select({ lang: 'ar' });
      expect(gallery.mounted, 'not set up again').to.equal(mounted);
      expect(gallery.selection.dir, 'Arabic brings right to left').to.equal('rtl');
      expect(deepElements(gallery.preview).filter((el) => el.localName.includes('-')).every((el) => el.matches(':dir(rtl)'))).to.equal(true);
      await expect(gallery.preview).to.be.accessible();
      await gallery.select({ lang: 'en' });
      expect(gallery.selection.dir).to.equal('ltr');
      expect(problems).to.deep.equal([]);
    });
  }

  it('documents every custom property the elements use (src/theme)', () => {
    const documented = new Set([...THEME_TOKENS.map((token) => token.name), ...INTERNAL_PROPERTIES]);
    expect([...used].filter((name) => !documented.has(name))).to.deep.equal([]);
    // And nothing is documented that no element reads (the walk above saw every element).
    const themable = THEME_TOKENS.map((token) => token.name).filter((name) => !used.has(name));
    expect(themable).to.deep.equal([]);
  });

  it("keeps README's token table in step with src/theme", async () => {
    const readme = await (await fetch(new URL('../README.md', import.meta.url))).text();
    for (const token of THEME_TOKENS) {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${token.name}\` |`));
      expect(row, token.name).to.be.a('string');
      expect(row, token.name).to.contain(token.light.replace(/^var\((.*)\)$/, '$1'));
      if (token.dark) expect(row, token.name).to.contain(token.dark);
    }
  });

  it('restyles the widget with custom properties alone', async () => {
    // The custom theme's CSS declares nothing but --iac-* properties.
    const declarations = CUSTOM_THEME_CSS.replace(/\/\*[^]*?\*\//g, '').match(/[^{};]+:[^{};]+;/g)!;
    expect(declarations.length).to.be.greaterThan(5);
    for (const declaration of declarations) expect(declaration.trim()).to.match(/^--iac-[a-z0-9-]+:/);

    await gallery.select({ element: 'theme', state: 'custom', theme: 'light', lang: 'en', dir: 'ltr', width: 'full' });
    const root = gallery.mounted!;
    const composer = deepQuery<HTMLElement & { value: string; updateComplete: Promise<unknown> }>(root, 'iac-composer');
    composer.value = 'Hello';
    await composer.updateComplete;
    await transitionsDone();
    const send = deepQuery<HTMLButtonElement>(root, '[part="send-button"]');
    const avatar = deepQuery<HTMLElement>(root, '.avatar');
    const look = () => ({
      send: getComputedStyle(send).backgroundColor,
      sendRadius: getComputedStyle(send).borderTopLeftRadius,
      avatarRadius: getComputedStyle(avatar).borderTopLeftRadius,
      font: getComputedStyle(root).fontFamily,
    });
    const custom = look();
    gallery.preview.classList.remove('custom-theme');
    await transitionsDone();
    const plain = look();
    gallery.preview.classList.add('custom-theme');
    await transitionsDone();
    expect(look()).to.deep.equal(custom);

    expect(plain).to.deep.equal({ send: 'rgb(2, 99, 224)', sendRadius: '4px', avatarRadius: '50%', font: 'Inter, system-ui, sans-serif' });
    expect(custom.send).to.equal('rgb(14, 124, 58)');
    expect(custom.sendRadius).to.equal('12px');
    expect(custom.avatarRadius).to.equal('30%');
    expect(custom.font).to.contain('Georgia');
  });
});
