/**
 * The fake of Flex's keyboard shortcuts (test/helpers/fake-flex-shortcuts.ts), which every Flex test
 * here stands on, against the real one in @twilio/flex-ui's bundle: the same default map (keys,
 * actions, names, throttles), and the same behaviour when both are given the same calls and key
 * presses — Flex's own KeyboardShortcutManager class is cut out of the bundle and run here.
 *
 * When a new Flex version fails this, read its bundle around `defaultKeyboardShortcuts={` and
 * `disableShortcuts=function`, then change the fake (and TWILIO-FACTS.md) to match.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';

const require = createRequire(import.meta.url);
const FLEX = require('@twilio/flex-ui/package.json').version;
const source = readFileSync(require.resolve('@twilio/flex-ui/bundle/twilio-flex.prod.js'), 'utf8');

/** `pattern`'s match in Flex's bundle, or a failure that says where to look. */
function find(pattern, what) {
  const match = pattern.exec(source);
  assert.ok(match, `Flex ${FLEX}'s bundle no longer has ${what}: read it again and update the fake`);
  return match;
}

const built = await esbuild.build({ entryPoints: ['test/helpers/fake-flex-shortcuts.ts'], bundle: true, format: 'esm', write: false, logLevel: 'warning' });
const fake = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].contents).toString('base64')}`);

/** Flex's `defaultKeyboardShortcuts` literal, as [key, action, name, throttle?] rows. */
function bundleDefaults() {
  const [, literal] = find(/defaultKeyboardShortcuts=(\{(?:[^{}]|\{[^{}]*\})*\})/, 'defaultKeyboardShortcuts={…}');
  const entry = /(\w+):\{action:\w+\.(\w+),name:"([^"]*)"(?:,throttle:([\w.]+))?\}/g;
  const rows = [...literal.matchAll(entry)].map(([, key, action, name, throttle]) => [key, action, name, ...(throttle ? [Number(throttle)] : [])]);
  assert.equal(literal.replace(entry, '').replace(/,/g, ''), '{}', 'each default is just { action, name, throttle? }');
  return rows;
}

const fakeRows = (shortcuts) => Object.entries(shortcuts).map(([key, s]) => [key, s.action.name, s.name, ...(s.throttle ? [s.throttle] : [])]);

/** Flex's KeyboardShortcutManager class, cut out of the bundle, over the stand-ins given for what it uses. */
function realManagerClass({ window, Date, notices, errors }) {
  const [, , body] = find(/var (\w+)=(function\(\)\{function e\(\)\{var e=this;this\.keyboardShortcuts=\{\}[\s\S]*?\}\(\));t\.KeyboardShortcutManager=new \1/, 'the KeyboardShortcutManager class');
  const [, timeout] = find(/id:\w+\.NotificationIds\.ShortcutUsedTooRecentlyNotificationTitle,[^}]*?timeout:([\w.]+)/, "the 'used too quickly' notification");
  const [, words] = find(/ShortcutUsedTooRecentlyNotificationTitle:"([^"]*)"/, "the 'used too quickly' words");
  let shownUntil = -Infinity;
  const uses = {
    Notifications: {
      isNotificationActive: () => new Date().getTime() < shownUntil,
      showNotification: (_id, { shortcutName }) => {
        notices.push(words.replace('{{shortcutName}}', shortcutName));
        shownUntil = new Date().getTime() + Number(timeout);
      },
    },
    ShortcutUsedTooRecentlyNotificationTitle: 'ShortcutUsedTooRecentlyNotificationTitle',
    ErrorManager: { createAndProcessError: (message) => errors.push(message) },
    FlexErrorType: { app: 'app' },
    TelemetryManager: { reportKeyboardShortcutEvent() {} },
    EventEmitter: class { emit() {} },
  };
  const modules = {};
  for (const [, name, member] of body.matchAll(/\b(\w)\.(\w+)/g)) if (member in uses) (modules[name] ??= {})[member] = uses[member];
  const [, assign] = /(\w)\(\1\(\{\},this\.keyboardShortcuts\),e\)/.exec(body) ?? [];
  if (assign) modules[assign] = Object.assign;
  return new Function(...Object.keys(modules), 'window', 'Date', `return ${body}`)(...Object.values(modules), window, Date);
}

/** A window that counts its keydown listeners. */
function fakeWindow() {
  const target = new EventTarget();
  target.listeners = 0;
  const add = target.addEventListener.bind(target);
  const remove = target.removeEventListener.bind(target);
  target.addEventListener = (type, listener) => (type === 'keydown' && target.listeners++, add(type, listener));
  target.removeEventListener = (type, listener) => (type === 'keydown' && (target.listeners = Math.max(0, target.listeners - 1)), remove(type, listener));
  return target;
}

/** The same calls and key presses on `manager` (already started with Flex's defaults), and what came of them. */
function script({ manager, window, clock, defaults, ran, notices, errors }) {
  const trace = [];
  const note = (what) => trace.push(what);
  const keys = () => note(`map ${Object.keys(manager.keyboardShortcuts).join(' ')}`);
  const press = (key, code, init = {}) => {
    window.dispatchEvent(Object.assign(new Event('keydown'), { key, code, ctrlKey: true, shiftKey: true, altKey: false, ...init }));
    note(`${key}/${code} → ${ran.splice(0).join(' ') || '-'} ${notices.splice(0).join(' ')} ${errors.splice(0).join(' ')}`.trim());
  };
  const later = (ms) => (clock.now += ms);
  const ours = (name, extra = {}) => ({ action: () => ran.push(name), name, ...extra });

  keys();
  note(`listeners ${window.listeners}`);
  press('A', 'KeyA');
  later(10), press('A', 'KeyA'); // Within 50 ms: dropped, no words.
  later(60), press('A', 'KeyA');
  press('!', 'Digit1');
  later(500), press('1', 'Digit1'); // Inside its throttle.
  later(2000), press('1', 'Numpad1');
  press('R', 'KeyR', { altKey: true, metaKey: true });
  press('r', 'KeyR', { shiftKey: false });
  press('ArrowUp', 'ArrowUp');

  manager.deleteShortcuts(['R']); // Before any add: the defaults object itself changes.
  note(`defaults ${Object.keys(defaults).join(' ')}`);
  manager.addShortcuts({ G: ours('Go', { throttle: 5000 }), X: { action: () => { throw new Error('no'); }, name: 'Broken' } });
  manager.deleteShortcuts(['S']);
  note(`defaults ${Object.keys(defaults).join(' ')}`);
  keys();
  later(3000); // Flex's "used too quickly" notification for "1" has gone.
  press('G', 'KeyG');
  later(500), press('G', 'KeyG');
  later(1000), press('G', 'KeyG'); // The notification is still up: not shown twice.
  later(3000), press('G', 'KeyG');
  press('X', 'KeyX');
  manager.remapShortcut('G', 'U');
  manager.remapShortcut('Q', 'W');
  manager.remapShortcut('Q', 'V', ours('Vee'));
  keys();
  later(6000), press('U', 'KeyU'), press('G', 'KeyG'), press('V', 'KeyV');

  manager.disableShortcuts();
  keys();
  note(`listeners ${window.listeners}`);
  later(1000), press('U', 'KeyU'), press('A', 'KeyA');
  manager.addShortcuts({ Z: ours('Zed') });
  manager.remapShortcut('Z', 'K');
  manager.remapShortcut('K', 'J', ours('Jay'));
  keys();
  press('J', 'KeyJ'), press('K', 'KeyK');
  return trace;
}

describe(`Flex's keyboard shortcuts: the fake against @twilio/flex-ui ${FLEX}'s bundle`, () => {
  it('has the same default shortcuts: keys, actions, names and throttles, in order', () => {
    assert.deepEqual(fakeRows(fake.flexDefaults()), bundleDefaults());
  });

  it('starts shortcuts before plugins load, on the default map itself', () => {
    const [start] = find(/(\w+)\.KeyboardShortcutManager\.init\(\1\.defaultKeyboardShortcuts\)[\s\S]{0,200}?initFlexPlugins/, 'init(defaultKeyboardShortcuts) before initFlexPlugins');
    assert.ok(start);
  });

  it('does the same with the same calls and key presses: throttles, repeats, remaps, and a disable that empties the map and stops listening for good', () => {
    /** `start` makes a started manager hearing `window`, on Flex's defaults; what the script did with it. */
    const run = (start) => {
      const clock = { now: 1_700_000_000_000 };
      const window = fakeWindow();
      const Date = class { getTime() { return clock.now; } };
      return script({ window, clock, ...start({ window, clock, Date }) });
    };
    const real = run(({ window, Date }) => {
      const ran = [], notices = [], errors = [];
      const Manager = realManagerClass({ window, Date, notices, errors });
      const manager = new Manager();
      const defaults = fake.flexDefaults(ran);
      manager.init(defaults);
      return { manager, defaults, ran, notices, errors };
    });
    const byFake = run(({ window, clock }) => {
      const flex = fake.fakeFlex({}, { now: () => clock.now });
      const manager = flex.KeyboardShortcutManager;
      manager.attach(window);
      return { manager, defaults: flex.defaultKeyboardShortcuts, ran: flex.ran, notices: manager.throttleNotices, errors: manager.errors };
    });
    assert.deepEqual(byFake, real);
    assert.ok(real.includes('map ') && real.includes('listeners 0'), 'disableShortcuts empties the map and removes the listener');
    assert.ok(real.includes('J/KeyJ → -'), 'nothing added after a disable runs');
  });
});
