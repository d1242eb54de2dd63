/** Shared set-up for end-to-end tests: the served demo and Debian's Chromium driven by playwright-core. */
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath, chromiumProblem } from '../scripts/chromium.mjs';
import { serveDemo } from '../scripts/serve-demo.mjs';

export async function startDemo() {
  const problem = chromiumProblem();
  if (problem) throw new Error(problem);
  const server = await serveDemo({ watch: false });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs.filter((flag) => !flag.startsWith('--headless')),
    headless: true,
  });
  return {
    url: server.url,
    browser,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}
