/**
 * The fake Flex's page and script (e2e/flex-host.ts, bundled here), for e2e/plugin.test.mjs and
 * the bench's Flex figure: the page lists the release Flex would load, the plugin's files on the
 * plugin origin (see server.mjs).
 */
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

export const PLUGIN_NAME = 'plugin-internal-agent-chat';

/** Flex's page, with the release Flex would load: `release.plugins` are paths on the plugin origin. */
export function flexPage({ pluginOrigin, release }) {
  const plugins = release.plugins.map((path) => ({ name: PLUGIN_NAME, src: `${pluginOrigin}${path}` }));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake Flex</title>
<style>html,body{margin:0;height:100%} body{display:grid;grid-template-columns:64px 1fr} #views{height:100vh} .flex-view{display:block;height:100%}</style></head>
<body><nav id="side-nav" aria-label="Side navigation"></nav><main id="views"></main>
<script type="application/json" id="flex-release">${JSON.stringify({ plugins, injectSource: release.injectSource })}</script>
<script src="/flex-host.js"></script></body></html>`;
}

/** The fake Flex's script, bundled. */
export async function fakeFlexHost() {
  const built = await esbuild.build({
    absWorkingDir: fileURLToPath(new URL('../..', import.meta.url)),
    entryPoints: ['e2e/flex-host.ts'],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return Buffer.from(built.outputFiles[0].contents);
}
