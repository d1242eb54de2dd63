/**
 * The Flex plugin's parts: the file Flex loads at start holds what runs while the chat's view is
 * closed; the chat's elements (the `view` part) and the Spanish and Arabic words (`words`) are
 * files of their own beside it, fetched the first time they are needed.
 *
 * A part is fetched as a classic `<script>`, like the entry file itself: that needs nothing of
 * the host (no CORS, no module scripts), and a fetch that failed can be tried again, where a
 * failed `import()` stays failed for the page's life. The entry shares the modules both use
 * with its parts through one page global (the build wires this: scripts/plugin-parts.mjs), so
 * the store, the words and the settings exist once.
 */

export type PartName = 'view' | 'words';

/**
 * The page global the entry and its parts share: the modules the entry exposes, the parts
 * defined so far. The build writes the same name into the code it generates (esbuild.config.mjs).
 */
const PARTS_GLOBAL = 'internal-agent-chat.flex-plugin-parts';

/**
 * Each part's content hash, set by the plugin's build (scripts/plugin-parts.mjs). A part's URL
 * carries it, so a browser never runs a part it cached from another release at the same path.
 */
declare const PLUGIN_PART_VERSIONS: Readonly<Record<PartName, string>> | undefined;

interface PartsKit {
  claimed?: true;
  /** The entry's modules the parts import, in the build's order (set by the entry's build). */
  modules?: unknown[];
  readonly defined: Map<PartName, unknown>;
  readonly waiting: Map<PartName, (exports: unknown) => void>;
}

function kit(): PartsKit {
  const page = globalThis as unknown as Record<symbol, PartsKit | undefined>;
  return (page[Symbol.for(PARTS_GLOBAL)] ??= { defined: new Map(), waiting: new Map() });
}

/**
 * Whether this copy of the entry file was the first on the page to run (a release may list it
 * twice): only that copy starts, and its modules are the ones the parts share.
 */
export const isFirstCopy: boolean = !kit().claimed && (kit().claimed = true);

/** Called by each part's file as it runs: its exports. */
export function definePart(name: PartName, exports: unknown): void {
  kit().defined.set(name, exports);
  kit().waiting.get(name)?.(exports);
}

let location: URL | undefined;

/** Where the entry file was fetched from: its parts sit beside it. */
export function setPluginLocation(url: URL): void {
  location = url;
}

/** A part's file: the entry's name with the part's before `.js`, and the part's version as `?v=`. */
function partUrl(name: PartName, entry: URL): URL {
  const url = new URL(entry.pathname.replace(/(\.js)?$/, `.${name}.js`), entry);
  const version = typeof PLUGIN_PART_VERSIONS === 'undefined' ? undefined : PLUGIN_PART_VERSIONS[name];
  if (version) url.searchParams.set('v', version);
  return url;
}

/** A part's file did not arrive (offline, a blocked URL, a file missing beside the entry), or is not this plugin's. */
export class PartNotLoaded extends Error {
  /** The file, as a person would look for it: its URL without the version. */
  readonly file: string;

  constructor(url: URL, why: string) {
    super(`${url.href} ${why}`);
    this.file = url.origin + url.pathname;
  }
}

const loading = new Map<PartName, Promise<unknown>>();

/**
 * A part's exports, fetching its file the first time (once; later calls share it). A fetch that
 * fails rejects with the file's URL in the message, and the next call fetches it again.
 */
export function loadPart<T>(name: PartName): Promise<T> {
  const defined = kit().defined.get(name);
  if (defined) return Promise.resolve(defined as T);
  let pending = loading.get(name);
  if (!pending) {
    pending = fetchPart(name);
    loading.set(name, pending);
    pending.catch(() => loading.delete(name));
  }
  return pending as Promise<T>;
}

function fetchPart(name: PartName): Promise<unknown> {
  if (!location) return Promise.reject(new Error(`the plugin's ${name} part was asked for before the plugin knew where its files are`));
  const url = partUrl(name, location);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    const settle = (error?: Error) => {
      kit().waiting.delete(name);
      script.remove();
      if (error) reject(error);
    };
    kit().waiting.set(name, (exports) => {
      settle();
      resolve(exports);
    });
    script.src = url.href;
    script.async = true;
    script.onerror = () => settle(new PartNotLoaded(url, 'could not be fetched'));
    // A file that ran without defining the part is not this plugin's (another release's file at that URL).
    script.onload = () => kit().defined.has(name) || settle(new PartNotLoaded(url, `is not this plugin's ${name} part`));
    document.head.append(script);
  });
}

/**
 * The entry file's URL. Flex adds it as `<script src uuid>` (then `src` says), or fetches it and
 * injects its text behind its PluginRenderInjectSrc flag (then the script has no `src`, and
 * Flex's own record of the plugin, found by the script's `uuid`, says where it came from).
 */
export function entryLocation(
  script: { src?: string; getAttribute(name: string): string | null } | null,
  plugins: ReadonlyArray<{ uuid?: string; src?: string }> | undefined,
): URL | undefined {
  const uuid = script?.getAttribute('uuid');
  const src = script?.src || plugins?.find((plugin) => uuid && plugin.uuid === uuid)?.src;
  return src ? new URL(src, document.baseURI) : undefined;
}
