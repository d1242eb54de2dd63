/**
 * An esbuild plugin for the bundles that ship: what esbuild leaves alone inside Lit's template
 * strings is minified too, so what a browser downloads is smaller and parses to the same page.
 *
 * - The CSS inside css`…` goes through esbuild's own CSS minifier. A template with an
 *   interpolation or a backslash is kept as written (neither occurs in our styles today).
 * - In html`…` and svg`…`, each run of white space that holds a line break (the source's
 *   indentation between tags and attributes) becomes one space, which HTML renders the same
 *   wherever white space collapses; the only element that keeps white space (a message body,
 *   `white-space: pre-wrap`) has none of its own in its template. Interpolations are left as
 *   they are, templates nested in them are minified the same way, and a file the scanner cannot
 *   follow (anything but white space would change) is kept as written.
 */
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';

const CSS_TEMPLATE = /\bcss`([^`]*)`/g;

export const minifyTemplates = {
  name: 'minify-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const hasMarkup = /\b(?:html|svg)`/.test(source);
      if (!source.includes('css`') && !hasMarkup) return undefined;
      const markup = hasMarkup ? collapseMarkupWhitespace(source) : source;
      return { contents: await minifyCss(markup), loader: 'ts' };
    });
  },
};

async function minifyCss(source) {
  let minified = '';
  let from = 0;
  for (const match of source.matchAll(CSS_TEMPLATE)) {
    const [whole, text] = match;
    if (text.includes('${') || text.includes('\\')) continue;
    const { code } = await esbuild.transform(text, { loader: 'css', minify: true });
    minified += `${source.slice(from, match.index)}css\`${code.trim()}\``;
    from = match.index + whole.length;
  }
  return minified + source.slice(from);
}

/** `source` with the line-broken white space of its html`…`/svg`…` text collapsed; as it was when in doubt. */
export function collapseMarkupWhitespace(source) {
  let out = '';
  let i = 0;

  /** Copies code up to an unmatched `}` (or the end), following strings, comments and templates. */
  function code(untilBrace) {
    let depth = 0;
    while (i < source.length) {
      const c = source[i];
      if (c === '/' && source[i + 1] === '/') {
        const end = source.indexOf('\n', i);
        const stop = end < 0 ? source.length : end;
        out += source.slice(i, stop);
        i = stop;
      } else if (c === '/' && source[i + 1] === '*') {
        const end = source.indexOf('*/', i + 2);
        if (end < 0) throw new Error('unterminated comment');
        out += source.slice(i, end + 2);
        i = end + 2;
      } else if (c === "'" || c === '"') {
        quoted(c);
      } else if (c === '`') {
        template(/\b(?:html|svg)\s*$/.test(source.slice(Math.max(0, i - 8), i)));
      } else {
        if (c === '{') depth++;
        if (c === '}') {
          if (untilBrace && depth === 0) return;
          depth--;
        }
        out += c;
        i++;
      }
    }
    if (untilBrace) throw new Error('unterminated interpolation');
  }

  function quoted(quote) {
    let j = i + 1;
    while (j < source.length && source[j] !== quote) {
      if (source[j] === '\\') j++;
      if (source[j] === '\n') throw new Error('line break in a string');
      j++;
    }
    if (j >= source.length) throw new Error('unterminated string');
    out += source.slice(i, j + 1);
    i = j + 1;
  }

  function template(markup) {
    out += '`';
    i++;
    let text = '';
    const flush = () => {
      out += markup ? text.replace(/[ \t]*\n\s*/g, ' ') : text;
      text = '';
    };
    while (i < source.length) {
      const c = source[i];
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        flush();
        out += '`';
        i++;
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        flush();
        out += '${';
        i += 2;
        code(true);
        out += '}';
        i++;
      } else {
        text += c;
        i++;
      }
    }
    throw new Error('unterminated template');
  }

  try {
    code(false);
  } catch {
    return source;
  }
  // Only white space may differ; anything else means the scanner lost its way.
  return out.replace(/\s+/g, '') === source.replace(/\s+/g, '') ? out : source;
}
