/**
 * An esbuild plugin for the bundles that ship: the CSS inside Lit's css`…` templates goes through
 * esbuild's own CSS minifier, which esbuild leaves alone inside JavaScript strings. A template with
 * an interpolation or a backslash is kept as written (neither occurs in our styles today), so what
 * the browser parses is always the same rules.
 */
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';

const TEMPLATE = /\bcss`([^`]*)`/g;

export const minifyCssTemplates = {
  name: 'minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('css`')) return undefined;
      let minified = '';
      let from = 0;
      for (const match of source.matchAll(TEMPLATE)) {
        const [whole, text] = match;
        if (text.includes('${') || text.includes('\\')) continue;
        const { code } = await esbuild.transform(text, { loader: 'css', minify: true });
        minified += `${source.slice(from, match.index)}css\`${code.trim()}\``;
        from = match.index + whole.length;
      }
      return { contents: minified + source.slice(from), loader: 'ts' };
    });
  },
};
