/** Where Debian's Chromium lives and the flags it needs headless as root on a closed network. */
import { accessSync, constants } from 'node:fs';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** What is wrong with `chromiumPath`, and what to do about it; null when it can be run. */
export function chromiumProblem() {
  try {
    accessSync(chromiumPath, constants.X_OK);
    return null;
  } catch {
    const where = process.env.CHROME_PATH ? `${chromiumPath} (from CHROME_PATH)` : chromiumPath;
    return [
      `No Chromium at ${where}: the tests run in a real headless Chromium.`,
      'Install one (Debian, Ubuntu; as root):',
      '',
      '  apt-get install -y chromium',
      '',
      'or point CHROME_PATH at a Chromium or Chrome you have:',
      '',
      '  CHROME_PATH=/path/to/chromium npm test',
    ].join('\n');
  }
}

/** Stops the process with those words, before anything else runs, when Chromium is missing. */
export function requireChromium() {
  const problem = chromiumProblem();
  if (!problem) return;
  console.error(`\n${problem}\n`);
  process.exit(1);
}
