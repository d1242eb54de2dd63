/**
 * Photographs gallery states in headless Chromium, to look at before calling UI work done:
 *
 *   node demo/gallery/screenshots.mjs [http://localhost:port/] [--variant=ar,es] [element/state ...]
 *
 * Without a URL it builds and serves the demo itself. Each state is taken light, dark, right to
 * left, narrow (dark + right to left), in Spanish, in Arabic (right to left) and narrow in Arabic
 * into screenshots/gallery/ (not committed); console errors and failed set-ups are printed.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { serveDemo } from '../../scripts/serve-demo.mjs';

const out = 'screenshots/gallery';
mkdirSync(out, { recursive: true });
const args = process.argv.slice(2);
const given = args.find((a) => a.startsWith('http'));
const onlyVariants = args.find((a) => a.startsWith('--variant='))?.slice('--variant='.length).split(',');
const only = args.filter((a) => !a.startsWith('http') && !a.startsWith('--'));
const server = given ? null : await serveDemo({ watch: false });
const base = `${given ?? server.url}gallery/`;

const variants = [
  { name: 'light', hash: '' },
  { name: 'dark', hash: '&theme=dark' },
  { name: 'rtl', hash: '&dir=rtl' },
  { name: 'narrow-dark-rtl', hash: '&theme=dark&dir=rtl&width=narrow' },
  { name: 'es', hash: '&lang=es' },
  { name: 'ar', hash: '&lang=ar' },
  { name: 'narrow-ar', hash: '&lang=ar&width=narrow' },
];

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(base);
  await page.waitForFunction(() => window.gallery);
  const states = await page.evaluate(() =>
    [...document.querySelectorAll('.gallery-nav a')].map((a) => new URLSearchParams(a.getAttribute('href').slice(1))).map((p) => `${p.get('element')}/${p.get('state')}`),
  );
  for (const key of states.filter((k) => only.length === 0 || only.includes(k))) {
    const [element, state] = key.split('/');
    for (const variant of variants.filter((v) => !onlyVariants || onlyVariants.includes(v.name))) {
      problems.length = 0;
      await page.goto(`${base}#element=${element}&state=${state}${variant.hash}`);
      await page.reload();
      await page.waitForFunction(() => window.gallery);
      await page.evaluate(() => window.gallery.ready);
      await page.waitForTimeout(150);
      const failed = await page.locator('.gallery-status.problem').count();
      const file = `${out}/${element}--${state}--${variant.name}.png`;
      await page.locator('.gallery-main').screenshot({ path: file });
      console.log(`${failed || problems.length ? '✗' : '✓'} ${file}${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`);
    }
  }
} finally {
  await browser.close();
  await server?.stop();
}
