/**
 * Builds the Flex plugin as an entry file and parts beside it (src/flex/plugin-parts.ts says why
 * parts are classic scripts). Each file is an IIFE; a module that the entry and a part both use
 * is in the entry only, and the part reads it from the page global the entry fills:
 *
 * 1. Build each part on its own, to learn which source files it holds.
 * 2. The shared modules are the parts' inputs that the entry's output holds; a build of the parts
 *    over them says which of their exports the parts read. The entry is built again putting
 *    those on the page global (`modules[i][j]`: module i's j-th name read); that can pull more
 *    of a module in, so this repeats until the set is stable.
 * 3. Each part is built with every import of a shared module read from `modules[i][j]`, and
 *    ends by calling `definePart(name, exports)`. The entry learns each part's content hash,
 *    which its URL carries.
 *
 * So the store, the words and the settings exist once, and all the files together are about
 * what one file was.
 */
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

const ENTRY = 'iac-plugin-entry';
const EXPOSE = 'iac-plugin-shared-modules';
const PART = 'iac-plugin-part:';
const PARTS_RUNTIME = 'src/flex/plugin-parts.ts';

/**
 * @param {object} options
 * @param {import('esbuild').BuildOptions} options.build  shared options (format iife, plugins, minify…)
 * @param {string} options.root  the project folder (absWorkingDir)
 * @param {string} options.entryName  the entry file's name without `.js`
 * @param {string} options.entry  the entry's source
 * @param {Record<string, string>} options.parts  each part's name and source; its file is `<entryName>.<name>.js`
 * @param {string} options.globalName  the page global's `Symbol.for` name (src/flex/plugin-parts.ts's PARTS_GLOBAL)
 * @returns {Promise<{ entry: import('esbuild').BuildResult, parts: import('esbuild').BuildResult, shared: string[], versions: Record<string, string> }>}
 */
export async function buildWithParts({ build, root, entryName, entry, parts, globalName }) {
  const abs = (path) => resolve(root, path);
  const run = (options) => esbuild.build({ absWorkingDir: root, ...build, ...options, metafile: true });
  const probe = { write: false, sourcemap: false, logLevel: 'silent' };

  const partInputs = new Set();
  for (const source of Object.values(parts)) {
    const { metafile } = await run({ ...probe, entryPoints: [source] });
    for (const output of Object.values(metafile.outputs)) for (const path of Object.keys(output.inputs)) partInputs.add(path);
  }

  // Which of the part files' inputs the entry holds, and which of their exports the parts use.
  let shared = [];
  let used = new Map();
  for (let round = 0; round < 4; round++) {
    const { metafile } = await run({ ...probe, ...entryOptions(shared, used) });
    const held = new Set(
      Object.values(metafile.outputs).flatMap((output) =>
        Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([path]) => path),
      ),
    );
    const next = [...new Set([...partInputs].filter((path) => held.has(path) && !path.includes(':')).concat(PARTS_RUNTIME))].sort();
    if (next.join('\n') === shared.join('\n') && round > 0) break;
    if (round === 3) throw new Error(`the plugin's shared modules did not settle: ${next.join(', ')}`);
    shared = next;
    used = await usedExports(shared);
  }
  // A part reads each shared name once, as it loads: a module that reassigns an export later would leave the parts behind.
  const reassigned = shared.filter((path) => /^export\s+(let|var)\b/m.test(readFileSync(abs(path), 'utf8')));
  if (reassigned.length) throw new Error(`shared with the plugin's parts, these export a let or var: ${reassigned.join(', ')}`);

  /** Builds the parts over `modules` in memory: the export names they read of each, as `Map<path, name[]>`. */
  async function usedExports(modules) {
    const { metafile } = await run({ ...probe, ...partsOptions(modules, await exportNames(modules)) });
    const names = new Map();
    for (const output of Object.values(metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const match = /^shared-export:(\d+)\/(.+)$/.exec(input);
        if (!match || bytesInOutput === 0) continue;
        const path = modules[Number(match[1])];
        names.set(path, [...new Set([...(names.get(path) ?? []), match[2]])].sort());
      }
    }
    return names;
  }

  /** Each module's export names, from a build of them as entries. */
  async function exportNames(modules) {
    const { metafile } = await run({ ...probe, format: 'esm', splitting: true, outdir: 'exports', entryPoints: modules });
    const names = new Map();
    for (const output of Object.values(metafile.outputs)) if (output.entryPoint) names.set(output.entryPoint, output.exports);
    return names;
  }

  function entryOptions(exposed, names) {
    const expose = {
      name: 'expose-shared-modules',
      setup(b) {
        b.onResolve({ filter: new RegExp(`^${ENTRY}$`) }, () => ({ path: ENTRY, namespace: 'plugin-parts' }));
        b.onLoad({ filter: /.*/, namespace: 'plugin-parts' }, () => ({
          // The shared modules are evaluated, then put on the page global, before the entry runs.
          contents: `import ${JSON.stringify(EXPOSE)};\nimport ${JSON.stringify(abs(entry))};`,
          resolveDir: root,
          loader: 'js',
        }));
        b.onResolve({ filter: new RegExp(`^${EXPOSE}$`) }, () => ({ path: EXPOSE, namespace: 'plugin-parts-expose' }));
        b.onLoad({ filter: /.*/, namespace: 'plugin-parts-expose' }, () => ({
          // Only what the parts read of each: the rest of a module stays free to be left out.
          // Named imports, not namespaces: a namespace object would keep every export of its module.
          contents: [
            ...exposed.map((path, i) => {
              const imported = (names.get(path) ?? []).map((name, j) => `${name} as m${i}_${j}`);
              return `import { ${imported.join(', ')} } from ${JSON.stringify(abs(path))};`;
            }),
            `const kit = globalThis[Symbol.for(${JSON.stringify(globalName)})];`,
            // By position, not by name: the parts read modules[i][j] (the j-th name the parts use of module i).
            `kit.modules ??= [${exposed.map((path, i) => `[${(names.get(path) ?? []).map((_, j) => `m${i}_${j}`).join(', ')}]`).join(', ')}];`,
          ].join('\n'),
          resolveDir: root,
          loader: 'js',
        }));
      },
    };
    return { entryPoints: [{ in: ENTRY, out: entryName }], plugins: [...(build.plugins ?? []), expose] };
  }

  /**
   * Options to build the parts, each shared module read from the page global, export by export:
   * `names` has the names each module offers, in the order of the page global's slots.
   */
  function partsOptions(modules, names) {
    const index = new Map(modules.map((path, i) => [abs(path), i]));
    const fromEntry = {
      name: 'shared-modules-from-entry',
      setup(b) {
        b.onResolve({ filter: new RegExp(`^${PART}`) }, ({ path }) => ({ path: path.slice(PART.length), namespace: 'plugin-part' }));
        b.onLoad({ filter: /.*/, namespace: 'plugin-part' }, ({ path: name }) => ({
          contents: `import * as part from ${JSON.stringify(abs(parts[name]))};\nimport { definePart } from ${JSON.stringify(abs(PARTS_RUNTIME))};\ndefinePart(${JSON.stringify(name)}, part);`,
          resolveDir: root,
          loader: 'js',
        }));
        b.onResolve({ filter: /.*/ }, async (args) => {
          if (args.pluginData?.fromEntry || args.namespace.startsWith('shared-')) return undefined;
          const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { fromEntry: true } });
          if (resolved.errors.length > 0) return undefined;
          const i = resolved.namespace === 'file' ? index.get(resolved.path) : undefined;
          // Left to esbuild's own resolver otherwise: a path a plugin returns loses its tsconfig.json settings.
          return i === undefined ? undefined : { path: String(i), namespace: 'shared-module', sideEffects: false };
        });
        // A module re-exports each of its names from a module of its own, so the build says which are read.
        b.onLoad({ filter: /.*/, namespace: 'shared-module' }, ({ path: i }) => ({
          contents: (names.get(modules[Number(i)]) ?? []).map((name) => `export { value as ${name} } from "shared-export:${i}/${name}";`).join('\n'),
          loader: 'js',
        }));
        // Reading a name has no effect of its own: one the part never uses is left out (and not exposed by the entry).
        b.onResolve({ filter: /^shared-export:/ }, ({ path }) => ({ path: path.slice('shared-export:'.length), namespace: 'shared-export', sideEffects: false }));
        b.onLoad({ filter: /.*/, namespace: 'shared-export' }, ({ path }) => {
          const [i, name] = path.split('/');
          const j = names.get(modules[Number(i)]).indexOf(name);
          return { contents: `import { modules } from "shared-kit:";\nexport const value = modules[${i}][${j}];`, loader: 'js' };
        });
        b.onResolve({ filter: /^shared-kit:$/ }, () => ({ path: 'modules', namespace: 'shared-kit' }));
        b.onLoad({ filter: /.*/, namespace: 'shared-kit' }, () => ({
          contents: `export const modules = globalThis[Symbol.for(${JSON.stringify(globalName)})].modules;`,
          loader: 'js',
        }));
      },
    };
    return {
      entryPoints: Object.keys(parts).map((name) => ({ in: `${PART}${name}`, out: `${entryName}.${name}` })),
      plugins: [...(build.plugins ?? []), fromEntry],
    };
  }

  const { write = true } = build;
  // Only the names the parts use, in the order the entry puts them on the page global.
  const finalParts = await run({ ...partsOptions(shared, used), write: false });
  if (write) for (const file of finalParts.outputFiles) await mkdir(dirname(file.path), { recursive: true }).then(() => writeFile(file.path, file.contents));
  // Each part's URL carries a hash of its content (src/flex/plugin-parts.ts's PLUGIN_PART_VERSIONS).
  const versions = Object.fromEntries(
    Object.keys(parts).map((name) => {
      const file = finalParts.outputFiles.find((output) => output.path.endsWith(`${entryName}.${name}.js`));
      return [name, createHash('sha256').update(file.contents).digest('hex').slice(0, 10)];
    }),
  );
  const finalEntry = await run({ write, ...entryOptions(shared, used), define: { ...build.define, PLUGIN_PART_VERSIONS: JSON.stringify(versions) } });
  return { entry: finalEntry, parts: finalParts, shared, versions };
}
