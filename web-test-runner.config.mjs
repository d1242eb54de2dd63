import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromiumArgs, chromiumPath, requireChromium } from './scripts/chromium.mjs';
import { countReporter } from './scripts/count-reporter.mjs';
import { freePort } from './scripts/free-port.mjs';
import { tokenEndpoints } from './scripts/token-endpoints.mjs';

// Without Chromium, `npx web-test-runner` says how to install it instead of a launcher's stack trace.
requireChromium();

// Unit and element tests beside the code (src/**/*.test.ts) and across it (test/), in real headless Chromium.
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  // Not the default 8000: `npm start` may be serving the demo there while the tests run.
  port: await freePort(),
  nodeResolve: true,
  // One page at a time: a second page would be a hidden tab, where the product rightly stops
  // marking chats read and rendering steps (scroll events, animation frames) do not run.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Token endpoints for the portal's token-source tests (/__token/…).
  middleware: [tokenEndpoints],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    // What Chromium's accessibility tree holds (names, descriptions), as a screen reader gets it.
    a11ySnapshotPlugin(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } })],
  reporters: [
    process.env.CI ? summaryReporter({ flatten: true }) : defaultReporter(),
    countReporter('test-results/browser.json'),
  ],
};
